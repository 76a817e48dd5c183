import { describe, expect, it } from 'vitest';
import type { LaitAuthorityRow, LaitValueRow } from '../../schemas/lait';
import {
  formatDifference,
  formatMean,
  formatValue,
  periodLabel,
  publishedDecimals,
  valueKind,
  type Measure,
} from './measure';
import { compared, judgement } from './polarity';
import { englandQuartiles, quantile, quarterOf } from './quartiles';
import { changeBetween, latestPoint, seriesOf } from './series';
import { movement, summariseMeasure, summaryText } from './summary';
import { premium } from './unit-costs';
import { comparePlanEra, comparePlanQuote } from './plan-era';

describe('polarity wording', () => {
  it('says better or worse only where DfE marks a direction', () => {
    expect(judgement('higher_better', 2)).toBe('better');
    expect(judgement('higher_better', -2)).toBe('worse');
    expect(judgement('lower_better', -1.4)).toBe('better');
    expect(judgement('lower_better', 0.1)).toBe('worse');
    expect(judgement('neither', 4)).toBe('higher');
    expect(judgement('neither', -4)).toBe('lower');
    expect(judgement('neither', 0)).toBe('unchanged');
    expect(compared('higher_better', 52, 54)).toBe('worse');
  });

  it('never uses better or worse for a measure without polarity', () => {
    const rate = { kind: 'rate', decimals: null, polarity: 'neither' } as const;
    expect(movement(rate, 4)).toBe('4.0 higher');
    expect(movement(rate, -3.2)).toBe('3.2 lower');
    expect(movement(rate, 4)).not.toMatch(/better|worse/);
    const pct = { kind: 'percent', decimals: null, polarity: 'lower_better' } as const;
    expect(movement(pct, -1.4)).toBe('1.4 points lower, which DfE counts as better');
    expect(movement(pct, 0)).toBe('the same');
  });
});

describe('formatting', () => {
  it('prints values and differences in the measure\u2019s unit', () => {
    expect(formatValue({ kind: 'cost', decimals: 0 }, 1165)).toBe('£1,165');
    expect(formatValue({ kind: 'percent', decimals: null }, 14.8)).toBe('14.8%');
    // Every value of a measure shows its decimals: "17.0%" beside "14.8%", never "17%".
    expect(formatValue({ kind: 'percent', decimals: null }, 17)).toBe('17.0%');
    expect(formatValue({ kind: 'rate', decimals: 1 }, 509)).toBe('509.0');
    expect(formatValue({ kind: 'rate', decimals: null }, 303.8)).toBe('303.8');
    expect(formatDifference({ kind: 'rate', decimals: null }, 313.9 - 303.8)).toBe('+10.1');
    expect(formatDifference({ kind: 'percent', decimals: null }, -1)).toBe('\u22121.0 point');
    expect(formatDifference({ kind: 'cost', decimals: 0 }, 1170)).toBe('+£1,170');
    expect(periodLabel('2016-17 (OT)')).toBe('2016-17');
  });

  it('knows DfE\u2019s unit labels and refuses others', () => {
    expect(valueKind('Rate per 10,000')).toBe('rate');
    expect(valueKind('% of leavers')).toBe('percent');
    expect(valueKind('Turnover rate')).toBe('percent');
    expect(valueKind('Unit Cost')).toBe('cost');
    expect(() => valueKind('Score')).toThrow('"Score" in data/lait_measures.csv');
  });
});

describe('quartiles', () => {
  it('interpolates between ranks as Excel QUARTILE.INC does', () => {
    // Excel: QUARTILE.INC({1,2,3,4},1) = 1.75; ({1,2,3,4,5},2) = 3; ({10,20,30,40,50,60},3) = 47.5
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10, 20, 30, 40, 50, 60], 0.75)).toBe(47.5);
    expect(quantile([7], 0.25)).toBe(7);
    expect(() => quantile([], 0.5)).toThrow();
  });

  it('takes only authorities with a value, and counts them', () => {
    const row = (code: number, type: LaitValueRow['area_type'], value: number | null): LaitValueRow => ({
      measure: 'X',
      area_code: code,
      area: `A${code}`,
      area_type: type,
      period: '2025',
      year: 2025,
      mark: null,
      value,
      source_id: 'S',
    });
    const q = englandQuartiles(
      [
        row(970, 'country', 1000),
        row(989, 'region', 1000),
        row(1, 'authority', 4),
        row(2, 'authority', 1),
        row(3, 'authority', null),
        row(4, 'authority', 3),
        row(5, 'authority', 2),
      ],
      'X',
      2025,
    );
    expect(q).toEqual({
      year: 2025,
      period: '2025',
      count: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
    expect(quarterOf(1.75, q!)).toBe(1);
    expect(quarterOf(3.3, q!)).toBe(4);
    expect(englandQuartiles([], 'X', 2025)).toBeUndefined();
  });
});

