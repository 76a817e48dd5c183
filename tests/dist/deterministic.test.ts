/**
 * Deterministic output: two builds of the same sources, from copies of the project at two
 * different paths, give the same files with the same bytes. PDFs are left out by default
 * (--skip-pdf) to keep the run short; set DETERMINISM_WITH_PDF=1 to include them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { listAllFiles } from '../support/dist';
import { copyProject, removeCopy, runBuild } from '../../scripts/lib/project-copy';

const withPdf = process.env['DETERMINISM_WITH_PDF'] === '1';
const copies: string[] = [];

afterAll(async () => {
  for (const copy of copies) await removeCopy(copy);
});

/** Builds a copy of the project; returns the built folder. */
async function buildCopy(copy: string): Promise<string> {
  const out = path.join(copy, 'dist');
  const result = await runBuild(copy, withPdf ? ['--out', out] : ['--skip-pdf', '--out', out]);
  if (result.code !== 0) throw new Error(`The build failed:\n${result.output.slice(-3000)}`);
  return out;
}

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
  // Two whole builds one after the other: minutes on a shared 2-core machine (hence the timeout).
  it(`two builds from copies at different paths give identical files and bytes${withPdf ? '' : ' (without PDFs: --skip-pdf; DETERMINISM_WITH_PDF=1 includes them)'}`, async () => {
    // Both copies are taken before either build, the second from the first, so edits made to the
    // working copy meanwhile cannot make them differ.
    const one = await copyProject({ withGit: true });
    copies.push(one);
    const two = await copyProject({ withGit: true, from: one });
    copies.push(two);
    const first = await buildCopy(one);
    const second = await buildCopy(two);
    const [a, b] = [await fingerprint(first), await fingerprint(second)];
    const onlyFirst = [...a.keys()].filter((f) => !b.has(f));
    const onlySecond = [...b.keys()].filter((f) => !a.has(f));
    const differing = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
    const details = await Promise.all(
      differing
        .slice(0, 10)
        .map(async (f) => `${f} ${await firstDifference(path.join(first, f), path.join(second, f))}`),
    );
    const problems = [
      ...onlyFirst.map((f) => `only in the first build: ${f}`),
      ...onlySecond.map((f) => `only in the second build: ${f}`),
      ...differing.map((f) => `different bytes: ${f}`),
      ...details.map((d) => `first difference in ${d}`),
    ];
    expect(a.size, 'files built').toBeGreaterThan(0);
    if (problems.length > 0)
      throw new Error(`The two builds differ (${problems.length}):\n  ${problems.join('\n  ')}`);
  }, 600_000);
});
