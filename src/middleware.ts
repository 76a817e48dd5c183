/**
 * In `npm run dev` only: the council and glossary links the build adds after Astro
 * (scripts/link-glossary.ts), added here to each page served, so the dev server shows what the
 * build shows. The build itself never runs this (it links the built files once).
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary } from './queries/glossary';
import { councils } from './datasets/councils';
import { councilLabels } from './lib/councils/names';
import { COUNCILS_INDEX_PATH, councilPath } from './lib/councils/paths';
import { councilSlugOfPath, pageLinker } from './lib/site/page-links';
import { glossaryTermId } from './lib/text/glossary';
import { withBase } from './lib/site/paths';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !response.headers.get('content-type')?.includes('text/html')) return response;
  const link = pageLinker({
    councils: { labels: councilLabels(councils.load()), hrefOf: (slug) => withBase(councilPath(slug)) },
    glossary: { terms: await getGlossary(), hrefOf: (id) => withBase(`/glossary/#${glossaryTermId(id)}`) },
  });
  const councilSlug = councilSlugOfPath(context.url.pathname, withBase(COUNCILS_INDEX_PATH));
  return new Response(await link(await response.text(), { councilSlug }), {
    status: response.status,
    headers: response.headers,
  });
});
