import { describe, expect, it } from 'vitest';
import { ENGLAND_TOTAL } from '../src/charts/ofsted-grades-by-region';
import { getChart } from '../src/charts/index';
import { loadAllData } from '../src/datasets/index';
import type { GradeShare } from '../src/charts/ofsted-grades-by-region';

/** The percentages printed in the plan's table at para 2.5, typed from the seed. */
const PRINTED: Record<string, [number, number, number, number]> = {
  'East of England': [9, 36, 55, 0],
  'East Midlands': [0, 44, 56, 0],
  'Inner London': [14, 43, 36, 7],
  'North East': [0, 42, 50, 8],
  'North West': [0, 30, 57, 13],
  'Outer London': [5, 74, 11, 11],
  'South East': [5, 42, 37, 16],
  'South West': [0, 19, 63, 19],
  'West Midlands': [0, 21, 64, 14],
  'Yorkshire and The Humber': [20, 47, 13, 20],
  [ENGLAND_TOTAL]: [5, 40, 43, 12],
};

describe('ofsted-grades-by-region against the plan’s printed table', () => {
  const rows = getChart('ofsted-grades-by-region').select(loadAllData()) as GradeShare[];

  it('computes the same percentages the plan prints, region by region', () => {
    const computed: Record<string, number[]> = {};
    for (const r of rows) (computed[r.area] ??= []).push(r.percent);
    expect(computed).toEqual(PRINTED);
  });

  it('sums the regions to the plan’s total row 8 / 61 / 65 / 18', () => {
    expect(rows.filter((r) => r.area === ENGLAND_TOTAL).map((r) => r.count)).toEqual([8, 61, 65, 18]);
  });
});
