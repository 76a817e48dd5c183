import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../scripts/lib/check-project';
import { formatProblem } from '../src/lib/content-checks';

const copies: string[] = [];

/** A temporary copy of content/ and data/ with one file edited, and the problems it gives. */
async function problemsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'check-'));
  copies.push(root);
  cpSync('content', path.join(root, 'content'), { recursive: true });
  cpSync('data', path.join(root, 'data'), { recursive: true });
  cpSync('seeds', path.join(root, 'seeds'), { recursive: true });
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(target, after);
  return (await checkProject(root)).map(formatProblem);
}

/** The 1-based line of `needle` in a project file. */
function lineOf(file: string, needle: string): number {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check', () => {
  it('passes on the real content and data', async () => {
    expect((await checkProject(process.cwd())).map(formatProblem)).toEqual([]);
  });

  it('names the file and line of a bad frontmatter field', async () => {
    const problems = await problemsAfter('content/plan/characteristics.mdx', (t) =>
      t.replace('order: 2', 'order: two'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/plan\/characteristics\.mdx:\d+: field "order": Expected number, received string\.$/,
      ),
    ]);
    expect(problems[0]).toContain(`:${lineOf('content/plan/characteristics.mdx', 'order: 2')}:`);
  });

  it('finds a gap in the paragraph numbers', async () => {
    const line = lineOf('content/plan/key-issues.mdx', '<Para n="1.5">');
    const problems = await problemsAfter('content/plan/key-issues.mdx', (t) =>
      t.replace('<Para n="1.4">', '<Para n="1.40">'),
    );
    expect(problems).toContain(
      `content/plan/key-issues.mdx:${line}: paragraph 1.4 is missing before 1.5. Number the paragraphs without gaps.`,
    );
  });

  it('finds a paragraph number used twice', async () => {
    const problems = await problemsAfter('content/plan/characteristics.mdx', (t) =>
      t.replace('<Para n="2.3">', '<Para n="2.2">'),
    );
    expect(problems.some((p) => /characteristics\.mdx:\d+: paragraph 2\.2 is used twice/.test(p))).toBe(true);
  });

  it('finds a figure that does not exist, listing the valid ids', async () => {
    const line = lineOf('content/plan/characteristics.mdx', '<Chart id="lac-rates" />');
    const problems = await problemsAfter('content/plan/characteristics.mdx', (t) =>
      t.replace('<Chart id="lac-rates" />', '<Chart id="lac-rate" />'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/plan/characteristics\\.mdx:${line}: figure "lac-rate" does not exist\\. Valid: .*lac-rates`,
        ),
      ),
    ]);
  });

  it('finds broken references from a priority: paragraph, figure, term and source', async () => {
    const file = 'content/priorities/complex-lac.mdx';
    const problems = await problemsAfter(file, (t) =>
      t
        .replace('"2.13"', '"2.99"')
        .replace('"lac-unit-costs"', '"lac-costs"')
        .replace('terms: ["lac"]', 'terms: ["lacs"]')
        .replace('source: "SESLIP_UPD_354"', 'source: "SESLIP_UPD_999"'),
    );
    const at = (needle: string) => `${file}:${lineOf(file, needle)}:`;
    expect(problems).toEqual([
      expect.stringContaining(`${at('paragraphs:')} paragraph "2.99" does not exist. Valid: 1.1, 1.2,`),
      expect.stringContaining(`${at('figures:')} figure "lac-costs" does not exist. Valid: system-map,`),
      expect.stringContaining(`${at('terms:')} glossary term "lacs" does not exist. Valid: adcs,`),
      expect.stringContaining(`${at('source: "SESLIP_UPD_354"')} source "SESLIP_UPD_999" does not exist.`),
    ]);
  });

  it('finds a glossary term defined twice', async () => {
    const problems = await problemsAfter('content/glossary.yaml', (t) =>
      t.replace('- id: camhs\n  term: "CAMHS"', '- id: camhs\n  term: "ADCS"'),
    );
    expect(problems[0]).toBe(
      `content/glossary.yaml:${lineOf('content/glossary.yaml', 'id: camhs')}: the glossary defines "ADCS" twice. Keep one entry and delete the other.`,
    );
    // With its entry renamed, CAMHS is now an unexplained abbreviation wherever the plan uses it.
    expect(problems.slice(1).every((p) => p.includes('"CAMHS" looks like an abbreviation'))).toBe(true);
  });

  it('finds an abbreviation that is neither in the glossary nor allowed', async () => {
    const problems = await problemsAfter('content/plan/key-issues.mdx', (t) =>
      t.replace('the LGA has identified', 'the XYZ has identified'),
    );
    // The plan's words changed too, so the fidelity check speaks as well; the abbreviation is one finding.
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/plan\/key-issues\.mdx:\d+: "XYZ" looks like an abbreviation but is not in content\/glossary\.yaml\./,
      ),
    );
  });

  it('passes on a data file error with its line and column', async () => {
    const problems = await problemsAfter('data/lac_rates.csv', (t) => {
      const lines = t.split('\n');
      lines[13] = (lines[13] as string).replace(/,(\d+),children/, ',5l,children');
      return lines.join('\n');
    });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/lac_rates\.csv:14: column "value": expected a number, found "5l"/),
    ]);
  });
});
