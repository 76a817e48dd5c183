/**
 * Builds the Pagefind index of a built site. Numbered paragraphs are indexed one record each, so a
 * search lands on the paragraph (`/plan/characteristics/#para-2-18`); the rest of each page is
 * indexed as a page. Navigation, footer and data tables carry data-pagefind-ignore.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parseHTML } from 'linkedom';
import { listHtmlFiles, urlPathOf } from './lib/html-files';
import { site } from '../src/config/site';

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${what} failed:\n${errors.join('\n')}`);
}

/** Pagefind's weight for a page's h1: its largest. */
const H1_WEIGHT = 10;

/** Pages named after one council or one measure, by their address under the base path. */
const NAMED_PAGE = /^\/(councils|since-the-plan)\/[a-z0-9-]+\/$/;
/** Pagefind's weight for the words of a link to such a page from another page. */
const POINTER_WEIGHT = 0.1;

/** Pages about the site rather than the plan, by their address under the base path. */
const ABOUT_THE_SITE = ['/data/', '/accessibility/', '/changes/'];
/** Pagefind's weight for the words of those pages (1 for other text). */
const ABOUT_THE_SITE_WEIGHT = 0.5;

/** A text as a name: white space collapsed, and the comma or colon that runs it into what follows dropped. */
function standAloneName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[,:]$/, '');
}

/** The pages named after one council or measure, by their h1: name → address. */
async function namedPages(dir: string, files: readonly string[]): Promise<Map<string, string>> {
  const named = new Map<string, string>();
  for (const file of files) {
    const url = urlPathOf(file, site.basePath);
    if (!NAMED_PAGE.test(url.slice(site.basePath.length - 1))) continue;
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await readFile(path.join(dir, file), 'utf8'))?.[1] ?? '';
    const { document } = parseHTML(`<p>${h1}</p>`);
    named.set(standAloneName(document.querySelector('p')?.textContent ?? ''), url);
  }
  return named;
}