describe('unit-cost premium', () => {
  it('gives the percentage and the range that £5 rounding allows', () => {
    // 1165/1095 = 1.0639; (1162.5/1097.5, 1167.5/1092.5) = (1.0592, 1.0686)
    expect(premium(1165, 1095)).toEqual({ percent: 6.4, low: 5.9, high: 6.9 });
    const below = premium(1070, 1145);
    expect(below.percent).toBe(-6.6);
    expect(below.low).toBeLessThan(below.percent);
    expect(below.high).toBeGreaterThan(below.percent);
  });
});

describe('series and change', () => {
  const values: LaitValueRow[] = [2018, 2017, 2025].map((year, i) => ({
    measure: 'M',
    area_code: 970,
    area: 'England',
    area_type: 'country',
    period: String(year),
    year,
    mark: null,
    value: i === 2 ? null : 10 + i,
    source_id: 'S',
  }));

  it('orders by year and finds the latest published year', () => {
    expect(seriesOf(values, 'M', 970).map((p) => p.year)).toEqual([2017, 2018, 2025]);
    expect(latestPoint(values, 'M').year).toBe(2018);
  });

  it('gives no change when a year is not published', () => {
    expect(
      changeBetween(
        [
          { year: 2017, value: 303.8 },
          { year: 2025, value: 313.9 },
        ],
        2017,
        2025,
      ),
    ).toEqual({
      from: 303.8,
      to: 313.9,
      difference: 10.1,
    });
    expect(
      changeBetween(
        [
          { year: 2017, value: 1 },
          { year: 2025, value: null },
        ],
        2017,
        2025,
      ),
    ).toBeUndefined();
  });
});

describe('summariseMeasure on a small fixture', () => {
  const measure: Measure = {
    theme: 'care',
    publishedDecimals: 1,
    measure: 'M',
    slug: 'm',
    title: 'M',
    chart_title: 'M',
    unit: '% of leavers',
    polarity: 'higher_better',
    decimals: null,
    year_type: 'Financial Year',
    plan_period: '2017',
    publication_url: 'https://example.org',
    description: '',
    methodology: '',
    source_id: 'S',
    name: 'M',
    planFigure: undefined,
    planParagraph: undefined,
    planQuote: undefined,
    periodWords: 'in the year to 31 March',
    dfeNotes: [],
    kind: 'percent',
    planYear: 2017,
  };
  const authorities: LaitAuthorityRow[] = [
    { la_number: 1, la_name: 'Kent', region: 'South East', la_type: 'SC', source_id: 'S' },
    { la_number: 2, la_name: 'Slough', region: 'South East', la_type: 'UA', source_id: 'S' },
    { la_number: 3, la_name: 'Reading', region: 'South East', la_type: 'UA', source_id: 'S' },
    { la_number: 4, la_name: 'Leeds', region: 'Yorkshire and The Humber', la_type: 'MD', source_id: 'S' },
  ];
  const v = (
    code: number,
    area: string,
    type: LaitValueRow['area_type'],
    year: number,
    value: number | null,
  ): LaitValueRow => ({
    measure: 'M',
    area_code: code,
    area,
    area_type: type,
    period: String(year),
    year,
    mark: null,
    value,
    source_id: 'S',
  });
  const values = [
    v(970, 'England', 'country', 2017, 50),
    v(970, 'England', 'country', 2025, 54),
    v(989, 'South East', 'region', 2017, 50),
    v(989, 'South East', 'region', 2025, 52),
    v(1, 'Kent', 'authority', 2017, 40),
    v(1, 'Kent', 'authority', 2025, 45),
    v(2, 'Slough', 'authority', 2017, 60),
    v(2, 'Slough', 'authority', 2025, 55),
    v(3, 'Reading', 'authority', 2017, null),
    v(3, 'Reading', 'authority', 2025, 70),
    v(4, 'Leeds', 'authority', 2025, 30),
  ];
  const s = summariseMeasure(measure, values, authorities);

  it('counts the South East councils only, sorted by latest value', () => {
    expect(s.councils.map((c) => c.area)).toEqual(['Reading', 'Slough', 'Kent']);
    expect(s.counts).toEqual({ up: 1, down: 1, same: 0, notComparable: ['Reading'] });
    expect(s.highest).toEqual({ area: 'Reading', value: 70 });
    expect(s.lowest).toEqual({ area: 'Kent', value: 45 });
    expect(s.quartiles.latest?.count).toBe(4);
  });

  it('words the summary by DfE polarity, without saying why it moved', () => {
    const text = summaryText(measure, s).join(' ');
    expect(text).toContain(
      'In the South East the figure was 50.0% in 2017, the plan’s year, and 52.0% in 2025: 2.0 points higher, which DfE counts as better.',
    );
    expect(text).toContain(
      '1 had a better figure (as DfE counts better) in 2025 than in 2017, 1 a worse one and none the same.',
    );
    expect(text).toContain(
      '1 cannot be compared, as a figure for one of the two years is not published: Reading.',
    );
    expect(text).not.toMatch(
      /because|thanks to|led to|result of|due to|the plan (improved|raised|cut|reduced)/i,
    );
  });
});

