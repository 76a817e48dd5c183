/**
 * Every council page's key facts, read from the built page and checked against the data files
 * with this test's own arithmetic (papaparse, no site code): the latest full Ofsted inspection and
 * when our inspection data end, and each headline measure's latest value and year, the South East
 * and England, the change since the plan's year with its polarity word, and the rank among the 19
 * (standard competition ranking, 1st = highest).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(path.join('data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const councils = csv('councils.csv');
const values = csv('lait_values.csv');
const measureRows = new Map(csv('lait_measures.csv').map((m) => [m['measure'] as string, m]));
const judgements = csv('ofsted_se_judgements.csv');
const selection = yaml.load(readFileSync('content/since-the-plan.yaml', 'utf8')) as {
  headline: string[];
  measures: { code: string; name: string; planPeriod: string }[];
};
// Month names from the platform's own calendar, not the site's list (src/lib/data/format-date.ts).
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d ? `${Number(d)} ` : ''}${MONTH.format(Date.UTC(Number(y), Number(m) - 1, 1))} ${y}`;
};
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** value by measure|area code|period; England's periods per measure. */
const byKey = new Map<string, number | null>();
const englandPeriods = new Map<string, { period: string; year: number }[]>();
for (const v of values) {
  byKey.set(
    `${v['measure']}|${v['area_code']}|${v['period']}`,
    v['value'] === '' ? null : Number(v['value']),
  );
  if (v['area_code'] === '970' && v['value'] !== '') {
    const list = englandPeriods.get(v['measure'] as string) ?? [];
    list.push({ period: v['period'] as string, year: Number(v['year']) });
    englandPeriods.set(v['measure'] as string, list);
  }
}
const at = (measure: string, code: string, period: string) =>
  byKey.get(`${measure}|${code}|${period}`) ?? null;

/** A printed figure read back: "£1,165" → 1165, "14.8%" → 14.8; "not published" → null. */
const readNumber = (s: string): number | null =>
  s === 'not published' ? null : Number(s.replace(/[£,%]/g, ''));

describe('council key facts', () => {
  const headline = selection.headline;
  it('lists 4 to 6 headline measures', () => {
    expect(headline.length).toBeGreaterThanOrEqual(4);
    expect(headline.length).toBeLessThanOrEqual(6);
  });

  const end = judgements
    .map((r) => r['report_published'] as string)
    .sort()
    .at(-1) as string;

  for (const council of councils) {
    const name = council['name'] as string;
    const code = council['la_number'] as string;
    it(`${name}: inspection and headline measures agree with the CSVs`, () => {
      const html = readFileSync(
        path.join(distDir, 'councils', council['slug'] as string, 'index.html'),
        'utf8',
      );
      const doc = parseHTML(html).document;
      const box = doc.querySelector('.rp-key-facts');
      expect(box, 'key facts block').toBeTruthy();
      // First on the page: before the plan section.
      expect(html.indexOf('id="key-facts"')).toBeLessThan(html.indexOf('id="in-the-plan"'));

      const latest = judgements
        .filter((r) => r['area'] === name)
        .sort((a, b) =>
          (a['report_published'] as string) < (b['report_published'] as string) ? 1 : -1,
        )[0] as Row;
      const inspection = squash(box?.querySelector('.rp-key-facts__inspection')?.textContent);
      expect(inspection).toContain(
        `${latest['overall_effectiveness']}, in the report published on ${longDate(latest['report_published'] as string)}`,
      );
      expect(inspection).toContain(`Our inspection data end in ${longDate(end.slice(0, 7))}.`);

      const items = [...(box?.querySelectorAll('.rp-key-facts__list > li') ?? [])];
      expect(items.map((li) => squash(li.querySelector('h3')?.textContent))).toEqual(
        headline.map((c) => selection.measures.find((m) => m.code === c)?.name),
      );
      headline.forEach((measure, i) => {
        const li = items[i];
        const row = measureRows.get(measure) as Row;
        const decimals = row['decimals'] === '' ? 1 : Number(row['decimals']);
        const near = (printed: number | null, expected: number | null) =>
          printed === null || expected === null
            ? printed === expected
            : Math.abs(printed - expected) <= 0.5 * 10 ** -decimals + 1e-9;
        const periods = englandPeriods.get(measure) ?? [];
        const last = periods.reduce((a, b) => (b.year > a.year ? b : a));
        const label = last.period.replace(/ \(OT\)$/, '');
        const own = at(measure, code, last.period);

        const valueText = squash(li?.querySelector('.rp-fact__value')?.textContent);
        const valueMatch = new RegExp(`^${name}: (.+) in ${label.replace(/[()]/g, '\\$&')}$`).exec(valueText);
        expect(valueMatch, `${name} ${measure}: "${valueText}"`).toBeTruthy();
        expect(near(readNumber(valueMatch?.[1] ?? ''), own)).toBe(true);

        const beside = /^South East (.+), England (.+)$/.exec(
          squash(li?.querySelector('.rp-fact__beside')?.textContent),
        );
        expect(near(readNumber(beside?.[1] ?? ''), at(measure, '989', last.period))).toBe(true);
        expect(near(readNumber(beside?.[2] ?? ''), at(measure, '970', last.period))).toBe(true);

        const planPeriod = row['plan_period'] as string;
        const plan = planPeriod.replace(/ \(OT\)$/, '');
        const from = at(measure, code, planPeriod);
        const change = squash(li?.querySelector('.rp-fact__change')?.textContent);
        if (from === null || own === null) {
          expect(change).toContain(`No change since ${plan} can be given`);
        } else {
          const diff = Math.round((own - from) * 10 ** decimals) / 10 ** decimals;
          if (diff === 0) expect(change).toBe(`Unchanged since ${plan}.`);
          else {
            const m = /^(Up|Down) (.+?) since (\S+?)(, which DfE counts as (better|worse))?\.$/.exec(change);
            expect(m, `${name} ${measure}: "${change}"`).toBeTruthy();
            expect(m?.[1]).toBe(diff > 0 ? 'Up' : 'Down');
            expect(m?.[3]).toBe(plan);
            expect(near(readNumber((m?.[2] ?? '').replace(/ points?$/, '')), Math.abs(diff))).toBe(true);
            const polarity = row['polarity'];
            const expected =
              polarity === 'higher_better'
                ? diff > 0
                  ? 'better'
                  : 'worse'
                : polarity === 'lower_better'
                  ? diff > 0
                    ? 'worse'
                    : 'better'
                  : undefined;
            expect(m?.[5]).toBe(expected);
          }
        }

        const rank = squash(li?.querySelector('.rp-fact__rank')?.textContent);
        if (own === null) expect(rank).toBe('Rank: not published');
        else {
          const all = councils
            .map((c) => at(measure, c['la_number'] as string, last.period))
            .filter((v): v is number => v !== null);
          const position = 1 + all.filter((v) => v > own).length;
          const suffix =
            position % 100 >= 11 && position % 100 <= 13
              ? 'th'
              : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th');
          expect(rank).toBe(`Rank: ${position}${suffix} of ${all.length} (1st = highest)`);
        }
      });
    });
  }
});
