/**
 * The site works under a sub-path, as on GitHub Pages (https://owner.github.io/repository/): a
 * copy of the project built (PDFs included) with SITE_BASE=/seslip-plan/ links only below that path, and every
 * such link leads to a built file. The copy is given a site address and an edit address, as the
 * GitHub workflow gives them, so the absolute addresses that need them are checked here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../scripts/lib/html-files';
import { copyProject, removeCopy, runBuild } from '../../scripts/lib/project-copy';

const BASE = '/seslip-plan/';
const SITE_URL = 'https://owner.example';
const EDIT_BASE_URL = 'https://code.example/owner/seslip-plan/blob/main/';
let project: string;
let dist: string;

beforeAll(async () => {
  project = await copyProject();
  const result = await runBuild(project, [], { SITE_BASE: BASE, SITE_URL, EDIT_BASE_URL });
  expect(result.code, result.output.slice(-3000)).toBe(0);
  dist = path.join(project, 'dist');
});

afterAll(async () => {
  if (project) await removeCopy(project);
});

function resolves(pathname: string): boolean {
  const relative = decodeURIComponent(pathname.slice(BASE.length));
  const full = path.join(dist, relative);
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

  it('prints canonical addresses with the sub-path, and edit links to the repository', () => {
    const html = readFileSync(path.join(dist, 'plan/characteristics/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}plan/characteristics/">`);
    expect(html).toContain(`href="${EDIT_BASE_URL}content/plan/characteristics.mdx"`);
  });
});
