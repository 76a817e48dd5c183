import { describe, expect, it } from 'vitest';
import type { LaitValueRow } from '../../schemas/lait';
import type { Measure } from '../measures/measure';
import { ENGLAND_CODE, SOUTH_EAST_CODE } from '../measures/series';
import { changeWords, COMPARE_LIMIT, compareMeasures, compareSeriesTable, compareTable } from './compare';
import { compareCss } from './compare-css';
import { ValueIndex } from './measures';

const measure = (polarity: Measure['polarity']): Measure => ({
  theme: 'care',
  publishedDecimals: 0,
  measure: 'M',
  slug: 'm',
  title: 'M',
  chart_title: 'M',
  unit: 'Rate per 10,000',
  polarity,
  decimals: null,
  year_type: 'Annual',
  plan_period: '2017',
  publication_url: 'https://example.org',
  description: '',
  methodology: '',
  source_id: 'S',
  name: 'Children looked after',
  planFigure: undefined,
  planParagraph: undefined,
  planQuote: undefined,
  periodWords: 'at 31 March',
  dfeNotes: [],
  kind: 'rate',
  planYear: 2017,
});

const row = (area_code: number, year: number, value: number | null): LaitValueRow => ({
  measure: 'M',
  area_code,
  area: String(area_code),
  area_type: area_code === ENGLAND_CODE ? 'country' : area_code === SOUTH_EAST_CODE ? 'region' : 'authority',
  period: String(year),
  year,
  mark: year === 2025 ? 'provisional' : null,
  value,
  source_id: 'S',
});

// Kent 50 → 45, Medway 60 → not published, Slough not published → 70, Surrey 40 → 45.
const values = [
  row(886, 2017, 50),
  row(886, 2025, 45),
  row(887, 2017, 60),
  row(887, 2025, null),
  row(871, 2025, 70),
  row(936, 2017, 40),
  row(936, 2025, 45),
  row(SOUTH_EAST_CODE, 2017, 52),
  row(SOUTH_EAST_CODE, 2025, 55),
  row(ENGLAND_CODE, 2017, 62),
  row(ENGLAND_CODE, 2025, 70),
];
const kent = { code: 886, name: 'Kent', slug: 'kent' };
const medway = { code: 887, name: 'Medway', slug: 'medway' };

describe('compareMeasures', () => {
  const [m] = compareMeasures(
    [kent, medway],
    [measure('lower_better')],
    new ValueIndex(values),
    [886, 887, 871, 936],
  );

  it('gives each council its latest and plan\u2019s-year value, leaving what is not published empty', () => {
    expect(m?.latest).toEqual({ period: '2025', year: 2025, mark: 'provisional' });
    expect(m?.rows.map((r) => [r.area.name, r.kind, r.latest, r.plan, r.difference])).toEqual([
      ['Kent', 'council', 45, 50, -5],
      ['Medway', 'council', null, 60, null],
      ['South East', 'southEast', 55, 52, 3],
      ['England', 'england', 70, 62, 8],
    ]);
  });

  it('ranks councils among the rank scope with a figure (ties share a place), not the South East or England', () => {
    // In 2025: Slough 70, then Kent and Surrey 45 (Medway none): Kent 2nd of 3.
    expect(m?.rows.map((r) => r.rank)).toEqual([{ position: 2, of: 3 }, undefined, undefined, undefined]);
  });

  it('formats the table: "not published", the change in words, the rank; rows keyed by slug', () => {
    const table = m && compareTable(m, 'southEast');
    expect(table?.columns.map((c) => c.label)).toEqual([
      'Council',
      '2025 (provisional)',
      '2017 (the plan\u2019s year)',
      'Change since the plan\u2019s year',
      'Rank of the 19 (1st = highest)',
    ]);
    expect(table?.rows).toEqual([
      ['Kent', '45', '50', '5 lower, which DfE counts as better', '2nd\u00a0of\u00a03'],
      ['Medway', 'not published', '60', 'no change shown: a year not published', ''],
      ['South East', '55', '52', '3 higher, which DfE counts as worse', ''],
      ['England', '70', '62', '8 higher, which DfE counts as worse', ''],
    ]);
    expect(table?.rowKeys).toEqual(['kent', 'medway', undefined, undefined]);
  });

  it('gives the chart a data table of every year, "not published" where DfE published nothing', () => {
    const series = m && compareSeriesTable(m);
    expect(series?.columns.map((c) => c.label)).toEqual(['Council', '2017', '2025 (provisional)']);
    expect(series?.rows).toEqual([
      ['Kent', '50', '45'],
      ['Medway', '60', 'not published'],
      ['South East', '52', '55'],
      ['England', '62', '70'],
    ]);
  });
});

describe('changeWords', () => {
  it('says "better" or "worse" only where DfE gives a polarity', () => {
    expect(changeWords(measure('higher_better'), -5)).toBe('5 lower, which DfE counts as worse');
    expect(changeWords(measure('neither'), -5)).toBe('5 lower');
    expect(changeWords(measure('neither'), 0)).not.toMatch(/better|worse|higher|lower/);
  });
});

describe('compareCss', () => {
  it('shows only ticked councils once one is ticked, inside @supports for :has()', () => {
    const css = compareCss(['kent', 'medway']);
    expect(css.startsWith('@supports selector(:has(*)) {')).toBe(true);
    expect(css).toContain('.rp-compare:has(input[name="la"]:checked) :is([data-la], .la) { display: none; }');
    expect(css).toContain(
      '.rp-compare:has(#la-medway:checked) :is([data-la="medway"], .la-medway) { display: revert; }',
    );
  });

  it('colours each ticked council by how many ticked boxes come before its own, up to the limit', () => {
    const css = compareCss(['kent']);
    expect(css).toContain(
      '.rp-compare:has(input[name="la"]:checked) .la { --rp-compare-line: var(--rp-chart-pick-1);',
    );
    expect(css).toContain(
      '.rp-compare:has(:checked ~ :checked ~ #la-kent:checked) .la-kent { --rp-compare-line: var(--rp-chart-pick-3); }',
    );
    expect(css).toContain(`var(--rp-chart-pick-${COMPARE_LIMIT})`);
    expect(css).not.toContain(`var(--rp-chart-pick-${COMPARE_LIMIT + 1})`);
  });
});
