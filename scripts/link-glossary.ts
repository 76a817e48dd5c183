/**
 * Build step after Astro: links the first use of each glossary term on every page to its entry
 * (see src/lib/rehype-glossary-links.ts). It runs on the built HTML, so that words rendered from
 * frontmatter, data and MDX alike are covered by one mechanism.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glossaryLinker } from '../src/lib/rehype-glossary-links';
import { glossaryTermId } from '../src/lib/glossary';
import { withBase } from '../src/lib/paths';
import { site } from '../src/config/site';
import { loadGlossary } from './lib/glossary-file';
import { listHtmlFiles } from './lib/html-files';

/** Rewrites every HTML page below `dir` in place. */
export async function linkGlossaryTerms(dir: string): Promise<void> {
  const link = glossaryLinker({
    terms: await loadGlossary(),
    hrefOf: (id: string) => withBase(`/glossary/#${glossaryTermId(id)}`, site.basePath),
  });
  for (const file of await listHtmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = await readFile(full, 'utf8');
    const linked = await link(html);
    if (linked !== html) await writeFile(full, linked);
  }
}
