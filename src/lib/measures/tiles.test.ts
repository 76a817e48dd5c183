import { describe, expect, it } from 'vitest';
import type { Measure } from './measure';
import { byTheme, measureTile } from './tiles';

const measure = {
  measure: 'M',
  slug: 'm',
  name: 'M',
  theme: 'workforce',
  kind: 'percent',
  decimals: 1,
  polarity: 'lower_better',
  plan_period: '2017',
  planYear: 2017,
} as unknown as Measure;

const point = (year: number, area: number | null, england: number | null) => ({
  period: String(year),
  year,
  mark: null,
  area,
  southEast: area,
  england,
});

describe('measureTile', () => {
  it('gives the latest year England has a figure, the change since the plan in polarity words, and lines from 2016', () => {
    const tile = measureTile(
      measure,
      [
        point(2015, 9, 9),
        point(2016, 10, 11),
        point(2017, 12, 12),
        point(2024, 10.5, 13),
        point(2025, 20, null),
      ],
      true,
    );
    expect(tile.value).toBe('10.5% in 2024');
    expect(tile.change).toBe('Down 1.5 points since 2017, which DfE counts as better.');
    expect(tile.spark).toEqual([
      { className: 'england', values: [11, 12, 13] },
      { className: 'se', values: [10, 12, 10.5] },
    ]);
  });

  it('marks a latest year DfE calls provisional', () => {
    const tile = measureTile(
      measure,
      [point(2017, 12, 12), { ...point(2025, 9, 10), mark: 'provisional' as const }],
      true,
    );
    expect(tile.value).toBe('9.0% in 2025 (provisional)');
  });

  it('says so when the area has no figure, and draws the council beside the South East on a council page', () => {
    const tile = measureTile(measure, [point(2017, null, 12), point(2024, null, 13)], false);
    expect(tile.value).toBe('not published in 2024');
    expect(tile.change).toContain('No change since 2017 can be given');
    expect(tile.spark.map((s) => s.className)).toEqual(['england', 'se', 'council']);
  });
});

describe('byTheme', () => {
  it('keeps the themes’ order and leaves out empty ones', () => {
    const a = { measure: { theme: 'workforce' as const } };
    const b = { measure: { theme: 'care' as const } };
    expect(byTheme([a, b]).map((g) => g.theme)).toEqual(['care', 'workforce']);
  });
});
