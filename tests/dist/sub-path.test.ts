/**
 * The site works under a sub-path, as on GitHub Pages (https://owner.github.io/repository/): a
 * copy of the project built with SITE_BASE=/seslip-plan/ links only below that path, and every
 * such link leads to a built file. The copy is given a site address and an edit address, as the
 * GitHub workflow gives them, so the absolute addresses that need them are checked here. It is
 * built without PDFs (--skip-pdf), which print the same pages: a link to a PDF must name one that
 * the full build in dist/ printed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../scripts/lib/html-files';
import { copyProject, removeCopy, runBuild } from '../../scripts/lib/project-copy';
import { distDir, report } from '../support/dist';
import { pageProblems } from '../support/reader-copy';

const BASE = '/seslip-plan/';
const SITE_URL = 'https://owner.example';
const EDIT_BASE_URL = 'https://code.example/owner/seslip-plan/blob/main/';
let project: string;
let dist: string;

beforeAll(async () => {
  project = await copyProject();
  const result = await runBuild(project, ['--skip-pdf'], { SITE_BASE: BASE, SITE_URL, EDIT_BASE_URL });
  expect(result.code, result.output.slice(-3000)).toBe(0);
  dist = path.join(project, 'dist');
});

afterAll(async () => {
  if (project) await removeCopy(project);
});

function resolves(pathname: string): boolean {
  const relative = decodeURIComponent(pathname.slice(BASE.length));
  const full = path.join(/^pdf\/[^/]+\.pdf$/.test(relative) ? distDir : dist, relative);
  return (existsSync(full) && statSync(full).isFile()) || existsSync(path.join(full, 'index.html'));
}

describe(`the site built under the sub-path ${BASE}`, () => {
  it('links, loads and submits only below the sub-path, and every local address resolves', async () => {
    const problems: string[] = [];
    const files = await listHtmlFiles(dist);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files.filter((f) => !f.startsWith('pagefind'))) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"#?]*)/g)) {
        const address = match[1] as string;
        if (!address.startsWith(BASE)) problems.push(`${file}: "${address}" is outside ${BASE}`);
        else if (!resolves(address)) problems.push(`${file}: "${address}" has no file`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows readers no repository source, hash, file path or note to editors, with an edit link set', async () => {
    const problems = await pageProblems(dist);
    expect(problems, report(problems, 'Reading pages under the sub-path')).toEqual([]);
  });

  it('prints canonical addresses with the sub-path, and edit links to the repository', () => {
    const html = readFileSync(path.join(dist, 'plan/characteristics/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}plan/characteristics/">`);
    expect(html).toContain(`href="${EDIT_BASE_URL}content/plan/characteristics.mdx"`);
  });

  it('gives link previews an absolute address and an image of the page’s first figure', () => {
    const html = readFileSync(path.join(dist, 'plan/characteristics/index.html'), 'utf8');
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
    expect(meta('og:url')).toBe(`${SITE_URL}${BASE}plan/characteristics/`);
    const figure = /<figure id="([a-z0-9-]+)" class="rp-figure"/.exec(html)?.[1];
    expect(meta('og:image')).toBe(`${SITE_URL}${BASE}og/${figure}.png`);
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:image:alt')).toMatch(/^Figure S?\d+: /);
    const png = readFileSync(path.join(dist, 'og', `${figure}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Number(meta('og:image:width')));
    // A page without a figure keeps a summary card and has no image.
    const glossary = readFileSync(path.join(dist, 'glossary/index.html'), 'utf8');
    expect(glossary).toContain('<meta name="twitter:card" content="summary">');
    expect(glossary).not.toContain('og:image');
  });

  it('writes a sitemap of absolute addresses, names it in robots.txt, and leaves the print page out', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
    const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
    expect(maps.length).toBeGreaterThan(0);
    const locs = maps.flatMap((map) => {
      expect(map.startsWith(`${SITE_URL}${BASE}`)).toBe(true);
      const xml = readFileSync(path.join(dist, map.slice(`${SITE_URL}${BASE}`.length)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
    });
    expect(locs).toContain(`${SITE_URL}${BASE}plan/characteristics/`);
    expect(locs.every((loc) => loc.startsWith(`${SITE_URL}${BASE}`) && resolves(new URL(loc).pathname))).toBe(
      true,
    );
    expect(locs.some((loc) => loc.includes('print/whole-plan'))).toBe(false);
  });

  it('publishes "What’s changed" as an RSS feed with absolute links, linked from every page', () => {
    const feed = readFileSync(path.join(dist, 'changes.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/g)].map((m) => m[1] as string);
    const entries = readFileSync('content/changelog.yaml', 'utf8').match(/^- id: /gm) ?? [];
    expect(links).toHaveLength(entries.length);
    for (const link of links) {
      expect(link.startsWith(`${SITE_URL}${BASE}changes/#change-`)).toBe(true);
      const changes = readFileSync(path.join(dist, 'changes/index.html'), 'utf8');
      expect(changes).toContain(`id="${decodeURIComponent(new URL(link).hash.slice(1))}"`);
    }
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="alternate" type="application/rss+xml"`);
    expect(home).toContain(`href="${BASE}changes.xml"`);
  });
});
