/**
 * Whether a data table can be wider than a phone's text column, judged at build time from the
 * table's shape (its cells' text), so that pages need no JavaScript: a table that may overflow
 * scrolls in a box that takes the focus, carries a name and a hint in words, and keeps its row
 * names in view; one that always fits is a plain table.
 */

/** One column as the judgement needs it: numeric cells never wrap, other cells wrap between words. */
export interface FitColumn {
  label: string;
  numeric: boolean;
}

/** What the judgement found. */
export interface TableFit {
  /** True when the table may be wider than its box at the narrowest width readers use (320 px). */
  canOverflow: boolean;
  /** The number of columns, for the hint ("scroll sideways to see all 6 columns"). */
  columns: number;
  /** The estimated narrowest width the table can take, in CSS pixels. */
  minWidth: number;
}

/**
 * The text column at 320 px: the window less the page's side padding (16 px each side), less a
 * few pixels of safety, since widths are estimated, not measured.
 */
export const NARROW_COLUMN_PX = 320 - 2 * 16 - 8;

/**
 * Generous average widths of one character of table text (16 px system sans-serif): bold for
 * headers and row names, regular for cells. Overestimating only makes a table that would have
 * fitted scroll, never the other way round.
 */
const CHAR_PX = { bold: 10.5, regular: 10 } as const;
/** A cell's padding at the end of the line (--rp-space-3). */
const CELL_PADDING_PX = 16;

/** The longest stretch of a cell that cannot wrap: the whole cell for numbers, else its longest word. */
function unbreakable(text: string, numeric: boolean): number {
  const trimmed = text.trim();
  if (numeric) return trimmed.length;
  return Math.max(0, ...trimmed.split(/[\s\u2010-\u2014/-]+/).map((word) => word.length));
}

/**
 * Judges a table from its columns and rows of already-formatted cells (the first cell of each row
 * is its row header, set in bold like the column headers).
 * @example tableFit([{ label: 'Area', numeric: false }, { label: 'Rate', numeric: true }], [['England', '65.0']]).canOverflow // false
 */
export function tableFit(columns: readonly FitColumn[], rows: readonly (readonly string[])[]): TableFit {
  const minWidth = Math.ceil(columnWidths(columns, rows).reduce((sum, w) => sum + w, 0));
  return { canOverflow: minWidth > NARROW_COLUMN_PX, columns: columns.length, minWidth };
}

/** The estimated narrowest width of each column, in CSS pixels. */
function columnWidths(columns: readonly FitColumn[], rows: readonly (readonly string[])[]): number[] {
  return columns.map((column, i) => {
    const header = unbreakable(column.label, false) * CHAR_PX.bold;
    const cells = rows.map(
      (row) =>
        unbreakable(row[i] ?? '', column.numeric && i > 0) * (i === 0 ? CHAR_PX.bold : CHAR_PX.regular),
    );
    return Math.max(header, ...cells) + CELL_PADDING_PX;
  });
}

/** The widest text column a table sits in on a desktop (the section pages' 840 px). */
export const TEXT_COLUMN_PX = 840;

/** A table as columns and rows of formatted cells; the first column holds the row names. */
export interface ColumnsAndRows<C extends FitColumn = FitColumn> {
  columns: C[];
  rows: string[][];
}

/**
 * Splits a table too wide for the text column into the fewest parts of consecutive columns that
 * each fit, every part keeping the first column (the row names); a table that fits comes back
 * whole. Rows, labels and cells are kept exactly: nothing is dropped, re-rounded or reworded.
 * @example splitToFit(ofstedTable).length // 2: the counts, then the percentages
 */
export function splitToFit<C extends FitColumn>(
  table: ColumnsAndRows<C>,
  maxPx: number = TEXT_COLUMN_PX,
): ColumnsAndRows<C>[] {
  const [first = 0, ...rest] = columnWidths(table.columns, table.rows);
  for (let parts = 1; parts <= rest.length; parts += 1) {
    const size = Math.ceil(rest.length / parts);
    const starts = Array.from({ length: Math.ceil(rest.length / size) }, (_, k) => 1 + k * size);
    const width = (start: number) =>
      first + rest.slice(start - 1, start - 1 + size).reduce((sum, w) => sum + w, 0);
    if (!starts.every((start) => width(start) <= maxPx)) continue;
    if (starts.length === 1) return [table];
    return starts.map((start) => {
      const keep = [0, ...Array.from({ length: size }, (_, k) => start + k)].filter(
        (i) => i < table.columns.length,
      );
      return {
        columns: keep.map((i) => table.columns[i]!),
        rows: table.rows.map((row) => keep.map((i) => row[i] ?? '')),
      };
    });
  }
  return [table];
}
