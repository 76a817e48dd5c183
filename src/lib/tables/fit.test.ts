import { describe, expect, it } from 'vitest';
import { NARROW_COLUMN_PX, splitToFit, tableFit } from './fit';

const text = (label: string) => ({ label, numeric: false });
const num = (label: string) => ({ label, numeric: true });

describe('tableFit', () => {
  it('lets a two-column table of short cells fit', () => {
    const fit = tableFit(
      [text('Area'), num('Rate')],
      [
        ['South East', '51.0'],
        ['England', '65.0'],
      ],
    );
    expect(fit).toMatchObject({ canOverflow: false, columns: 2 });
    expect(fit.minWidth).toBeLessThanOrEqual(NARROW_COLUMN_PX);
  });

  it('wraps long headers between words, so a long header alone does not overflow', () => {
    const fit = tableFit(
      [text('Area'), num('The plan’s figure: Children looked after in England, year ending 31 March 2019')],
      [['England', '62']],
    );
    expect(fit.canOverflow).toBe(false);
  });

  it('judges a table of many numeric columns as one that can overflow', () => {
    const columns = [text('Year'), ...['Kent', 'South East', 'England', 'Neighbours', 'Triad'].map(num)];
    const fit = tableFit(columns, [
      ['2017', '1,234.5', '1,100.2', '1,050.0', '987.6 (10 of 10)', '1,003.4 (2 of 2)'],
    ]);
    expect(fit).toMatchObject({ canOverflow: true, columns: 6 });
  });

  it('keeps a numeric cell whole but lets a text cell wrap at its spaces and hyphens', () => {
    const numeric = tableFit([text('A'), num('B')], [['x', '12345678901234567890123456789']]);
    const words = tableFit([text('A'), text('B')], [['x', '1234567890 1234567890 123456789']]);
    expect(numeric.minWidth).toBeGreaterThan(words.minWidth);
    expect(numeric.canOverflow).toBe(true);
    expect(words.canOverflow).toBe(false);
  });
});

describe('splitToFit', () => {
  const columns = [
    text('Region'),
    ...['Outstanding', 'Good', 'Requires improvement', 'Inadequate'].map((g) => num(`${g} (number)`)),
    ...['Outstanding', 'Good', 'Requires improvement', 'Inadequate'].map((g) => num(`${g} (%)`)),
  ];
  const rows = [['East of England', '1', '4', '6', '0', '9%', '36%', '55%', '0%']];

  it('returns a table that fits whole', () => {
    const table = { columns: columns.slice(0, 3), rows: rows.map((r) => r.slice(0, 3)) };
    expect(splitToFit(table)).toEqual([table]);
  });

  it('splits the plan’s nine-column Ofsted table into counts and percentages, each with the regions', () => {
    const parts = splitToFit({ columns, rows });
    expect(parts.map((p) => p.columns.map((c) => c.label))).toEqual([
      ['Region', ...columns.slice(1, 5).map((c) => c.label)],
      ['Region', ...columns.slice(5).map((c) => c.label)],
    ]);
    expect(parts.map((p) => p.rows)).toEqual([
      [['East of England', '1', '4', '6', '0']],
      [['East of England', '9%', '36%', '55%', '0%']],
    ]);
  });

  it('keeps every column in some part when the columns do not divide evenly', () => {
    const parts = splitToFit({ columns, rows }, 500);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.flatMap((p) => p.columns.slice(1).map((c) => c.label))).toEqual(
      columns.slice(1).map((c) => c.label),
    );
  });
});
