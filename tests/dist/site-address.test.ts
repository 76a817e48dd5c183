/**
 * No invented addresses: the site as `npm test` builds it, without SITE_URL and EDIT_BASE_URL
 * (PDFs included), prints no address it does not know. No canonical link, no address in the print
 * header or on the whole plan's cover, no "Edit this page" link, no guessed GitHub address, and
 * no PDF link to the local server that printed it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/project-copy';
import { readBuildInfo } from '../../scripts/lib/build-info';
import { distDir, listAllFiles } from '../support/dist';

/** Addresses the site once guessed, and the local server's, which no published file may hold. */
const INVENTED = [/seslip\.github\.io/i, /github\.com\/seslip/i, /127\.0\.0\.1/, /localhost/i];

const dist = distDir;
let files: string[];

beforeAll(async () => {
  // package.json's "test" builds with these blank (the same as unset: src/config/site.ts).
  const { settings, pdf } = await readBuildInfo(projectRoot);
  expect(
    { SITE_URL: settings.SITE_URL, EDIT_BASE_URL: settings.EDIT_BASE_URL, pdf },
    'dist/ built as "npm test" builds it: SITE_URL= EDIT_BASE_URL= npm run build',
  ).toEqual({ SITE_URL: '', EDIT_BASE_URL: '', pdf: true });
  files = await listAllFiles(dist);
});

const read = (file: string) => readFileSync(path.join(dist, file), 'latin1');

describe('the site built without SITE_URL and EDIT_BASE_URL', () => {
  it('prints no guessed or local address in any page, feed or PDF', () => {
    const published = files.filter((f) => /\.(html|xml|txt|pdf)$/.test(f) && !f.startsWith('pagefind/'));
    expect(published.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(10);
    const found = published.flatMap((file) =>
      INVENTED.filter((pattern) => pattern.test(read(file))).map((pattern) => `${file}: ${pattern}`),
    );
    expect(found).toEqual([]);
  });

  it('has no canonical link, print-header address or "Edit this page" link', () => {
    const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    const found = pages.flatMap((file) => {
      const html = read(file);
      return [
        /rel="canonical"/.test(html) && `${file}: canonical link`,
        /<div class="rp-print-header"[^>]*>(?:(?!<\/div>)[\s\S])*https?:/.test(html) &&
          `${file}: address in print header`,
        /Edit this page/.test(html) && `${file}: edit link`,
      ].filter(Boolean);
    });
    expect(found).toEqual([]);
  });

  it('writes no sitemap, feed or link-preview address or image, and robots.txt names no sitemap', () => {
    expect(files.filter((f) => /^(sitemap|changes\.xml|og\/)/.test(f))).toEqual([]);
    expect(read('robots.txt')).toBe('User-agent: *\nAllow: /\n');
    const home = read('index.html');
    expect(home).toContain('<meta property="og:title"');
    expect(home).toContain('<meta name="twitter:card" content="summary">');
    expect(home).not.toMatch(/og:url|og:image|twitter:image|application\/rss\+xml/);
  });

  it('leaves "Read online" off the whole plan and its PDF', () => {
    expect(read('print/whole-plan/index.html')).not.toContain('Read online');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dist, 'pdf/whole-plan.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Contents');
    expect(text).not.toContain('Read online');
  });
});
