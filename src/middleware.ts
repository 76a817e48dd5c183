/**
 * In `npm run dev` only: the glossary links the build adds after Astro (scripts/link-glossary.ts),
 * added here to each page served, so the dev server shows what the build shows. The build itself
 * never runs this (it links the built files once).
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary } from './queries/glossary';
import { glossaryLinker } from './lib/rehype-glossary-links';
import { glossaryTermId } from './lib/glossary';
import { withBase } from './lib/paths';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !response.headers.get('content-type')?.includes('text/html')) return response;
  const link = glossaryLinker({
    terms: await getGlossary(),
    hrefOf: (id) => withBase(`/glossary/#${glossaryTermId(id)}`),
  });
  return new Response(await link(await response.text()), {
    status: response.status,
    headers: response.headers,
  });
});
