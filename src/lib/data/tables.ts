/** The shapes of a figure's data table and CSV, shared by charts, models and lib. */

/** One column of a figure's data table. */
export interface TableColumn {
  /** Header text shown to readers. */
  label: string;
  /** Right-align and use tabular figures (numbers). */
  numeric: boolean;
}

/** A figure's data table twin: the same numbers the chart draws, as text. */
export interface TableModel {
  columns: TableColumn[];
  /** Rows of already-formatted cells; the first cell of each row is its row header. */
  rows: string[][];
}

/** A CSV column's type, as a Frictionless table schema names it. */
export type CsvFieldType = 'string' | 'integer' | 'number';

/**
 * A column of a CSV the site writes, declared once: its header, type and meaning. The same
 * declaration writes the header and describes the column in the data package.
 */
export interface CsvField {
  name: string;
  type: CsvFieldType;
  description: string;
}

/** The rows behind a figure as a CSV: its columns and cells, exactly what the figure shows. */
export interface CsvTable {
  columns: readonly CsvField[];
  rows: (string | number)[][];
}

/**
 * Declares CSV columns compactly: `[name, type, description]` triples.
 * @example csvFields([['area', 'string', 'The area']])[0] // { name: 'area', type: 'string', description: 'The area' }
 */
export function csvFields(fields: readonly (readonly [string, CsvFieldType, string])[]): CsvField[] {
  return fields.map(([name, type, description]) => ({ name, type, description }));
}
