import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { DataError, parseCsv, type CsvRecord } from '../lib/data/csv';

/** One column of a dataset, as the "Data and sources" page lists it. */
export interface ColumnMeta {
  name: string;
  /** What the column holds, in plain words. */
  description: string;
  /** Unit of the values, when the column holds numbers. */
  unit?: string;
}

/** What a reader (and the build) needs to know about one data/*.csv file. */
export interface DatasetMeta {
  /** Same as the file's base name, e.g. "lac_rates". */
  id: string;
  title: string;
  description: string;
  columns: readonly ColumnMeta[];
  /** Areas and years covered, in words. */
  coverage: string;
  /** source_ids the file's rows may carry, recommended first. */
  sourceIds: readonly string[];
  /** Columns that together identify a row (no two rows may share them). */
  keyColumns: readonly string[];
}

/** A rule that looks at all of a file's rows and throws a DataError if one breaks it. */
export type Rule<T> = (records: CsvRecord<T>[], file: string) => void;

/** A loaded, typed data file. */
export interface Dataset<T> {
  meta: DatasetMeta;
  /** Row schema (cells arrive as strings). */
  schema: z.ZodType<T, Record<string, string>>;
  /** Rules that go beyond one row: ranges, sums, cross-row checks. */
  rules: readonly Rule<T>[];
  /** Reads and validates the file, keeping each row's line number. */
  loadRecords(dataDir?: string): CsvRecord<T>[];
  /** Reads and validates the file. */
  load(dataDir?: string): T[];
}

/** The data folder: `data/` under the directory the build or test runs from. */
export function defaultDataDir(): string {
  return resolve(process.cwd(), 'data');
}

/**
 * Builds a dataset module from its meta, row schema and rules.
 * The file read is `<dataDir>/<meta.id>.csv`.
 */
export function defineDataset<T>(
  meta: DatasetMeta,
  schema: z.ZodType<T, Record<string, string>>,
  rules: readonly Rule<T>[] = [],
): Dataset<T> {
  const loadRecords = (dataDir: string = defaultDataDir()): CsvRecord<T>[] => {
    const file = `data/${meta.id}.csv`;
    let text: string;
    try {
      text = readFileSync(resolve(dataDir, `${meta.id}.csv`), 'utf8');
    } catch {
      throw new DataError(
        `${file} could not be read. Check that the file exists in the data/ folder and is named exactly ${meta.id}.csv.`,
        { file },
      );
    }
    return parseCsv(text, { file, columns: meta.columns.map((c) => c.name), schema });
  };
  return {
    meta,
    schema,
    rules,
    loadRecords,
    load: (dataDir) => loadRecords(dataDir).map((r) => r.row),
  };
}