/** Writes `<dir>/pagefind/`. */
export async function buildSearchIndex(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  failOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Search index: Pagefind did not start.');

  // Pages are handed over without waiting for each answer, so that Pagefind indexes one page while
  // the next is parsed; every answer becomes a list of problems at once, so none is left unhandled.
  const problems: Promise<string[]>[] = [];
  const collect = (adding: Promise<{ errors: string[] }>, what: string) =>
    problems.push(
      adding.then(
        (result) => result.errors.map((error) => `${what}: ${error}`),
        (error: unknown) => [`${what}: ${error instanceof Error ? error.message : String(error)}`],
      ),
    );
  const pages = (await listHtmlFiles(dir)).filter(
    (file) => !file.startsWith('pagefind') && file !== '404.html',
  );
  const named = await namedPages(dir, pages);
  for (const file of pages) {
    const url = urlPathOf(file, site.basePath);
    const html = await readFile(path.join(dir, file), 'utf8');
    const { document } = parseHTML(html);
    // Pages kept out of search engines (the whole-plan print page) are kept out of search too,
    // or every paragraph would be found twice.
    if (/noindex/.test(document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''))
      continue;
    const h1 = document.querySelector('h1');
    const pageTitle = h1?.textContent?.replace(/\s+/g, ' ').trim() ?? url;
    // A council's or a measure's page is the one page named after it: its name outweighs every
    // mention elsewhere (Pagefind weighs an h1 7 by default, 10 at most), so that searching "Kent"
    // or "Agency social workers" finds that page first.
    if (h1 && NAMED_PAGE.test(url.slice(site.basePath.length - 1))) {
      const name = h1.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      for (const heading of document.querySelectorAll('main :is(h1, h2, h3, figcaption > span:first-child)'))
        if (heading.textContent?.includes(name))
          heading.setAttribute('data-pagefind-weight', String(H1_WEIGHT));
    }
    // Pages about the site itself weigh less than the plan and its figures, so that the data
    // catalogue's list of files or the accessibility statement's "reading" never outrank the
    // page a reader searched for.
    if (ABOUT_THE_SITE.includes(url.slice(site.basePath.length - 1)))
      document.querySelector('main')?.setAttribute('data-pagefind-weight', String(ABOUT_THE_SITE_WEIGHT));
    // A link to a council's or a measure's page points at that page's subject, and so does a
    // priority page's summary of a measure since the plan: their words weigh little here, so that
    // the page that links to "Kent" or sums up a measure does not outrank Kent's or the measure's.
    for (const summary of document.querySelectorAll('.rp-since__item'))
      summary.setAttribute('data-pagefind-weight', String(POINTER_WEIGHT));
    // Drawings, figures' data tables and the councils' all-measures tables hold numbers, tick
    // labels and names repeated row by row: their words are in the figures' titles and summaries,
    // and indexed they made every council page outrank the page a reader named.
    for (const element of document.querySelectorAll('main svg, main .rp-figure__table'))
      element.setAttribute('data-pagefind-ignore', 'all');
    for (const group of document.querySelectorAll('main tr.group'))
      group.closest('table')?.setAttribute('data-pagefind-ignore', 'all');
    // A figure's summary and caveat restate its numbers: on a page not named after a measure they
    // weigh half, so that a chapter that draws a measure does not outrank the measure's own page.
    if (!NAMED_PAGE.test(url.slice(site.basePath.length - 1)))
      for (const element of document.querySelectorAll(
        'main .rp-figure__summary, main .rp-figure__caveat, main .rp-figure__subtitle',
      ))
        element.setAttribute('data-pagefind-weight', String(ABOUT_THE_SITE_WEIGHT));
    // Source lines name publications ("Characteristics of children in need", Department for
    // Education) under every figure that draws on them: found, but weighing little.
    for (const element of document.querySelectorAll('main .rp-figure__meta, main .rp-source'))
      element.setAttribute('data-pagefind-weight', String(POINTER_WEIGHT));
    // So does a mention of such a page's name on another page, standing alone as a heading, a row
    // header or a key fact's title ("Children in need, rate per 10,000" in a council's key facts).
    for (const element of document.querySelector('main')?.querySelectorAll('*') ?? []) {
      if (element.childElementCount > 0) continue;
      const name = named.get(standAloneName(element.textContent ?? ''));
      if (name !== undefined && name !== url)
        element.setAttribute('data-pagefind-weight', String(POINTER_WEIGHT));
    }
    for (const link of document.querySelectorAll('a[href]')) {
      const target = new URL(link.getAttribute('href') ?? '', `http://site${url}`).pathname;
      if (target !== url && NAMED_PAGE.test(target.slice(site.basePath.length - 1)))
        link.setAttribute('data-pagefind-weight', String(POINTER_WEIGHT));
    }

    for (const para of document.querySelectorAll('main .rp-para')) {
      const number = para.querySelector('.rp-para__number')?.textContent?.trim() ?? '';
      const body = para.querySelector('.rp-para__body');
      for (const ignored of body?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
      collect(
        index.addCustomRecord({
          url: `${url}#${para.id}`,
          content: body?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          language: 'en',
          meta: { title: `${pageTitle}, paragraph ${number}` },
        }),
        `${file}#${para.id}`,
      );
      para.setAttribute('data-pagefind-ignore', 'all');
    }
    collect(index.addHTMLFile({ url, content: document.documentElement.outerHTML }), file);
  }
  failOn((await Promise.all(problems)).flat(), 'indexing the pages');

  // The files are taken from Pagefind and written here, each in full before the build goes on:
  // Pagefind's own writeFiles could report done while its process was still writing, and the
  // build then published a cut-off pagefind-ui.js (seen in CI: 81,920 of its 84,597 bytes).
  const { files, errors: writeErrors } = await index.getFiles();
  failOn(writeErrors, 'writing the index');
  await pagefind.close();
  const outDir = path.join(dir, 'pagefind');
  await rm(outDir, { recursive: true, force: true });
  for (const file of files) {
    const to = path.join(outDir, file.path);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, file.content);
  }
  // A search page whose index entry is missing or empty finds nothing: never publish one.
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry || entry.content.byteLength === 0) {
    throw new Error(
      'Search index: Pagefind gave no pagefind-entry.json (or an empty one). Run the build again.',
    );
  }
}
