import Papa from 'papaparse';
import type { CsvTable } from './tables';

/** CSV text (RFC 4180: CRLF line ends, quotes where needed), header first. */
function unparse(names: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${Papa.unparse({ fields: [...names], data: rows.map((r) => r.map((c) => String(c))) }, { newline: '\r\n' })}\r\n`;
}

/**
 * Writes a table as CSV text, its columns' names as the header.
 * @example toCsv({ columns: [{ name: 'area', type: 'string', description: '' }], rows: [['South East']] }) // "area\r\nSouth East\r\n"
 */
export function toCsv(table: CsvTable): string {
  return unparse(
    table.columns.map((c) => c.name),
    table.rows,
  );
}

/**
 * Writes loaded rows back out as CSV, columns in the order given.
 * @param columns the dataset's columns, e.g. from its meta.
 */
export function rowsToCsv(columns: readonly string[], rows: readonly object[]): string {
  return unparse(
    columns,
    rows.map((row) =>
      columns.map((c) => {
        const value = (row as Record<string, unknown>)[c];
        return value === undefined || value === null ? '' : (value as string | number);
      }),
    ),
  );
}
