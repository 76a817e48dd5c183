/**
 * Every internal link and embed in the built pages resolves: each href and src that stays on this
 * site points at a file of the build, and each #fragment at an id in the page it names. Links to
 * CSV files and PDFs count. PDFs are only checked when the build made them (not with --skip-pdf).
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { site } from '../../src/config/site';
import { distDir, expectNone, listPages, pdfsBuilt } from '../support/dist';

/** Where a page's links are resolved from; any origin will do, as long as it is not a real one. */
const LOCAL_ORIGIN = 'http://site.invalid';
/** The deployed site's own origin, when set: absolute links to it (canonical) are internal too. */
const SITE_ORIGIN = site.siteUrl ? new URL(site.siteUrl).origin : LOCAL_ORIGIN;

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'poster', 'data'];

/** One link found in a page. */
interface Link {
  page: string;
  element: string;
  /** As written in the page. */
  raw: string;
  /** Path below the base path, without query or fragment, decoded; "" for the home page. */
  sitePath: string;
  /** Fragment without "#", decoded; "" when there is none. */
  fragment: string;
}

const pages = await listPages();
const documents = new Map<string, Document>();
const links: Link[] = [];

for (const page of pages) {
  const html = await readFile(path.join(distDir, page.file), 'utf8');
  const { document } = parseHTML(html);
  documents.set(page.file, document);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of URL_ATTRIBUTES) {
      const raw = element.getAttribute(attribute);
      if (raw === null) continue;
      const link = internalLink(raw, page.url);
      if (link) links.push({ page: page.file, element: element.tagName.toLowerCase(), raw, ...link });
    }
    const srcset = element.getAttribute('srcset');
    for (const candidate of srcset?.split(',') ?? []) {
      const raw = candidate.trim().split(/\s+/)[0];
      const link = raw ? internalLink(raw, page.url) : undefined;
      if (raw && link) links.push({ page: page.file, element: element.tagName.toLowerCase(), raw, ...link });
    }
  }
}

/** The site path and fragment a link leads to, or undefined when it leaves the site. */
function internalLink(raw: string, pageUrl: string): Pick<Link, 'sitePath' | 'fragment'> | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(raw.trim())) return undefined;
  let url: URL;
  try {
    url = new URL(raw, `${LOCAL_ORIGIN}${pageUrl}`);
  } catch {
    return { sitePath: `(not a URL: ${raw})`, fragment: '' };
  }
  const local = url.origin === LOCAL_ORIGIN || url.origin === SITE_ORIGIN;
  if (!local) return undefined;
  // A local link that ignores the base path works at "/" but breaks under a sub-path.
  if (!url.pathname.startsWith(site.basePath)) {
    return { sitePath: `(outside the base path ${site.basePath}: ${url.pathname})`, fragment: '' };
  }
  return {
    sitePath: decodeURIComponent(url.pathname.slice(site.basePath.length)),
    fragment: decodeURIComponent(url.hash.replace(/^#/, '')),
  };
}

/** The built file a site path is served from (as a static host serves it), or undefined. */
function fileFor(sitePath: string): string | undefined {
  const resolved = path.resolve(distDir, `.${path.sep}${sitePath}`);
  if (!resolved.startsWith(distDir)) return undefined;
  for (const candidate of [resolved, path.join(resolved, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(distDir, candidate);
  }
  return undefined;
}

/** Ids in a built HTML file, read once. */
const idCache = new Map<string, Set<string>>();
async function idsIn(file: string): Promise<Set<string>> {
  let ids = idCache.get(file);
  if (!ids) {
    const document =
      documents.get(file) ?? parseHTML(await readFile(path.join(distDir, file), 'utf8')).document;
    ids = new Set(
      [...document.querySelectorAll('[id], a[name]')].map(
        (e) => e.getAttribute('id') ?? e.getAttribute('name') ?? '',
      ),
    );
    idCache.set(file, ids);
  }
  return ids;
}

/** Why a link is broken, or undefined when it resolves. */
async function problemWith(link: Link): Promise<string | undefined> {
  const file = fileFor(link.sitePath);
  if (!file) return `no file for ${site.basePath}${link.sitePath}`;
  // "#" and "#top" always work: they go to the top of the page (HTML's rule).
  if (link.fragment === '' || link.fragment.toLowerCase() === 'top') return undefined;
  if (!file.endsWith('.html')) return `#${link.fragment} points into ${file}, which is not a page`;
  if (!(await idsIn(file)).has(link.fragment)) return `no element with id "${link.fragment}" in ${file}`;
  return undefined;
}

async function brokenAmong(selected: Link[]): Promise<string[]> {
  const broken: string[] = [];
  for (const link of selected) {
    const problem = await problemWith(link);
    if (problem) broken.push(`${link.page}: <${link.element}> "${link.raw}": ${problem}`);
  }
  return broken;
}

const isPdf = (link: Link) => link.sitePath.toLowerCase().endsWith('.pdf');

describe(checkSummary('links'), () => {
  it('the pages have internal links to check', () => {
    expect(links.length).toBeGreaterThan(pages.length);
  });

  it('every internal href and src (pages, #fragments, CSS, scripts, images, CSV files) resolves', async () => {
    const broken = await brokenAmong(links.filter((link) => !isPdf(link)));
    expectNone(broken, 'Broken internal links');
  });

  it('the search index that /search/ loads is complete (pagefind/pagefind-entry.json lists a language)', async () => {
    const entry = path.join(distDir, 'pagefind', 'pagefind-entry.json');
    const text = existsSync(entry) ? await readFile(entry, 'utf8') : '';
    expect(text, `${entry} is missing or empty`).not.toBe('');
    const parsed = JSON.parse(text) as { languages?: Record<string, unknown> };
    expect(Object.keys(parsed.languages ?? {}), 'languages in the search index').not.toEqual([]);
  });

  const built = pdfsBuilt();
  it.skipIf(!built)(
    built
      ? 'every link to a PDF resolves'
      : `links to PDFs are not checked: ${path.join(distDir, 'pdf')} does not exist (built with --skip-pdf)`,
    async () => {
      const broken = await brokenAmong(links.filter(isPdf));
      expectNone(broken, 'Broken links to PDFs');
    },
  );
});
