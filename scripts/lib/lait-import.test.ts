import { describe, expect, it } from 'vitest';
import {
  areaTypeOf,
  cleanValue,
  firstUrl,
  neighbourRows,
  parsePeriod,
  polarityOf,
  valueRows,
  writeCsv,
} from './lait-import';
import type { SinceThePlan } from '../../src/schemas/since-the-plan';

describe('parsePeriod', () => {
  it('reads the forms the followed measures use, giving the year the period ends', () => {
    expect(parsePeriod('2017')).toEqual({ label: '2017', year: 2017 });
    expect(parsePeriod('2016-17 (OT)')).toEqual({ label: '2016-17 (OT)', year: 2017 });
    expect(parsePeriod('2016/17')).toEqual({ label: '2016/17', year: 2017 });
    expect(parsePeriod('1999-00')).toEqual({ label: '1999-00', year: 2000 });
  });

  it('stops on a form it does not know, quoting it', () => {
    for (const label of ['2019 (Rev)', '2025 (prov)', '2014-16', '2016/17-18/19', '0', '2016-18']) {
      expect(() => parsePeriod(label, 'LAC')).toThrow(`LAIT period "${label}" (measure LAC)`);
    }
  });
});

describe('cleanValue', () => {
  it('trims binary-float noise without changing the published decimals', () => {
    expect(cleanValue('37.700000000000003')).toBe('37.7');
    expect(cleanValue('284.89999999999998')).toBe('284.9');
    expect(cleanValue('7.0000000000000007E-2')).toBe('0.07');
    expect(cleanValue('1165')).toBe('1165');
    expect(cleanValue('0.25')).toBe('0.25');
  });

  it('keeps "-" and blanks as not published, never 0', () => {
    expect(cleanValue('-')).toBe('');
    expect(cleanValue(null)).toBe('');
    expect(cleanValue(' ')).toBe('');
  });

  it('stops on text that is not a number', () => {
    expect(() => cleanValue('c', 'LAC, Kent, 2017')).toThrow('LAIT value "c" (LAC, Kent, 2017)');
  });
});

describe('dictionary and areas', () => {
  it('maps DfE polarity words', () => {
    expect(polarityOf('High')).toBe('higher_better');
    expect(polarityOf('Low')).toBe('lower_better');
    expect(polarityOf('-')).toBe('neither');
    expect(polarityOf('NA')).toBe('neither');
    expect(polarityOf(undefined)).toBe('neither');
  });

  it('types areas by LAIT number', () => {
    expect(areaTypeOf(970)).toBe('country');
    expect(areaTypeOf(989)).toBe('region');
    expect(areaTypeOf(886)).toBe('authority');
  });

  it('takes the first address of a Hyperlink(s) cell', () => {
    expect(firstUrl('See https://a.example/x and https://b.example/y')).toBe('https://a.example/x');
    expect(firstUrl('NA')).toBe('');
  });

  it('writes CSV with LF line ends, quoting only where needed', () => {
    expect(writeCsv(['a', 'b'], [['x, y', 1]])).toBe('a,b\n"x, y",1\n');
  });
});

describe('valueRows', () => {
  const selection = {
    measures: [{ code: 'LAC', slug: 'x', planPeriod: '2017' }],
    priorities: {},
  } as SinceThePlan;
  const row = (n: number, area: string, years: string, values: string | null) => ({
    'Short Desc': 'LAC',
    Years: years,
    'LA and Regions': area,
    Values: values,
    'LA Number': n,
  });

  it('keeps the followed measures, sorted by area number and year', () => {
    const rows = valueRows(
      [
        row(989, 'South East', '2018', '51'),
        row(886, 'Kent', '2017', '-'),
        row(989, 'South East', '2017', '51.000000000000001'),
      ],
      selection,
    );
    expect(rows).toEqual([
      ['LAC', '886', 'Kent', 'authority', '2017', '2017', '', 'DFE_LAIT_2026'],
      ['LAC', '989', 'South East', 'region', '2017', '2017', '51', 'DFE_LAIT_2026'],
      ['LAC', '989', 'South East', 'region', '2018', '2018', '51', 'DFE_LAIT_2026'],
    ]);
  });

  it('stops when the plan year is not among the measure\u2019s periods', () => {
    expect(() => valueRows([row(989, 'South East', '2018', '51')], selection)).toThrow(
      'planPeriod "2017" of LAC is not one of its LAIT periods (2018)',
    );
  });

  it('stops on two rows for one area and year', () => {
    expect(() =>
      valueRows([row(989, 'South East', '2017', '51'), row(989, 'South East', '2017', '52')], selection),
    ).toThrow('two rows for LAC, South East');
  });
});

describe('neighbourRows', () => {
  it('leaves out neighbours printed as "-" (the authority did not exist in that model)', () => {
    const r = (n: string) => ({
      la_number: '942',
      la_name: 'Cumberland',
      rank: '1',
      neighbour_number: n,
      neighbour_name: '',
      closeness: '-',
    });
    expect(neighbourRows([{ model: '2021', rows: [r('-')] }])).toEqual([]);
    expect(neighbourRows([{ model: '2025', rows: [r('909')] }])).toHaveLength(1);
  });
});
