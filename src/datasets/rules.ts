import { areaTypeOf, type Area } from '../schemas/areas';
import { startYear } from '../schemas/observation';
import { DataError, locate, type CsvRecord } from '../lib/data/csv';

/**
 * Checks that no two rows share a key.
 * @param keyColumns the columns that identify a row, for the message.
 */
export function checkUniqueKeys<T>(
  records: CsvRecord<T>[],
  file: string,
  keyColumns: readonly string[],
): void {
  const seen = new Map<string, number>();
  for (const { line, row } of records) {
    const cells = keyColumns.map((c) => String((row as Record<string, unknown>)[c]));
    const key = cells.join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DataError(
        `${locate(file, line)}: repeats line ${first} (same ${keyColumns.join(', ')}: ${cells.map((c) => `"${c}"`).join(', ')}). Delete one of the two rows, or correct the one that is wrong.`,
        { file, line },
      );
    }
    seen.set(key, line);
  }
}

/**
 * Checks that every row's source_id is registered in data/sources.csv, and so is each id in
 * other_source_ids where a file has that column (data/editors_notes.csv).
 */
export function checkKnownSources<T extends { source_id: string; other_source_ids?: string[] }>(
  records: CsvRecord<T>[],
  file: string,
  known: ReadonlySet<string>,
): void {
  for (const { line, row } of records) {
    const cited = [
      ['source_id', row.source_id],
      ...(row.other_source_ids ?? []).map((id) => ['other_source_ids', id]),
    ] as const;
    for (const [column, id] of cited) {
      if (!known.has(id)) {
        throw new DataError(
          `${locate(file, line, column)}: "${id}" is not in data/sources.csv. Add the source to data/sources.csv (and data/SOURCES.md), or use one of ${[...known].join(', ')}.`,
          { file, line, column },
        );
      }
    }
  }
}

/** Rule: the area_type column agrees with the area (England is a country, Kent an authority). */
export function areaTypeAgrees<T extends { area: Area; area_type: string }>(
  records: CsvRecord<T>[],
  file: string,
): void {
  for (const { line, row } of records) {
    const expected = areaTypeOf(row.area);
    if (row.area_type !== expected) {
      throw new DataError(
        `${locate(file, line, 'area_type')}: "${row.area}" is a ${expected}, but the row says "${row.area_type}". Write "${expected}".`,
        { file, line, column: 'area_type' },
      );
    }
  }
}

/** Rule factory: a year column stays within the years the site covers. */
export function yearsInRange<T extends { year: string }>(min: number, max: number) {
  return (records: CsvRecord<T>[], file: string): void => {
    for (const { line, row } of records) {
      const year = startYear(row.year);
      if (year < min || year > max) {
        throw new DataError(
          `${locate(file, line, 'year')}: ${row.year} is outside the years this file covers (${min} to ${max}). Check the year, or widen the range in src/datasets/ if the file now covers more years.`,
          { file, line, column: 'year' },
        );
      }
    }
  };
}

/** Rule factory: a numeric column is never negative (counts, rates and costs). */
export function notNegative<T>(column: keyof T & string, applies: (row: T) => boolean = () => true) {
  return (records: CsvRecord<T>[], file: string): void => {
    for (const { line, row } of records) {
      const value = row[column] as unknown as number;
      if (applies(row) && value < 0) {
        throw new DataError(
          `${locate(file, line, column)}: ${value} is negative, and this figure cannot be. Check the sign against the source.`,
          { file, line, column },
        );
      }
    }
  };
}

/** Rule factory: a percentage column stays between 0 and 100. */
export function percentage<T>(column: keyof T & string, applies: (row: T) => boolean = () => true) {
  return (records: CsvRecord<T>[], file: string): void => {
    for (const { line, row } of records) {
      const value = row[column] as unknown as number;
      if (applies(row) && (value < 0 || value > 100)) {
        throw new DataError(
          `${locate(file, line, column)}: ${value} is not a percentage between 0 and 100. Write the percentage without the % sign, e.g. 88.4.`,
          { file, line, column },
        );
      }
    }
  };
}
