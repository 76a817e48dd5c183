import Papa from 'papaparse';
import type { CsvTable } from './tables';

/**
 * Writes a table as CSV text (RFC 4180: CRLF line ends, quotes where needed), header first.
 * @example toCsv({ columns: ['area', 'value'], rows: [['South East', 51]] }) // "area,value\r\nSouth East,51\r\n"
 */
export function toCsv(table: CsvTable): string {
  return `${Papa.unparse({ fields: table.columns, data: table.rows.map((r) => r.map((c) => String(c))) }, { newline: '\r\n' })}\r\n`;
}

/**
 * Writes loaded rows back out as CSV, columns in the order given.
 * @param columns the dataset's columns, e.g. from its meta.
 */
export function rowsToCsv(columns: readonly string[], rows: readonly object[]): string {
  return toCsv({
    columns: [...columns],
    rows: rows.map((row) =>
      columns.map((c) => {
        const value = (row as Record<string, unknown>)[c];
        return value === undefined || value === null ? '' : (value as string | number);
      }),
    ),
  });
}
