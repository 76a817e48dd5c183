import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DataError, parseCsv } from './csv';
import { numberCell, oneOfCell, textCell } from '../../schemas/cells';

const schema = z.object({
  area: oneOfCell(['England', 'South East'] as const, 'src/schemas/areas.ts'),
  value: numberCell,
  note: textCell,
});
const spec = { file: 'data/test.csv', columns: ['area', 'value', 'note'], schema };

function errorOf(text: string): DataError {
  try {
    parseCsv(text, spec);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('parseCsv', () => {
  it('reads rows and turns number cells into numbers', () => {
    const rows = parseCsv('area,value,note\nEngland,62,a\nSouth East,51.5,b\n', spec);
    expect(rows).toEqual([
      { line: 2, row: { area: 'England', value: 62, note: 'a' } },
      { line: 3, row: { area: 'South East', value: 51.5, note: 'b' } },
    ]);
  });

  it('strips a byte order mark from the header', () => {
    const rows = parseCsv('\uFEFFarea,value,note\nEngland,62,a\n', spec);
    expect(rows[0]!.row.area).toBe('England');
  });

  it('accepts CRLF line endings', () => {
    const rows = parseCsv('area,value,note\r\nEngland,62,a\r\nSouth East,51,b\r\n', spec);
    expect(rows.map((r) => r.row.note)).toEqual(['a', 'b']);
  });

  it('accepts a CRLF file with one line saved with LF, keeping line numbers', () => {
    const rows = parseCsv('area,value,note\r\nEngland,62,a\nSouth East,51,b\r\n', spec);
    expect(rows.map((r) => [r.line, r.row.note])).toEqual([
      [2, 'a'],
      [3, 'b'],
    ]);
  });

  it('counts a quoted line break inside a cell when numbering the lines after it', () => {
    const rows = parseCsv('area,value,note\nEngland,62,"first\n\nthird"\nSouth East,51,b\n', spec);
    expect(rows.map((r) => [r.line, r.row.note])).toEqual([
      [2, 'first\n\nthird'],
      [5, 'b'],
    ]);
  });

  it('keeps commas inside quoted cells', () => {
    const rows = parseCsv('area,value,note\nEngland,62,"table in plan para 2.5, as at 7 March 2019"\n', spec);
    expect(rows[0]!.row.note).toBe('table in plan para 2.5, as at 7 March 2019');
  });

  it('names a missing column', () => {
    const error = errorOf('area,note\nEngland,a\n');
    expect(error.message).toBe(
      'data/test.csv line 1: the header has missing column "value". The header must be exactly: area,value,note.',
    );
  });

  it('names an extra column', () => {
    const error = errorOf('area,value,note,colour\nEngland,62,a,red\n');
    expect(error.message).toContain('unexpected column "colour"');
    expect(error.line).toBe(1);
  });

  it('rejects a non-number with file, line, column and what to do', () => {
    const error = errorOf('area,value,note\nEngland,62,a\nSouth East,5l,b\n');
    expect(error.message).toMatch(
      /^data\/test\.csv line 3, column "value": expected a number, found "5l"\. Write digits only/,
    );
    expect(error.column).toBe('value');
  });

  it('never reads a blank number cell as 0', () => {
    const error = errorOf('area,value,note\nEngland,,a\n');
    expect(error.message).toMatch(
      /^data\/test\.csv line 2, column "value": is blank\. A blank cell is never read as 0/,
    );
  });

  it('rejects an empty file', () => {
    expect(errorOf('').message).toBe(
      'data/test.csv is empty. It needs a header line (area,value,note) and at least one row of data.',
    );
    expect(errorOf('\uFEFF\r\n').message).toContain('is empty');
  });

  it('rejects an unknown area and lists the allowed ones', () => {
    const error = errorOf('area,value,note\nSouth-East,51,a\n');
    expect(error.message).toBe(
      'data/test.csv line 2, column "area": "South-East" is not an allowed value. Use one of "England", "South East" (the full list is in src/schemas/areas.ts).',
    );
  });

  it('points to an unquoted comma that makes a line too long', () => {
    const error = errorOf('area,value,note\nEngland,62,para 2.5, as at 7 March\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain('must be in double quotes');
  });
});
