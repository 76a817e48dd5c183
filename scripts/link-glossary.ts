/**
 * Build step after Astro: links, on every page, council names to the council's page (see
 * src/lib/councils/rehype-council-links.ts) and then the first use of each glossary term to its
 * entry (src/lib/text/rehype-glossary-links.ts). It runs on the built HTML, so that words rendered from
 * frontmatter, data and MDX alike are covered by one mechanism; both plugins run in one pass and
 * each leaves the other's links alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { councilSlugOfPath, pageLinker } from '../src/lib/site/page-links';
import { councilLabels } from '../src/lib/councils/names';
import { COUNCILS_INDEX_PATH, councilPath } from '../src/lib/councils/paths';
import { glossaryTermId } from '../src/lib/text/glossary';
import { withBase } from '../src/lib/site/paths';
import { site } from '../src/config/site';
import { councils } from '../src/datasets/councils';
import { loadGlossary } from './lib/glossary-file';
import { listHtmlFiles } from './lib/html-files';

/**
 * Rewrites every HTML page below `dir` in place: council names first, then glossary terms (the
 * name keeps its history: it linked glossary terms only before the council pages came).
 */
export async function linkGlossaryTerms(dir: string): Promise<void> {
  const link = pageLinker({
    councils: {
      labels: councilLabels(councils.load()),
      hrefOf: (slug: string) => withBase(councilPath(slug), site.basePath),
    },
    glossary: {
      terms: await loadGlossary(),
      hrefOf: (id: string) => withBase(`/glossary/#${glossaryTermId(id)}`, site.basePath),
    },
  });
  for (const file of await listHtmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = await readFile(full, 'utf8');
    const councilSlug = councilSlugOfPath(`/${file.split(path.sep).join('/')}`, COUNCILS_INDEX_PATH);
    const linked = await link(html, { councilSlug });
    if (linked !== html) await writeFile(full, linked);
  }
}
