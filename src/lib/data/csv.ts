import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { EDITOR_PARSE } from '../../schemas/messages';

/**
 * A problem in a data file, worded for the person who edits the file: which file, which line,
 * which column, what was found and what to do about it.
 */
export class DataError extends Error {
  /** File as the editor knows it, e.g. "data/lac_rates.csv". */
  readonly file: string;
  /** Line number in the file (the header is line 1), when the problem is on one line. */
  readonly line: number | undefined;
  /** Column name, when the problem is in one cell. */
  readonly column: string | undefined;

  constructor(message: string, where: { file: string; line?: number; column?: string }) {
    super(message);
    this.name = 'DataError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

/**
 * Where in a file, in the words used at the start of every error message.
 * @example locate('data/lac_rates.csv', 14, 'value') // 'data/lac_rates.csv line 14, column "value"'
 */
export function locate(file: string, line?: number, column?: string): string {
  return `${file}${line === undefined ? '' : ` line ${line}`}${column === undefined ? '' : `, column "${column}"`}`;
}

/** What `parseCsv` needs to know about a file. */
export interface CsvSpec<S extends z.ZodType> {
  /** The file's name as shown in messages, e.g. "data/lac_rates.csv". */
  file: string;
  /** The exact header, in order. */
  columns: readonly string[];
  /** Zod schema for one row (every cell arrives as a string). */
  schema: S;
}

/** A validated row and the line it came from, for later messages about the row. */
export interface CsvRecord<T> {
  line: number;
  row: T;
}

/**
 * Parses CSV text and validates it: BOM removed, CRLF or LF accepted, header checked first
 * (missing and extra columns named), then every row through the schema. Throws a DataError at
 * the first problem.
 */
export function parseCsv<S extends z.ZodType>(text: string, spec: CsvSpec<S>): CsvRecord<z.output<S>>[] {
  const { file, columns, schema } = spec;
  // One line ending throughout: an editor's tool may save one edited line of a CRLF file with LF.
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (body.trim() === '') {
    throw new DataError(
      `${file} is empty. It needs a header line (${columns.join(',')}) and at least one row of data.`,
      { file },
    );
  }

  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });

  const header = (parsed.meta.fields ?? []).map((name) => name.trim());
  const missing = columns.filter((name) => !header.includes(name));
  const extra = header.filter((name) => !columns.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0
        ? `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`
        : '',
      extra.length > 0
        ? `unexpected column${extra.length > 1 ? 's' : ''} ${extra.map((c) => `"${c}"`).join(', ')}`
        : '',
    ].filter(Boolean);
    throw new DataError(
      `${locate(file, 1)}: the header has ${parts.join(' and ')}. The header must be exactly: ${columns.join(',')}.`,
      { file, line: 1 },
    );
  }

  // Line numbers: the header is line 1 and each record starts on the line after the previous one
  // ends. Papa reports the record index, so a quoted line break inside a cell (DfE's descriptions
  // in data/lait_measures.csv have them) moves every later record down by one line.
  const starts: number[] = [];
  let next = 2;
  for (const raw of parsed.data) {
    starts.push(next);
    next += 1;
    for (const value of Object.values(raw)) next += (String(value).match(/\n/g) ?? []).length;
  }
  const lineOf = (index: number): number => starts[index] ?? next;

  const fieldError = parsed.errors.find((e) => e.type === 'FieldMismatch' || e.type === 'Quotes');
  if (fieldError) {
    const line = lineOf(fieldError.row ?? 0);
    const advice =
      fieldError.type === 'Quotes'
        ? 'A double quote is not closed. Put cells that contain commas or quotes in double quotes, and double any quote inside them ("").'
        : `The line has a different number of cells from the header (${columns.length}). A cell that contains a comma must be in double quotes.`;
    throw new DataError(`${locate(file, line)}: ${advice}`, { file, line });
  }

  return parsed.data.map((raw, index) => {
    const line = lineOf(index);
    const cells: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) cells[key.trim()] = value;
    const result = schema.safeParse(cells, EDITOR_PARSE);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      throw new DataError(`${locate(file, line, column)}: ${sentence(issue.message)}`, {
        file,
        line,
        ...(column ? { column } : {}),
      });
    }
    return { line, row: result.data };
  });
}

function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
