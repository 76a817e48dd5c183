/**
 * Failing safely: a mistake in the sources stops the build with a message that names the file and
 * the problem (the gate of `npm run check`, run before anything is written), ending with the line
 * saying the published site was left unchanged, and the dist/ already there is left exactly as it was (no half-written site to
 * deploy, no staging folder left behind). Each case corrupts one thing in a copy of the project
 * and runs `npm run check` and the real build (`node scripts/run-ts.mjs scripts/build.ts --skip-pdf`) there, side
 * by side; one case after another.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { copyProject, removeCopy, runBuild, runCheck } from '../../scripts/lib/project-copy';

/** One way of breaking the sources. */
interface Corruption {
  /** What the case does, for the test name. */
  name: string;
  /** File changed, relative to the project. */
  file: string;
  change(text: string): string;
  /** What the build's output must say: the file and the problem. */
  expected: (string | RegExp)[];
}

/** Replaces exactly one occurrence of `find`, so a case cannot silently stop corrupting anything. */
function replaceOnce(text: string, find: string | RegExp, replacement: string): string {
  const count =
    typeof find === 'string'
      ? text.split(find).length - 1
      : (text.match(new RegExp(find.source, `${find.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1)
    throw new Error(`Expected one match of ${String(find)}, found ${count}: the fixture changed.`);
  return text.replace(find, replacement);
}

/**
 * Sets one cell of a CSV (row = data row index from 0) without disturbing the others, keeping the
 * file's line endings (the data files have CRLF).
 */
function setCell(text: string, row: number, column: string, value: string): string {
  const lines = text.split('\n');
  const cellsOf = (line: string) => Papa.parse<string[]>(line.replace(/\r$/, '')).data[0];
  const index = (cellsOf(lines[0] ?? '') ?? []).indexOf(column);
  const line = lines[row + 1];
  const cells = line === undefined ? undefined : cellsOf(line);
  if (index === -1 || !line || !cells)
    throw new Error(`No column "${column}" or row ${row}: the fixture changed.`);
  cells[index] = value;
  lines[row + 1] = `${Papa.unparse([cells])}${line.endsWith('\r') ? '\r' : ''}`;
  return lines.join('\n');
}

/**
 * A few kinds of mistake, one of each kind of file (data, MDX component, raw HTML, the plan's
 * words). Every kind the gate refuses is tested in process, with its message, in
 * tests/check-project.test.ts and the dataset tests; these show the whole commands refuse too.
 */
const CASES: Corruption[] = [
  {
    name: 'a number cell holding "5l" in data/lac_rates.csv',
    file: 'data/lac_rates.csv',
    change: (text) => setCell(text, 0, 'value', '5l'),
    expected: ['data/lac_rates.csv:2: column "value"', '"5l"'],
  },
  {
    name: 'an unknown chart id (<Chart id="no-such-chart" />) in content/plan/key-issues.mdx',
    file: 'content/plan/key-issues.mdx',
    change: (text) => `${text.trimEnd()}\n\n<Chart id="no-such-chart" />\n`,
    expected: ['content/plan/key-issues.mdx', 'no-such-chart', 'lac-rates'],
  },
  {
    name: 'a raw <script> in content/plan/key-issues.mdx',
    file: 'content/plan/key-issues.mdx',
    change: (text) => `${text.trimEnd()}\n\n<script>alert(1)</script>\n`,
    expected: [/content\/plan\/key-issues\.mdx:\d+:1: raw HTML <script> can run code/],
  },
  {
    name: 'a sentence of paragraph 2.2 reworded without recording an amendment',
    file: 'content/plan/characteristics.mdx',
    change: (text) =>
      replaceOnce(
        text,
        'Child poverty was most frequently referred to by directors.',
        'Child poverty was the issue directors raised most often.',
      ),
    expected: [
      /content\/plan\/characteristics\.mdx:\d+: paragraph 2\.2 is missing the plan's words/,
      'content/changelog.yaml',
    ],
  },
];

/** The last line of every failed build. */
const UNCHANGED = 'The published site (dist/) was left unchanged.';

const SENTINEL = 'sentinel.txt';
const SENTINEL_TEXT = 'The site as it was before the failed build.\n';
let project: string;

beforeAll(async () => {
  project = await copyProject();
  await mkdir(path.join(project, 'dist'));
  await writeFile(path.join(project, 'dist', SENTINEL), SENTINEL_TEXT);
});
afterAll(async () => {
  if (project) await removeCopy(project);
});

describe(checkSummary('fail-safe'), () => {
  for (const corruption of CASES) {
    it(`${corruption.name}: check and build both refuse, say where, and leave dist/ as it was`, async () => {
      const file = path.join(project, corruption.file);
      const original = await readFile(file, 'utf8');
      const corrupted = corruption.change(original);
      expect(corrupted, 'the case changes the file').not.toBe(original);
      await writeFile(file, corrupted);
      try {
        const [check, result] = await Promise.all([runCheck(project), runBuild(project, ['--skip-pdf'])]);
        expect(check.code, `npm run check must refuse it too; it said:\n${check.output}`).toBe(1);
        for (const expected of corruption.expected) {
          if (typeof expected === 'string') expect(check.output).toContain(expected);
          else expect(check.output).toMatch(expected);
        }
        const tail = result.output.slice(-3000);
        expect(result.code, `exit code; the build said:\n${tail}`).not.toBe(0);
        const unsaid = corruption.expected.filter((expected) =>
          typeof expected === 'string' ? !result.output.includes(expected) : !expected.test(result.output),
        );
        if (unsaid.length > 0) {
          const said = result.output
            .split('\n')
            // Leave out Astro's list of pages written before the failure.
            .filter((line) => line.trim() !== '' && !/\(\+\d+ms\)\s*$|^\S*\s*\d\d:\d\d:\d\d\s+▶/.test(line));
          throw new Error(
            `The build failed but its message does not name: ${unsaid.map(String).join(', ')}.\n` +
              `The end of what it said:\n  ${said.slice(-12).join('\n  ')}`,
          );
        }
        expect(result.output.trimEnd().split('\n').at(-1), 'the last line of the output').toContain(
          UNCHANGED,
        );
        expect(result.output, 'never a file without its line').not.toMatch(/undefined:undefined/);
        expect(await readdir(path.join(project, 'dist')), 'dist/ after the failed build').toEqual([SENTINEL]);
        expect(await readFile(path.join(project, 'dist', SENTINEL), 'utf8')).toBe(SENTINEL_TEXT);
        const leftovers = (await readdir(project)).filter((entry) => /^dist\./.test(entry));
        expect(leftovers, 'build folders left behind (dist.staging, dist.next…)').toEqual([]);
      } finally {
        await writeFile(file, original);
      }
    });
  }
});
