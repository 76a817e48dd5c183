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

/** The rows behind a figure as a CSV: a header and cells, exactly what the figure shows. */
export interface CsvTable {
  columns: string[];
  rows: (string | number)[][];
}
