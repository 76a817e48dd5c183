import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkSelection, parseSelection, SELECTION_FILE } from './selection';

const text = readFileSync(SELECTION_FILE, 'utf8');
const context = {
  priorityIds: [
    'complex-lac',
    'in-house-fostering',
    'educational-inclusion',
    'social-care-practice',
    'quality-assurance',
    'leadership-capacity',
    'workforce',
    'data-benchmarking',
    'self-assessment-peer-challenge',
    'political-lobbying',
  ],
  chartIds: [
    'lac-rates',
    'cpp-rates',
    'cin-rates',
    'referral-rates',
    'lac-unit-costs',
    'fostering-unit-costs',
    'adoption-unit-costs',
    'residential-unit-costs',
  ],
  paragraphNumbers: ['1.2', '2.8', '2.9', '2.11', '2.12', '2.13', '2.18', '2.19', '2.20', '2.21'],
};

describe('content/since-the-plan.yaml', () => {
  it('is valid and covers every priority', () => {
    expect(checkSelection(text, context)).toEqual([]);
  });

  it('names the line of a priority measure that is not followed', () => {
    const broken = text.replace('      - code: Work_Force_TO_Rate\n', '      - code: Work_Force_TO\n');
    const [problem] = parseSelection(broken).problems;
    expect(problem?.message).toContain('"Work_Force_TO" is not under "measures"');
    expect(broken.split('\n')[(problem?.line ?? 0) - 1]).toContain('- code: Work_Force_TO');
  });

  it('refuses an unknown headline code, on its line', () => {
    const broken = text.replace('headline:\n  - LAC\n', 'headline:\n  - LACC\n');
    const [problem] = parseSelection(broken).problems;
    expect(problem?.file).toBe(SELECTION_FILE);
    expect(problem?.message).toContain('"headline.0": "LACC" is not under "measures"');
    expect(broken.split('\n')[(problem?.line ?? 0) - 1]).toBe('  - LACC');
  });

  it('refuses a slug written with capitals, on its line', () => {
    const broken = text.replace('slug: re-referrals', 'slug: Re-referrals');
    const [problem] = parseSelection(broken).problems;
    expect(problem?.message).toContain('use lower-case words joined by hyphens');
    expect(problem?.line).toBe(text.split('\n').findIndex((l) => l.includes('- code: ReReferral')) + 1);
  });

  it('refuses a priority left out, a paragraph the plan lacks and an unknown figure', () => {
    const broken = text
      .replace(/ {2}leadership-capacity:\n.*\n/, '')
      .replace("paragraph: '2.21'", "paragraph: '2.99'")
      .replace('planFigure: cin-rates', 'planFigure: cin-rate');
    const messages = checkSelection(broken, context).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('priority "leadership-capacity" has no entry'),
      expect.stringContaining('paragraph "2.99"'),
      expect.stringContaining('planFigure "cin-rate"'),
    ]);
  });

  it('refuses planQuote words that are not in the plan’s paragraph, and a planQuote without its paragraph', () => {
    const paragraph213 =
      readFileSync('content/plan/characteristics.mdx', 'utf8').split('<Para n="2.13">')[1] ?? '';
    const paragraphText = (n: string) => (n === '2.13' ? paragraph213.split('</Para>')[0] : undefined);
    expect(checkSelection(text, { ...context, paragraphText })).toEqual([]);
    const reworded = text.replace('Of this number, 15% were placed', 'Of these, 15% were placed');
    expect(checkSelection(reworded, { ...context, paragraphText })).toEqual([
      {
        file: SELECTION_FILE,
        line: text.split('\n').findIndex((l) => l.includes('words: Of this number')) + 1,
        message:
          'the planQuote words of measure LACDistance are not in paragraph 2.13. Copy them from the paragraph exactly, word for word.',
      },
    ]);
    const orphan = text.replace("    planParagraph: '2.13'\n    planQuote:", '    planQuote:');
    expect(parseSelection(orphan).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('a planQuote needs the planParagraph its words come from'),
    ]);
  });

  it('refuses a planQuote figure the quoted words do not print, on its line', () => {
    const broken = text.replace("      value: '554'", "      value: '553.8'");
    const line = text.split('\n').findIndex((l) => l === "      value: '554'") + 1;
    expect(checkSelection(broken, context)).toEqual([
      {
        file: SELECTION_FILE,
        line,
        message: `the planQuote value "553.8" of measure CPP_Total_Rateper10,000 is not a figure in its words. Give only a number the plan printed there, digits only (e.g. '1165' for £1,165).`,
      },
    ]);
    expect(checkSelection(text.replace("england: '1095'", "england: '109'"), context)).toHaveLength(1);
  });

  it('names the five period words when a measure’s periodWords is not one of them', () => {
    const broken = text.replace('periodWords: at 31 March', 'periodWords: at 31st March');
    const [problem] = parseSelection(broken).problems;
    expect(problem?.message).toContain(
      'write one of "at 31 March", "in the year to 31 March", "at 30 September", "in the year to 30 September", "in the calendar year"',
    );
    expect(problem?.line).toBe(text.split('\n').findIndex((l) => l.includes('- code: LACDistance')) + 1);
  });

  it('asks for the year of a series break', () => {
    const broken = text.replace("        period: '2022'\n", '');
    const [problem] = parseSelection(broken).problems;
    expect(problem?.message).toContain('needs the LAIT year it is about');
  });

  it('refuses a DfE note whose words are not in the measure’s description', () => {
    const imported = [
      {
        measure: 'SEN_EHC_All_20wks',
        slug: 'x',
        plan_period: '2017',
        description:
          'Note: Up to and including the 2022 publication, data was collected at a local authority aggregate level, i.e. a single figure.',
      },
    ];
    const messages = checkSelection(text, { ...context, imported }).map((p) => p.message);
    expect(messages).not.toContainEqual(
      expect.stringContaining('SEN_EHC_All_20wks is not in its description'),
    );
    const changed = [{ ...imported[0]!, description: 'Data was collected person by person.' }];
    expect(checkSelection(text, { ...context, imported: changed }).map((p) => p.message)).toContainEqual(
      expect.stringContaining(
        'DfE\'s note "Up to and including the 2022 publication, data was collected at a local authority aggregate level" of measure SEN_EHC_All_20wks is not in its description',
      ),
    );
  });

  it('asks for the import when the list and data/lait_measures.csv disagree', () => {
    const imported = [{ measure: 'LAC', slug: 'looked-after-rate', plan_period: '2017' }];
    expect(checkSelection(text, { ...context, imported })[0]?.message).toContain('Run "npm run import:lait"');
  });

  it('refuses fewer than 12 measures', () => {
    const data = yaml.load(text) as { measures: unknown[]; priorities: unknown };
    const few = yaml.dump({ ...data, measures: data.measures.slice(0, 11), priorities: {} });
    expect(parseSelection(few).problems[0]?.message).toMatch(/"measures": Array must contain at least 12/);
  });
});
