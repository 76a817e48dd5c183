import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProject } from '../scripts/lib/check-project';
import { formatProblem } from '../src/lib/checks/content-checks';

// Each case checks a whole copy of content/ and data/ (a changed data file is validated in full).
vi.setConfig({ testTimeout: 30_000 });

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

/** An edit that adds `snippet` at the end of a file after an empty line, and the line it starts on. */
function append(file: string, snippet: string): { edit: (text: string) => string; line: number } {
  const text = readFileSync(file, 'utf8');
  return { edit: (t) => `${t.trimEnd()}\n\n${snippet}\n`, line: text.trimEnd().split('\n').length + 2 };
}

const PRIORITY = 'content/priorities/workforce.mdx';

describe('npm run check refuses what must not be published', () => {
  const cases: { name: string; snippet: string; expected: string }[] = [
    {
      name: 'a <script>',
      snippet: '<script>alert(1)</script>',
      expected: '1: raw HTML <script> can run code',
    },
    {
      name: 'an <iframe>',
      snippet: '<iframe src="https://example.com/"></iframe>',
      expected: '1: raw HTML <iframe>',
    },
    { name: 'an <object>', snippet: '<object data="x.swf"></object>', expected: '1: raw HTML <object>' },
    { name: 'an <embed>', snippet: '<embed src="x.swf" />', expected: '1: raw HTML <embed>' },
    { name: 'a <style>', snippet: '<style>{"p { color: red }"}</style>', expected: '1: raw HTML <style>' },
    {
      name: 'an event handler',
      snippet: 'Read <span onMouseOver="steal()">this</span>.',
      expected: '6: the attribute onMouseOver on <span> runs code and is not published. Delete it.',
    },
    {
      name: 'a javascript: link',
      snippet: 'See [the report](javascript:alert(1)).',
      expected: '5: the address "javascript:alert(1)" runs code when followed.',
    },
    {
      name: 'an image from another site',
      snippet: '![Chart](https://example.com/chart.png)',
      expected: '1: the image or media "https://example.com/chart.png" is on another site',
    },
    {
      name: 'an image that is not in the project',
      snippet: '![Chart](chart.png)',
      expected: '1: the image "chart.png" is not in the project.',
    },
    {
      name: 'a level-1 heading',
      snippet: '# Progress',
      expected:
        '1: a level-1 heading ("# …"): the page title is the only one. Write "## " for a section heading.',
    },
    {
      name: 'a Markdown table',
      snippet: '| Area | Rate |\n| --- | --- |\n| South East | 52 |',
      expected: '1: a Markdown table without a caption or source. Wrap it in <Table caption=',
    },
    {
      name: 'an expression that would lose its brackets',
      snippet: 'Agreed in {2019}.',
      expected:
        '11: "{2019}": curly brackets run code in MDX, so the page would show "2019" without them. To show the brackets, write "\\{2019\\}"; otherwise delete them.',
    },
    {
      name: 'a stray "{"',
      snippet: 'Costs { rose.',
      expected: '14: a "{" starts code in MDX and is never closed.',
    },
    {
      name: '"<5%"',
      snippet: 'Fewer than <5% of children.',
      expected:
        '13: a "<" starts a tag in MDX, but what follows is not a tag name. To write the sign, write "&lt;"',
    },
    {
      name: 'an HTML comment',
      snippet: '<!-- to do -->',
      expected: '2: HTML comments (<!-- … -->) are not allowed in MDX.',
    },
    {
      name: 'an unknown component',
      snippet: '<Chart id="lac-rates" />',
      expected: '1: there is no component <Chart> on this page. Valid: <Table>.',
    },
    {
      name: 'a <Table> without caption or a registered source',
      snippet:
        '<Table source="NO_SUCH_SOURCE">\n\n| Area | Rate |\n| --- | --- |\n| South East | 52 |\n\n</Table>',
      expected: ' <Table> needs a caption="…" saying what the table shows and when',
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}, with the file, line and what to do`, async () => {
      const { edit, line } = append(PRIORITY, c.snippet);
      const problems = await problemsAfter(PRIORITY, edit);
      expect(problems).toContainEqual(expect.stringContaining(`${PRIORITY}:${line}:${c.expected}`));
    });
  }

  it('names an unregistered <Table> source', async () => {
    const { edit } = append(
      PRIORITY,
      '<Table caption="Rates" source="NO_SUCH_SOURCE">\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n</Table>',
    );
    expect(await problemsAfter(PRIORITY, edit)).toContainEqual(
      expect.stringContaining('source "NO_SUCH_SOURCE" does not exist. Valid: '),
    );
  });

  it('accepts a Markdown table inside <Table> with a caption and a registered source, and {/* comments */}', async () => {
    const { edit } = append(
      PRIORITY,
      '{/* Figures from the plan. */}\n\n<Table caption="Rates, 2019" source="SEED_PLAN_TEXT">\n\n| Area | Rate |\n| --- | ---: |\n| South East | 52 |\n\n</Table>',
    );
    expect(await problemsAfter(PRIORITY, edit)).toEqual([]);
  });

  it('refuses <h1> written as HTML and a lower-case <para>', async () => {
    const file = 'content/plan/key-issues.mdx';
    const line = lineOf(file, '<Para n="1.3">');
    const problems = await problemsAfter(file, (t) =>
      t.replace('<Para n="1.3">', '<para n="1.3">').replace(/(<para n="1\.3">[\s\S]*?)<\/Para>/, '$1</para>'),
    );
    expect(problems).toEqual([
      `${file}:${line}:1: <para> must be written <Para>, with a capital letter, or it is printed as unknown HTML.`,
    ]);
  });

  it('says plainly when a curly quote inside a tag is the problem, and nothing else', async () => {
    const file = 'content/plan/characteristics.mdx';
    const line = lineOf(file, '<Para n="2.2">');
    const problems = await problemsAfter(file, (t) => t.replace('<Para n="2.2">', '<Para n=“2.2”>'));
    expect(problems).toEqual([
      `${file}:${line}:9: a curly quote mark (“) is inside a tag. Tags need straight quotes: write <Para n="2.2">, not <Para n=“2.2”> (word processors change quotes as you type).`,
    ]);
  });

  it('names the tag left open when a </Para> is missing', async () => {
    const file = 'content/plan/characteristics.mdx';
    const line = lineOf(file, '<Para n="2.1">');
    const problems = await problemsAfter(file, (t) => t.replace(/(<Para n="2\.1">[\s\S]*?)<\/Para>\n/, '$1'));
    expect(problems[0]).toMatch(
      new RegExp(`^${file}:${line}:1: <Para> on this line is never closed. Add </Para>`),
    );
  });

  it('refuses a duplicate paragraph number pasted a second time', async () => {
    const file = 'content/plan/characteristics.mdx';
    const problems = await problemsAfter(file, (t) => {
      const para = /<Para n="2\.18">[\s\S]*?<\/Para>\n/.exec(t)?.[0] ?? '';
      return t.replace(para, `${para}\n${para}`);
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /characteristics\.mdx:\d+: paragraph 2\.18 is used twice \(also at content\/plan\/characteristics\.mdx:\d+\)/,
      ),
    );
  });

  it('accepts a new priority numbered 11', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-'));
    copies.push(root);
    for (const dir of ['content', 'data', 'seeds']) cpSync(dir, path.join(root, dir), { recursive: true });
    const text = readFileSync(PRIORITY, 'utf8')
      .replace('number: 7', 'number: 11')
      .replace('shortTitle: "Workforce"', 'shortTitle: "Workforce (new)"');
    writeFileSync(path.join(root, 'content/priorities/new-priority.mdx'), text);
    // Content, not code: the measures followed since the plan say what bears on each priority.
    const since = path.join(root, 'content/since-the-plan.yaml');
    writeFileSync(
      since,
      readFileSync(since, 'utf8').replace(
        /^priorities:\n/m,
        'priorities:\n  new-priority:\n    noMeasure: No published measure follows this new priority yet.\n',
      ),
    );
    expect((await checkProject(root)).map(formatProblem)).toEqual([]);
  });

  it('refuses two priorities with the same number', async () => {
    const problems = await problemsAfter(PRIORITY, (t) => t.replace('number: 7', 'number: 6'));
    expect(problems).toEqual([
      `${PRIORITY}:2: priority number 6 is used twice (also in content/priorities/leadership-capacity.mdx). Give each priority its own number: the next free one is 11.`,
    ]);
  });

  it('refuses soft hyphens, zero-width spaces and a byte-order mark inside the text', async () => {
    const file = 'content/plan/characteristics.mdx';
    const line = lineOf(file, 'Child poverty was most');
    const problems = await problemsAfter(file, (t) =>
      t
        .replace('Child poverty', 'Child pov\u00ADerty')
        .replace('most frequently', 'most\u200B frequently')
        .replace('by directors', 'by\uFEFF directors'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${line}:\\d+: a soft hyphen \\(U\\+00AD\\) is hidden in "poverty" \\(often pasted from Word\\)\\. Delete it`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^${file}:${line}:\\d+: a zero-width space \\(U\\+200B\\) is hidden in "most"`),
      ),
      expect.stringMatching(
        new RegExp(`^${file}:${line}:\\d+: a byte-order mark \\(U\\+FEFF\\) is hidden in "by"`),
      ),
    ]);
  });

  it('refuses the marker lines an unfinished git merge leaves, naming each line', async () => {
    const file = 'content/plan/characteristics.mdx';
    const line = lineOf(file, 'Child poverty was most');
    const problems = await problemsAfter(file, (t) =>
      t.replace(/^(.*Child poverty was most.*)$/m, '<<<<<<< HEAD\n$1\n=======\n$1\n>>>>>>> edit-priorities'),
    );
    const fix =
      'is left from merging two versions of this file: keep the lines you want between the markers, then delete every marker line (<<<<<<<, ======= and >>>>>>>).';
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:${line}: "<<<<<<<" ${fix}`,
        `${file}:${line + 2}: "=======" ${fix}`,
        `${file}:${line + 4}: ">>>>>>>" ${fix}`,
      ]),
    );
  });

  it('refuses a CSV saved by Excel as Windows-1252, saying how to save it as CSV UTF-8', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-'));
    copies.push(root);
    for (const dir of ['content', 'data', 'seeds']) cpSync(dir, path.join(root, dir), { recursive: true });
    const file = path.join(root, 'data/editors_notes.csv');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('(62 per 10,000)');
    // "£" in Windows-1252 is the single byte 0xA3, which is not UTF-8.
    writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xa3]), bytes.subarray(at)]));
    expect((await checkProject(root)).map(formatProblem)).toEqual([
      'data/editors_notes.csv:3: the file is not saved as UTF-8, so a character such as "£", "é" or a curly quote on this line would show as "�". In Excel choose File > Save As and the file type "CSV UTF-8 (Comma delimited) (*.csv)"; in another editor choose the encoding "UTF-8" when saving.',
    ]);
  });

  it('reports malformed YAML with its file, line and column and no stack trace', async () => {
    const problems = await problemsAfter('content/glossary.yaml', (t) =>
      t.replace('  term: "CAMHS"', '  term: "CAMHS'),
    );
    const line = lineOf('content/glossary.yaml', '  term: "CAMHS"');
    expect(problems).toEqual([
      `content/glossary.yaml:${line}:9: a quotation mark on this line is opened and not closed. Close it on the same line, e.g. term: "CAMHS".`,
    ]);
  });

  it('names a content file that was deleted, and says how to restore it, instead of crashing', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-'));
    copies.push(root);
    for (const dir of ['content', 'data', 'seeds']) cpSync(dir, path.join(root, dir), { recursive: true });
    rmSync(path.join(root, 'content/since-the-plan.yaml'));
    expect((await checkProject(root)).map(formatProblem)).toEqual([
      'content/since-the-plan.yaml:1: is missing. Restore it from git ("git checkout -- content/since-the-plan.yaml"), or undo the change that moved or deleted it.',
    ]);
  });

  it('tolerates a byte-order mark at the start of a file, CRLF line ends and curly quotes in prose', async () => {
    const file = 'content/plan/characteristics.mdx';
    expect(await problemsAfter(file, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`)).toEqual([]);
    expect(await problemsAfter('data/triads.csv', (t) => `\uFEFF${t}`)).toEqual([]);
  });
});

describe('the plan\u2019s words: the seed plus recorded amendments', () => {
  const file = 'content/plan/characteristics.mdx';
  const old = 'Child poverty was most frequently referred to by directors.';
  const reworded = 'Child poverty was the issue directors raised most often.';
  const amendment = (oldWords: string) => `
- id: 2026-12-01-para-2-2
  date: "2026-12-01"
  summary: "Paragraph 2.2 reworded."
  sections: ["characteristics"]
  amendments:
    - paragraph: "2.2"
      old: "${oldWords}"
      new: "${reworded}"
      reason: "Agreed by the Steering Group."
`;

  /** A copy with paragraph 2.2 reworded and, optionally, a changelog edit. */
  async function reword(changelog?: (text: string) => string): Promise<string[]> {
    const root = mkdtempSync(path.join(tmpdir(), 'check-'));
    copies.push(root);
    for (const dir of ['content', 'data', 'seeds']) cpSync(dir, path.join(root, dir), { recursive: true });
    const mdx = path.join(root, file);
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(old, reworded));
    if (changelog) {
      const log = path.join(root, 'content/changelog.yaml');
      writeFileSync(log, changelog(readFileSync(log, 'utf8')));
    }
    return (await checkProject(root)).map(formatProblem);
  }

  it('refuses an unrecorded change, saying how to record one', async () => {
    expect(await reword()).toEqual([
      `${file}:${lineOf(file, '<Para n="2.2">')}: paragraph 2.2 is missing the plan's words "${old}" (the plan as adopted, with its recorded amendments). If the plan itself was changed, record it in content/changelog.yaml as an amendment (paragraph, old, new, reason) under an entry with the date: see "Change the plan's words" in CONTRIBUTING.md. Otherwise put the plan's words back.`,
    ]);
  });

  it('accepts the change once it is recorded as an amendment', async () => {
    expect(await reword((t) => `${t}${amendment(old)}`)).toEqual([]);
  });

  it('refuses a sentence added to a paragraph without an amendment', async () => {
    const problems = await problemsAfter(file, (t) =>
      t.replace(old, `${old} Directors also raised housing costs.`),
    );
    expect(problems).toEqual([
      `${file}:${lineOf(file, '<Para n="2.2">')}: paragraph 2.2 has a sentence the plan does not have ("Directors also raised housing costs."). If the plan itself was changed, record it in content/changelog.yaml as an amendment (paragraph, old, new, reason) under an entry with the date: see "Change the plan's words" in CONTRIBUTING.md. Otherwise put the plan's words back.`,
    ]);
  });

  it('refuses an amendment whose old words the plan never had', async () => {
    const problems = await reword(
      (t) => `${t}${amendment('Child poverty is most frequently referred to by directors.')}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/changelog\.yaml:\d+: the "old" words are not in paragraph 2\.2 as the plan had them before this amendment\. Copy them exactly/,
      ),
    ]);
  });
});