describe('comparePlanEra', () => {
  it('says where LAIT revised the plan-era figure for the plan\u2019s year', () => {
    const none = { area: '', code: 0, to: null, change: undefined };
    const result = comparePlanEra(
      [
        { area: 'South East', year: '2017', value: 300.6, source_id: 'DFE_CIN_2020' },
        { area: 'England', year: '2017', value: 330.1, source_id: 'DFE_CIN_2020' },
        { area: 'England', year: '2016', value: 1, source_id: 'DFE_CIN_2020' },
      ],
      { southEast: { ...none, from: 303.8 }, england: { ...none, from: 330.1 } },
      '2017',
    );
    expect(result).toEqual([
      { area: 'South East', planEra: 300.6, planEraSource: 'DFE_CIN_2020', lait: 303.8, differs: true },
      { area: 'England', planEra: 330.1, planEraSource: 'DFE_CIN_2020', lait: 330.1, differs: false },
    ]);
  });
});

describe('comparePlanQuote', () => {
  it('rounds LAIT\u2019s figure as the plan writes its own before comparing', () => {
    expect(comparePlanQuote('15', 16)).toEqual({ plan: 15, lait: 16, laitRounded: 16, matches: false });
    expect(comparePlanQuote('15', 15.4)).toEqual({ plan: 15, lait: 15.4, laitRounded: 15, matches: true });
    expect(comparePlanQuote('51.2', 51.24)).toEqual({
      plan: 51.2,
      lait: 51.24,
      laitRounded: 51.2,
      matches: true,
    });
    expect(comparePlanQuote('51.2', 51.26).matches).toBe(false);
    expect(comparePlanQuote('15', null)).toEqual({ plan: 15, lait: null, laitRounded: null, matches: false });
  });
});

describe('periodLabel', () => {
  it('tells readers a year DfE marks provisional, and says nothing of revised or final', () => {
    expect(periodLabel('2025', 'provisional')).toBe('2025 (provisional)');
    expect(periodLabel('2024-25 (OT)', 'provisional')).toBe('2024-25 (provisional)');
    expect(periodLabel('2020', 'final')).toBe('2020');
    expect(periodLabel('2019', 'revised')).toBe('2019');
    expect(periodLabel('2016-17 (OT)')).toBe('2016-17');
  });
});

describe('publishedDecimals', () => {
  it('takes the most decimals among published values, ignoring gaps', () => {
    expect(publishedDecimals([51, 55, null])).toBe(0);
    expect(publishedDecimals([303.8, 330, 12.25])).toBe(2);
    expect(publishedDecimals([])).toBe(0);
  });
});

describe('formatMean', () => {
  it('carries one decimal more than whole-number values, and DfE’s dps where set', () => {
    expect(formatMean({ kind: 'rate', decimals: null, publishedDecimals: 0 }, 57.3)).toBe('57.3');
    expect(formatValue({ kind: 'rate', decimals: null, publishedDecimals: 0 }, 57)).toBe('57');
    expect(formatMean({ kind: 'cost', decimals: 0, publishedDecimals: 0 }, 1967)).toBe('£1,967');
  });
});
