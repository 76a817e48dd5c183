/**
 * No invented addresses: a copy of the project built (PDFs included) without SITE_URL and
 * EDIT_BASE_URL prints no address it does not know. No canonical link, no address in the print
 * header or on the whole plan's cover, no "Edit this page" link, no guessed GitHub address, and
 * no PDF link to the local server that printed it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../../scripts/lib/project-copy';
import { listAllFiles } from '../support/dist';

/** Addresses the site once guessed, and the local server's, which no published file may hold. */
const INVENTED = [/seslip\.github\.io/i, /github\.com\/seslip/i, /127\.0\.0\.1/, /localhost/i];

let project: string;
let dist: string;
let files: string[];

beforeAll(async () => {
  project = await copyProject();
  // Blank is the same as unset (src/config/site.ts), and overrides any value in this environment.
  const result = await runBuild(project, [], { SITE_URL: '', EDIT_BASE_URL: '', SITE_BASE: '' });
  expect(result.code, result.output.slice(-3000)).toBe(0);
  dist = path.join(project, 'dist');
  files = await listAllFiles(dist);
});

afterAll(async () => {
  if (project) await removeCopy(project);
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

  it('leaves "Read online" off the whole plan and its PDF', () => {
    expect(read('print/whole-plan/index.html')).not.toContain('Read online');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dist, 'pdf/whole-plan.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Contents');
    expect(text).not.toContain('Read online');
  });
});
