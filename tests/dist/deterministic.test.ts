/**
 * Deterministic output: the site in dist/ and a second build of the same sources, from a copy of
 * the project at another path, made with the settings dist/ was built with (recorded in
 * .build-info.json), hold the same files with the same bytes, PDFs included.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { distDir, listAllFiles } from '../support/dist';
import { copyProject, projectRoot, removeCopy, runBuild } from '../../scripts/lib/project-copy';
import { readBuildInfo } from '../../scripts/lib/build-info';

let copy: string | undefined;

afterAll(async () => {
  if (copy) await removeCopy(copy);
});

/** sha256 of every file in a folder, by relative path. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listAllFiles(dir)) {
    hashes.set(
      file,
      createHash('sha256')
        .update(await readFile(path.join(dir, file)))
        .digest('hex'),
    );
  }
  return hashes;
}

/** Where two text files first differ, to help find the cause. */
async function firstDifference(a: string, b: string): Promise<string> {
  const [left, right] = [await readFile(a, 'latin1'), await readFile(b, 'latin1')];
  let i = 0;
  while (i < left.length && left[i] === right[i]) i += 1;
  return `at byte ${i}: "${left.slice(Math.max(0, i - 30), i + 50)}" vs "${right.slice(Math.max(0, i - 30), i + 50)}"`;
}

describe(checkSummary('deterministic'), () => {
  it('a second build, from a copy of the project at another path, gives the files of dist/ byte for byte, PDFs included', async () => {
    const info = await readBuildInfo(projectRoot);
    expect(info.pdf, 'dist/ was built with its PDFs ("npm run build", without --skip-pdf)').toBe(true);
    copy = await copyProject({ withGit: true });
    const result = await runBuild(copy, [], info.settings);
    if (result.code !== 0) throw new Error(`The second build failed:\n${result.output.slice(-3000)}`);
    const second = path.join(copy, 'dist');
    const [a, b] = [await fingerprint(distDir), await fingerprint(second)];
    const onlyFirst = [...a.keys()].filter((f) => !b.has(f));
    const onlySecond = [...b.keys()].filter((f) => !a.has(f));
    const differing = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
    const details = await Promise.all(
      differing
        .slice(0, 10)
        .map(async (f) => `${f} ${await firstDifference(path.join(distDir, f), path.join(second, f))}`),
    );
    const problems = [
      ...onlyFirst.map((f) => `only in dist/: ${f}`),
      ...onlySecond.map((f) => `only in the second build: ${f}`),
      ...details.map((d) => `first difference in ${d}`),
    ];
    expect([...a.keys()].filter((f) => f.endsWith('.pdf')).length, 'PDFs compared').toBeGreaterThan(30);
    if (problems.length > 0)
      throw new Error(
        `dist/ and the second build differ (${problems.length}). If the sources changed since dist/ was built, run "npm run build" again.\n  ${problems.join('\n  ')}`,
      );
  }, 600_000);
});
