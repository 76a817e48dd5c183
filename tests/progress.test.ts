/**
 * Progress items say what their sources say: each is dated as its source is dated, and the list
 * runs oldest first, which `npm run check` (and the build, through the same schema) enforces.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../scripts/lib/check-project';
import { formatProblem } from '../src/lib/checks/content-checks';
import { loadAllData } from '../src/datasets/index';
import { prioritySchema } from '../src/schemas/priority';

const DIR = 'content/priorities';
const sources = loadAllData().sources;
const priorities = readdirSync(DIR)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return { file: `${DIR}/${name}`, data: prioritySchema.parse(yaml.load(front)) };
  });

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('progress items', () => {
  it('are dated as their source is: its day when it gives one, else its month', () => {
    const problems = priorities.flatMap(({ file, data }) =>
      data.progress.flatMap((item) => {
        const source = sources.find((s) => s.source_id === item.source);
        if (!source) return [`${file}: ${item.source} is not in data/sources.csv`];
        if (source.release_date && item.date !== source.release_date)
          return [`${file}: ${item.date} for ${item.source}, which is dated ${source.release_date}`];
        if (!source.release_date && !/^\d{4}-\d{2}$/.test(item.date))
          return [`${file}: ${item.date} for ${item.source}, which gives no day`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('run oldest first on every priority', () => {
    for (const { data } of priorities) {
      const dates = data.progress.map((item) => item.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('out of order are refused by npm run check, naming the file and the fix', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'progress-'));
    copies.push(root);
    cpSync('content', path.join(root, 'content'), { recursive: true });
    cpSync('data', path.join(root, 'data'), { recursive: true });
    cpSync('seeds', path.join(root, 'seeds'), { recursive: true });
    const file = path.join(root, 'content/priorities/complex-lac.mdx');
    const text = readFileSync(file, 'utf8');
    const items = text.split(/(?=^ {2}- date: )/m);
    // Move the second item (a month-only date) before the first (a day in the month before).
    const [head, first, second, ...rest] = items as [string, string, string, ...string[]];
    expect(first).toContain('2019-05-31');
    expect(second).toContain('"2019-06"');
    writeFileSync(file, [head, second, first, ...rest].join(''));
    const problems = (await checkProject(root)).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/priorities\/complex-lac\.mdx:\d+: field "progress\.1\.date": item 2 \(2019-05-31\) is listed after item 1 \(2019-06\)\. List progress oldest first; a month-only date such as "2019-06" goes before the days of that month\.$/,
      ),
    ]);
  });
});
