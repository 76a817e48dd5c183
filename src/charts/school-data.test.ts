import { describe, expect, it } from 'vitest';
import { loadAllData } from '../datasets/index';
import type { SchoolDataRow } from '../schemas/plan-data';
import { chartIds, getChart } from './index';
import { compareToEngland, schoolData } from './school-data';

/** Two rows of Table 1 for one measure, South East first. */
function measure(
  row: number,
  name: string,
  se: number,
  england: number,
  polarity: SchoolDataRow['polarity'],
) {
  const base = {
    row,
    group: 'KS2 % achieving the expected standard',
    group_qualifier: '',
    measure: name,
    unit: 'percent' as const,
    plan_source: 'not stated under Table 1',
    source_id: 'SEED_PLAN_TEXT',
    polarity,
    polarity_source: polarity ? 'a definition' : '',
    note: '',
  };
  return [
    { ...base, area: 'South East' as const, value: se },
    { ...base, area: 'England' as const, value: england },
  ];
}

describe('compareToEngland', () => {
  it('says better or worse only with a recorded direction', () => {
    expect(compareToEngland(9.4, 9.2, 'lower_is_better')).toBe('worse');
    expect(compareToEngland(10.4, 11.6, 'lower_is_better')).toBe('better');
    expect(compareToEngland(78, 75, 'higher_is_better')).toBe('better');
    expect(compareToEngland(70, 71, 'higher_is_better')).toBe('worse');
    expect(compareToEngland(78, 75, '')).toBe('higher');
    expect(compareToEngland(70, 71, '')).toBe('lower');
    expect(compareToEngland(77, 77, 'higher_is_better')).toBe('the same');
  });
});

describe('Figure S6 summary', () => {
  it('counts a higher share of coasting schools as worse, and a measure without a direction as higher', () => {
    const rows = [
      ...measure(1, 'Reading', 78, 75, 'higher_is_better'),
      ...measure(2, 'Coasting', 9.4, 9.2, 'lower_is_better'),
      ...measure(3, 'Writing', 72, 70, ''),
    ];
    const summary = schoolData.summary(rows);
    expect(summary).toContain('better on 1 of the 3 measures shown (KS2 Reading)');
    expect(summary).toContain('higher on 1 (KS2 Writing)');
    expect(summary).toContain('worse on 1 (KS2 Coasting: 9.4% against 9.2%, where lower is better)');
    expect(summary).toContain('Higher or lower is said where no source records which way is better.');
  });

  it('on the real data, never calls the South East higher on a measure with a direction', () => {
    const data = loadAllData();
    for (const row of data.school_data)
      expect(Boolean(row.polarity_source), `row ${row.row}`).toBe(Boolean(row.polarity));
    const summary = schoolData.summary(schoolData.select(data));
    expect(summary).not.toMatch(/\bhigher on\b|\blower on\b/);
    expect(summary).toMatch(/worse on 1 \(Schools coasting/);
  });
});

describe('every figure’s summary', () => {
  it('says better or worse only where its rows record a direction', () => {
    const data = loadAllData();
    for (const id of chartIds) {
      const chart = getChart(id);
      const rows = chart.select(data) as { polarity?: string }[];
      if (rows.some((r) => r.polarity)) continue;
      expect(chart.summary(rows), id).not.toMatch(/\b(better|worse)\b/i);
    }
  });
});
