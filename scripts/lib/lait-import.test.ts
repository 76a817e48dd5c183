import { describe, expect, it } from 'vitest';
import {
  areaTypeOf,
  cleanValue,
  dictText,
  firstUrl,
  laitValues,
  mergeValues,
  neighbourRows,
  parsePeriod,
  polarityOf,
  writeCsv,
  type ValueRow,
} from './lait-import';
import type { SinceThePlan } from '../../src/schemas/since-the-plan';

describe('parsePeriod', () => {
  it('reads the forms the followed measures use, giving the year the period ends', () => {
    expect(parsePeriod('2017')).toEqual({ label: '2017', year: 2017, mark: '' });
    expect(parsePeriod('2016-17 (OT)')).toEqual({ label: '2016-17 (OT)', year: 2017, mark: '' });
    expect(parsePeriod('2016/17')).toEqual({ label: '2016/17', year: 2017, mark: '' });
    expect(parsePeriod('1999-00')).toEqual({ label: '1999-00', year: 2000, mark: '' });
  });

  it('keeps DfE\u2019s mark apart from the label; "(Final)" is final, not revised', () => {
    expect(parsePeriod('2025 (prov)')).toEqual({ label: '2025', year: 2025, mark: 'provisional' });
    expect(parsePeriod('2019 (Rev)')).toEqual({ label: '2019', year: 2019, mark: 'revised' });
    expect(parsePeriod('2020 (Final)')).toEqual({ label: '2020', year: 2020, mark: 'final' });
    expect(parsePeriod('2024-25 (OT) (prov)')).toEqual({
      label: '2024-25 (OT)',
      year: 2025,
      mark: 'provisional',
    });
  });

  it('stops on a form it does not know, naming the file and quoting it', () => {
    for (const label of ['2025 (estimate)', '2014-16', '2016/17-18/19', '0', '2016-18']) {
      expect(() => parsePeriod(label, 'LAC')).toThrow(
        `bds_long_0.parquet: the period "${label}" (measure LAC)`,
      );
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
    expect(() => cleanValue('c', 'LAC, Kent, 2017')).toThrow(
      'bds_long_0.parquet: the value "c" (LAC, Kent, 2017)',
    );
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

  it('stops on a polarity word it does not know rather than guessing "neither"', () => {
    expect(() => polarityOf('Higher', 'LAC')).toThrow(
      'lait_data_dictionary.csv: the Polarity of LAC is "Higher"',
    );
  });

  it('keeps DfE\u2019s description text, writing its "\\r\\r\\n" line ends as "\\n"', () => {
    expect(dictText('One.\r\r\n\r\r\nTwo. ')).toBe('One.\n\nTwo.');
    expect(dictText('-')).toBe('');
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

describe('laitValues and mergeValues', () => {
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
  const cells = (rows: ValueRow[]) => rows.map((r): unknown[] => Object.values(r));

  it('keeps the followed measures, sorted by area number and year, with the mark apart', () => {
    const fresh = laitValues(
      [
        row(989, 'South East', '2018 (prov)', '51'),
        row(886, 'Kent', '2017', '-'),
        row(989, 'South East', '2017', '51.000000000000001'),
      ],
      selection,
      'S1',
    );
    expect(cells(mergeValues(fresh, [], selection).rows)).toEqual([
      ['LAC', '886', 'Kent', 'authority', '2017', '2017', '', '', 'S1'],
      ['LAC', '989', 'South East', 'region', '2017', '2017', '', '51', 'S1'],
      ['LAC', '989', 'South East', 'region', '2018', '2018', 'provisional', '51', 'S1'],
    ]);
  });

  it('keeps a committed year the release no longer holds, with its own source id', () => {
    const fresh = laitValues([row(989, 'South East', '2018', '52')], selection, 'S2');
    const committed = laitValues(
      [row(989, 'South East', '2017', '51'), row(989, 'South East', '2018', '51')],
      selection,
      'S1',
    );
    const merged = mergeValues(fresh, committed, selection);
    expect(cells(merged.rows)).toEqual([
      ['LAC', '989', 'South East', 'region', '2017', '2017', '', '51', 'S1'],
      ['LAC', '989', 'South East', 'region', '2018', '2018', '', '52', 'S2'],
    ]);
    expect(cells(merged.kept)).toEqual([
      ['LAC', '989', 'South East', 'region', '2017', '2017', '', '51', 'S1'],
    ]);
  });

  it('stops when the plan year is not among the measure\u2019s periods', () => {
    const fresh = laitValues([row(989, 'South East', '2018', '51')], selection, 'S1');
    expect(() => mergeValues(fresh, [], selection)).toThrow(
      'planPeriod "2017" of LAC is not one of its LAIT periods (2018)',
    );
  });

  it('stops on two rows for one area and year, whatever their labels', () => {
    expect(() =>
      laitValues(
        [row(989, 'South East', '2017', '51'), row(989, 'South East', '2017 (Rev)', '52')],
        selection,
        'S1',
      ),
    ).toThrow('two rows for LAC, South East');
  });
});

describe('neighbourRows', () => {
  const codeList = [{ number: '909', name: 'Cumbria', region: 'North West', type: 'SC' }];
  const r = (n: string) => ({
    laNumber: '942',
    laName: 'Cumberland',
    rank: 1,
    neighbourNumber: n,
    closeness: '-',
  });

  it('leaves out neighbours printed as "-" (the authority did not exist in that model)', () => {
    expect(
      neighbourRows([{ model: '2021', file: 'sn_april_2021.xlsx', rows: [r('-')] }], codeList, 'S'),
    ).toEqual([]);
    expect(
      neighbourRows([{ model: '2025', file: 'sn_may_2025.xlsx', rows: [r('909')] }], codeList, 'S'),
    ).toEqual([['2025', '942', 'Cumberland', '1', '909', 'Cumbria', '-', 'S']]);
  });

  it('stops on a neighbour the code list does not name, naming the workbook', () => {
    expect(() =>
      neighbourRows([{ model: '2025', file: 'sn_may_2025.xlsx', rows: [r('999')] }], codeList, 'S'),
    ).toThrow('sn_may_2025.xlsx: Cumberland\u2019s neighbour 1 is numbered "999"'.replace('\u2019', "'"));
  });
});
