import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLait } from '../scripts/lib/lait-import';
import { loadSelection } from '../src/lib/measures/selection';
import { loadAllData } from '../src/datasets';

describe('npm run import:lait on the repository\u2019s own seeds/lait/', () => {
  it('regenerates the committed data files byte for byte from DfE\u2019s files as published', async () => {
    const { files, sourceId, kept } = await importLait(
      resolve('seeds/lait'),
      loadSelection(),
      resolve('data'),
    );
    expect(Object.keys(files).sort()).toEqual([
      'lait_authorities',
      'lait_measures',
      'lait_values',
      'sources',
      'statistical_neighbours',
    ]);
    for (const [id, text] of Object.entries(files)) {
      expect(
        text === readFileSync(resolve('data', `${id}.csv`), 'utf8'),
        `data/${id}.csv differs: run npm run import:lait`,
      ).toBe(true);
    }
    expect(sourceId).toBe('DFE_LAIT_2026');
    expect(kept).toEqual([]);
  }, 60_000);
});

describe('the imported LAIT files', () => {
  const data = loadAllData();
  const selection = loadSelection();

  it('hold the measures content/since-the-plan.yaml lists, with its slugs and plan years', () => {
    expect(data.lait_measures.map((m) => [m.measure, m.slug, m.plan_period])).toEqual(
      selection.measures.map((m) => [m.code, m.slug, m.planPeriod]),
    );
  });

  it('give every measure a value for England and the South East in its plan year', () => {
    for (const m of data.lait_measures) {
      for (const area of ['England', 'South East']) {
        const row = data.lait_values.find(
          (v) => v.measure === m.measure && v.area === area && v.period === m.plan_period,
        );
        expect(row?.value, `${m.measure} ${area} ${m.plan_period}`).toEqual(expect.any(Number));
      }
    }
  });

  it('keep the values the plan and the LAIT README quote (revised where LAIT revised them)', () => {
    const value = (measure: string, area: string, period: string) =>
      data.lait_values.find((v) => v.measure === measure && v.area === area && v.period === period)?.value;
    expect(value('LAC', 'South East', '2017')).toBe(51);
    expect(value('LAC', 'England', '2025')).toBe(67);
    expect(value('FosteringFinance', 'England', '2016-17 (OT)')).toBe(575);
    expect(value('FosteringFinance', 'South East', '2024-25 (OT)')).toBe(850);
    expect(value('CPP_Total_Rateper10,000', 'South East', '2017')).toBe(559.7);
    expect(value('CIN', 'England', '2017')).toBe(333.3);
    expect(value('CIN', 'South East', '2025')).toBe(313.9);
  });

  it('list every authority LAIT names, 149 to 153 of them with a value in any one year', () => {
    expect(data.lait_authorities).toHaveLength(158);
    const names = new Set(data.lait_authorities.map((a) => a.la_number));
    const lac = data.lait_values.filter((v) => v.measure === 'LAC' && v.area_type === 'authority');
    for (const v of lac) expect(names.has(v.area_code), v.area).toBe(true);
    for (const year of new Set(lac.map((v) => v.year))) {
      const count = lac.filter((v) => v.year === year && v.value !== null).length;
      expect(count, String(year)).toBeGreaterThanOrEqual(149);
      expect(count, String(year)).toBeLessThanOrEqual(153);
    }
  });

  it('keep "not published" as a blank, never 0', () => {
    const blanks = data.lait_values.filter((v) => v.value === null);
    expect(blanks.length).toBeGreaterThan(0);
    const raw = readFileSync(resolve('data/lait_values.csv'), 'utf8');
    expect(raw).not.toMatch(/,-,DFE_LAIT_/);
  });

  it('rank each authority\u2019s ten neighbours 1 to 10 in both models', () => {
    for (const model of ['2021', '2025'] as const) {
      const rows = data.statistical_neighbours.filter((r) => r.model === model);
      const byLa = new Map<number, number[]>();
      for (const r of rows) byLa.set(r.la_number, [...(byLa.get(r.la_number) ?? []), r.rank]);
      expect(byLa.size).toBeGreaterThan(140);
      for (const ranks of byLa.values()) expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });
});
