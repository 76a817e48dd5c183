/**
 * Recomputes every measure page's summary numbers straight from the CSV text (papaparse, no
 * dataset modules, no chart or measure code), and checks that the site's summaries agree.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../src/datasets';
import { joinMeasures } from '../src/lib/measures/measure';
import { loadSelection } from '../src/lib/measures/selection';
import { summariseMeasure, summaryText } from '../src/lib/measures/summary';

const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${name}.csv`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const values = csv('lait_values');
const measureRows = csv('lait_measures');
const seCodes = csv('lait_authorities')
  .filter((a) => a.region === 'South East')
  .map((a) => a.la_number as string);

/** R type 7 / Excel QUARTILE.INC, written from its definition: 1-based h = (n − 1)p + 1. */
function type7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p + 1;
  const lo = sorted[Math.floor(h) - 1]!;
  const hi = sorted[Math.min(Math.ceil(h), sorted.length) - 1]!;
  return lo + (h - Math.floor(h)) * (hi - lo);
}

const data = loadAllData();
const measures = joinMeasures(data.lait_measures, data.lait_values, loadSelection());

describe('measure summaries, recomputed from the CSVs', () => {
  it('covers every measure', () => {
    expect(measures.map((m) => m.measure)).toEqual(measureRows.map((r) => r.measure));
    expect(seCodes).toHaveLength(19);
  });

  for (const row of measureRows) {
    it(`${row.measure}: South East, England, the 19 councils and England's quartiles`, () => {
      const mine = values.filter((v) => v.measure === row.measure);
      const planYear = Number(mine.find((v) => v.period === row.plan_period)!.year);
      const englandYears = mine
        .filter((v) => v.area_code === '970' && v.value !== '')
        .map((v) => Number(v.year));
      const latest = Math.max(...englandYears);
      const at = (code: string, year: number) => {
        const cell = mine.find((v) => v.area_code === code && Number(v.year) === year)?.value ?? '';
        return cell === '' ? null : Number(cell);
      };

      const measure = measures.find((m) => m.measure === row.measure)!;
      const s = summariseMeasure(measure, data.lait_values, data.lait_authorities);

      expect(s.plan.year).toBe(planYear);
      expect(s.latest.year).toBe(latest);
      expect([s.southEast.from, s.southEast.to]).toEqual([at('989', planYear), at('989', latest)]);
      expect([s.england.from, s.england.to]).toEqual([at('970', planYear), at('970', latest)]);

      let up = 0;
      let down = 0;
      let same = 0;
      const latestValues: { code: string; value: number }[] = [];
      for (const code of seCodes) {
        const from = at(code, planYear);
        const to = at(code, latest);
        if (to !== null) latestValues.push({ code, value: to });
        if (from === null || to === null) continue;
        if (to > from + 1e-9) up += 1;
        else if (to < from - 1e-9) down += 1;
        else same += 1;
      }
      expect([s.counts.up, s.counts.down, s.counts.same]).toEqual([up, down, same]);
      expect(s.counts.notComparable).toHaveLength(19 - up - down - same);
      expect(s.highest?.value).toBe(Math.max(...latestValues.map((v) => v.value)));
      expect(s.lowest?.value).toBe(Math.min(...latestValues.map((v) => v.value)));

      const authorities = mine
        .filter((v) => Number(v.year) === latest && v.area_type === 'authority' && v.value !== '')
        .map((v) => Number(v.value))
        .sort((a, b) => a - b);
      const q = s.quartiles.latest!;
      expect(q.count).toBe(authorities.length);
      expect(q.q1).toBeCloseTo(type7(authorities, 0.25), 9);
      expect(q.median).toBeCloseTo(type7(authorities, 0.5), 9);
      expect(q.q3).toBeCloseTo(type7(authorities, 0.75), 9);

      const text = summaryText(measure, s).join(' ');
      expect(text).toContain(`${q.count} authorities`);
      expect(text).toContain(`Of the 19 South East councils`);
      if (row.unit === 'Unit Cost') {
        const se = at('989', latest)!;
        const en = at('970', latest)!;
        const percent = Math.round((se / en - 1) * 1000) / 10;
        expect(s.premium?.latest.percent).toBe(percent);
        expect(text).toContain(
          `${Math.abs(percent).toLocaleString('en-GB')}% ${percent >= 0 ? 'above' : 'below'}`,
        );
        expect(text).toContain('in cash terms');
        expect(text).toContain('rounded to £5');
      }
      if (row.polarity === 'neither') expect(text).not.toMatch(/\b(better|worse)\b/);
    });
  }
});

describe('a measure DfE has not published for the newest year', () => {
  // Recomputed from the CSV, not from the code: the newest England year of any measure, and each
  // measure's own latest England year.
  const england = values.filter((v) => v.area_code === '970' && v.value !== '');
  const newest = Math.max(...england.map((v) => Number(v.year)));

  it('says so, naming the newest year and its own latest, and no other measure does', () => {
    for (const m of measures) {
      const latest = Math.max(...england.filter((v) => v.measure === m.measure).map((v) => Number(v.year)));
      const text = summaryText(m, summariseMeasure(m, data.lait_values, data.lait_authorities)).join(' ');
      if (latest === newest) expect(text, m.measure).not.toContain('DfE has published no figure');
      else if (latest === newest - 1)
        expect(text, m.measure).toContain(
          `DfE has published no figure for ${newest} yet: the latest is for ${latest}`,
        );
      else expect(text, m.measure).toContain('DfE has published no figure since');
    }
    expect(measures.some((m) => m.measure === 'SEN_EHC_All_20wks')).toBe(true);
  });
});
