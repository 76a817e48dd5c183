/**
 * Turns DfE's LAIT files as published (seeds/lait/, or a folder downloaded from DfE) into the tidy
 * CSVs the site reads. Pure functions over rows already read, plus `importLait`, which reads a
 * folder and the committed data/ and returns the files' text; the CLI (scripts/import-lait.ts)
 * writes them. What the files are and where DfE publishes them: CONTRIBUTING.md, "When DfE
 * publishes new figures", and data/SOURCES.md (DFE_LAIT_2026).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import type { SinceThePlan } from '../../src/schemas/since-the-plan';
import { checkFolder, LaitImportError, whereToDownload } from './lait-files';
import {
  knownSources,
  readRelease,
  sourceIdOf,
  sourceRow,
  withSourceRow,
  type LaitRelease,
} from './lait-release';
import {
  neighbourFiles,
  readCodeList,
  readNeighbourModel,
  type CodeListRow,
  type NeighbourModel,
} from './lait-workbooks';

/** LA numbers of England and the regions in LAIT (980 to 990; 986 to 988 are London and its halves). */
export const ENGLAND_NUMBER = 970;
const REGION_NUMBERS = { min: 980, max: 990 };

/** One row of LAIT's long file, as hyparquet reads it. */
export interface LaitRow {
  'Short Desc': string;
  Years: string;
  'LA and Regions': string;
  Values: string | null;
  'LA Number': number;
}

/** DfE's marks on a year: "(prov)" provisional, "(Rev)" revised, "(Final)" final (not a revision). */
export const LAIT_MARKS = { prov: 'provisional', rev: 'revised', final: 'final' } as const;
export type LaitMark = (typeof LAIT_MARKS)[keyof typeof LAIT_MARKS] | '';

/** A period label read: the label without its mark, the year it ends in, and DfE's mark. */
export interface Period {
  label: string;
  year: number;
  mark: LaitMark;
}

/**
 * Reads a LAIT period label. Known forms: "2017" (at 31 March, or a calendar, school or financial
 * year named by its end), "2016-17" and "2016/17" (a year spanning two), either with " (OT)" for
 * financial-year outturn; any of them may end in a mark, " (prov)", " (Rev)" or " (Final)", which
 * is kept apart from the label. Any other form stops the import, quoting it.
 * @example parsePeriod('2016-17 (OT)') // { label: '2016-17 (OT)', year: 2017, mark: '' }
 * @example parsePeriod('2025 (prov)') // { label: '2025', year: 2025, mark: 'provisional' }
 */
export function parsePeriod(raw: string, measure = ''): Period {
  const marked = / \((prov|Rev|Final)\)$/i.exec(raw);
  const mark: LaitMark = marked
    ? LAIT_MARKS[(marked[1] as string).toLowerCase() as keyof typeof LAIT_MARKS]
    : '';
  const label = marked ? raw.slice(0, marked.index) : raw;
  const single = /^(\d{4})$/.exec(label);
  if (single) return { label, year: Number(single[1]), mark };
  const span = /^(\d{4})[-/](\d{2})(?: \(OT\))?$/.exec(label);
  if (span) {
    const start = Number(span[1]);
    const end = Math.floor(start / 100) * 100 + Number(span[2]) + (Number(span[2]) < start % 100 ? 100 : 0);
    if (end === start + 1) return { label, year: end, mark };
  }
  throw new LaitImportError(
    'bds_long_0.parquet',
    `the period "${raw}"${measure ? ` (measure ${measure})` : ''} is in a form the import does not know. ` +
      'Known forms: "2017", "2016-17", "2016/17", each optionally followed by " (OT)", then optionally by " (prov)", " (Rev)" or " (Final)". ' +
      'If DfE has started writing years another way, add the form to parsePeriod in scripts/lib/lait-import.ts, with what its year means.',
  );
}

/**
 * A LAIT value as the site publishes it: "-" and blanks become "" (not published, never 0);
 * binary-float noise is trimmed by rounding to 10 significant figures, which keeps every decimal
 * DfE publishes. Text that is not a number stops the import.
 * @example cleanValue('37.700000000000003') // "37.7"
 * @example cleanValue('7.0000000000000007E-2') // "0.07"
 */
export function cleanValue(raw: string | null, where = ''): string {
  const text = (raw ?? '').trim();
  if (text === '' || text === '-') return '';
  if (!/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(text)) {
    throw new LaitImportError(
      'bds_long_0.parquet',
      `the value "${raw}"${where ? ` (${where})` : ''} is not a number or "-". ${whereToDownload('bds_long_0.parquet')}`,
    );
  }
  const trimmed = Number(Number(text).toPrecision(10));
  // Number#toString writes small and large numbers in exponent form; these never reach that.
  if (Math.abs(trimmed) !== 0 && (Math.abs(trimmed) < 1e-6 || Math.abs(trimmed) >= 1e21)) {
    throw new LaitImportError(
      'bds_long_0.parquet',
      `the value "${raw}"${where ? ` (${where})` : ''} is out of the range the import writes.`,
    );
  }
  return String(trimmed);
}

/**
 * DfE's polarity word from the dictionary, as the site names it: "High", "Low", or "-", "NA" or
 * empty for neither. Any other word stops the import rather than guessing.
 */
export function polarityOf(
  raw: string | undefined,
  measure = '',
): 'higher_better' | 'lower_better' | 'neither' {
  const word = (raw ?? '').trim();
  if (word === 'High') return 'higher_better';
  if (word === 'Low') return 'lower_better';
  if (word === '' || word === '-' || word === 'NA') return 'neither';
  throw new LaitImportError(
    'lait_data_dictionary.csv',
    `the Polarity of ${measure || 'a measure'} is "${word}"; the import knows "High", "Low" and "-" (or empty). If DfE has a new word, add it to polarityOf in scripts/lib/lait-import.ts.`,
  );
}

/** An area's type, from its LAIT number. */
export function areaTypeOf(laNumber: number): 'country' | 'region' | 'authority' {
  if (laNumber === ENGLAND_NUMBER) return 'country';
  if (laNumber >= REGION_NUMBERS.min && laNumber <= REGION_NUMBERS.max) return 'region';
  return 'authority';
}

type Dict = Record<string, string>;

/** Writes rows as CSV with LF line ends and a final newline, quoting only where needed. */
export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(String)) }, { newline: '\n' })}\n`;
}

/** The dictionary's columns the import reads. */
export const DICTIONARY_COLUMNS = [
  'Measure_short',
  'Measure',
  'Chart_title',
  'Polarity',
  'y_axis_name',
  'dps',
  'Year_Type',
  'Description',
  'Methodology',
  'Hyperlink(s)',
] as const;

/** Reads lait_data_dictionary.csv, stopping when a column the import reads is missing. */
export function readDictionary(path: string): Dict[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Dict>(text, { header: true, skipEmptyLines: true });
  const missing = DICTIONARY_COLUMNS.filter((c) => !(parsed.meta.fields ?? []).includes(c));
  if (missing.length > 0) {
    throw new LaitImportError(
      'lait_data_dictionary.csv',
      `it has no column ${missing.map((c) => `"${c}"`).join(', ')} (the import reads ${DICTIONARY_COLUMNS.join(', ')}). ${whereToDownload('lait_data_dictionary.csv')}`,
    );
  }
  return parsed.data;
}

/** The dictionary row of each selected measure; a code missing or listed twice stops the import. */
export function dictionaryRows(dictionary: Dict[], selection: SinceThePlan): Map<string, Dict> {
  const out = new Map<string, Dict>();
  for (const { code } of selection.measures) {
    const rows = dictionary.filter((d) => d.Measure_short === code);
    if (rows.length !== 1) {
      throw new LaitImportError(
        'content/since-the-plan.yaml',
        `measure "${code}" has ${rows.length} rows in lait_data_dictionary.csv (column Measure_short); it needs exactly one. Check the code's spelling.`,
      );
    }
    out.set(code, rows[0] as Dict);
  }
  return out;
}

/** Blank for the dictionary's "NA"/empty, otherwise its text trimmed. */
function dictCell(value: string | undefined): string {
  const text = (value ?? '').trim();
  return text === 'NA' ? '' : text;
}

/**
 * A long text cell of the dictionary (Description, Methodology), verbatim but for its line ends:
 * DfE writes "\r\r\n" between lines, which become "\n". Blank for "-", "NA" or empty.
 */
export function dictText(value: string | undefined): string {
  const text = (value ?? '').replace(/\r*\n/g, '\n').replace(/\r/g, '\n').trim();
  return text === '-' || text === 'NA' ? '' : text;
}

/** The first web address in the dictionary's "Hyperlink(s)" cell. */
export function firstUrl(cell: string | undefined): string {
  return /https?:\/\/[^\s,;"]+/.exec(cell ?? '')?.[0] ?? '';
}

/** data/lait_measures.csv: one row per followed measure, from the dictionary. */
export function measureRows(
  dictionary: Map<string, Dict>,
  selection: SinceThePlan,
  sourceId: string,
): string[][] {
  return selection.measures.map((m) => {
    const d = dictionary.get(m.code) as Dict;
    return [
      m.code,
      m.slug,
      dictCell(d.Measure),
      dictCell(d.Chart_title),
      dictCell(d.y_axis_name),
      polarityOf(d.Polarity, m.code),
      dictCell(d.dps),
      dictCell(d.Year_Type),
      m.planPeriod,
      firstUrl(d['Hyperlink(s)']),
      dictText(d.Description),
      dictText(d.Methodology),
      sourceId,
    ];
  });
}

/** One row of data/lait_values.csv, by column. */
export interface ValueRow {
  measure: string;
  area_code: string;
  area: string;
  area_type: string;
  period: string;
  year: string;
  mark: string;
  value: string;
  source_id: string;
}

/** The key of a value: measure, area and year (not the label, which DfE changes). */
export const valueKey = (r: Pick<ValueRow, 'measure' | 'area_code' | 'year'>): string =>
  `${r.measure}|${r.area_code}|${r.year}`;

/**
 * The values of the followed measures in LAIT's long file, one per area, measure and year. Stops
 * when an area has two rows for one year.
 */
export function laitValues(rows: readonly LaitRow[], selection: SinceThePlan, sourceId: string): ValueRow[] {
  const followed = new Set(selection.measures.map((m) => m.code));
  const out: ValueRow[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const measure = r['Short Desc'];
    if (!followed.has(measure)) continue;
    const period = parsePeriod(r.Years, measure);
    const row: ValueRow = {
      measure,
      area_code: String(r['LA Number']),
      area: r['LA and Regions'],
      area_type: areaTypeOf(r['LA Number']),
      period: period.label,
      year: String(period.year),
      mark: period.mark,
      value: cleanValue(r.Values, `${measure}, ${r['LA and Regions']}, ${r.Years}`),
      source_id: sourceId,
    };
    const key = valueKey(row);
    if (seen.has(key)) {
      throw new LaitImportError(
        'bds_long_0.parquet',
        `it has two rows for ${measure}, ${row.area}, year ending ${row.year}: the import keeps one row per year.`,
      );
    }
    seen.add(key);
    out.push(row);
  }
  return out;
}

/**
 * data/lait_values.csv's rows: the release's values, plus every committed value of a followed
 * measure that the release no longer holds (a year or area DfE dropped), kept as it was with the
 * source id it came from. Ordered by measure (as listed), area number and year. Checks that each
 * measure has values and its plan period among them.
 */
export function mergeValues(
  fresh: readonly ValueRow[],
  committed: readonly ValueRow[],
  selection: SinceThePlan,
): { rows: ValueRow[]; kept: ValueRow[] } {
  const order = new Map(selection.measures.map((m, i) => [m.code, i]));
  const freshKeys = new Set(fresh.map(valueKey));
  const kept = committed.filter((r) => order.has(r.measure) && !freshKeys.has(valueKey(r)));
  const rows = [...fresh, ...kept].sort(
    (a, b) =>
      (order.get(a.measure) as number) - (order.get(b.measure) as number) ||
      Number(a.area_code) - Number(b.area_code) ||
      Number(a.year) - Number(b.year),
  );
  for (const m of selection.measures) {
    const periods = new Set(rows.filter((r) => r.measure === m.code).map((r) => r.period));
    if (periods.size === 0) {
      throw new LaitImportError('content/since-the-plan.yaml', `LAIT has no rows for measure "${m.code}".`);
    }
    if (!periods.has(m.planPeriod)) {
      throw new LaitImportError(
        'content/since-the-plan.yaml',
        `planPeriod "${m.planPeriod}" of ${m.code} is not one of its LAIT periods (${[...periods].join(', ')}).`,
      );
    }
  }
  return { rows, kept };
}

/** data/lait_authorities.csv: the authorities of la_code_list.xlsx (rows with a type), in its order. */
export function authorityRows(codeList: readonly CodeListRow[], sourceId: string): string[][] {
  return codeList
    .filter((r) => r.type !== '' && r.type !== 'NA')
    .map((r) => [r.number, r.name, r.region, r.type, sourceId]);
}

/**
 * data/statistical_neighbours.csv: every model, oldest first, each in the order of its workbook
 * (authority, rank), the neighbour named as la_code_list.xlsx names it. Rows whose neighbour is
 * "-" are left out: the authority did not exist when the model was made (Cumberland and
 * Westmorland and Furness in the 2021 model).
 */
export function neighbourRows(
  models: readonly NeighbourModel[],
  codeList: readonly CodeListRow[],
  sourceId: string,
): string[][] {
  const names = new Map(codeList.map((r) => [r.number, r.name]));
  return models.flatMap(({ model, file, rows }) =>
    rows
      .filter((r) => r.neighbourNumber !== '-')
      .map((r) => {
        const name = names.get(r.neighbourNumber);
        if (name === undefined) {
          throw new LaitImportError(
            file,
            `${r.laName}'s neighbour ${r.rank} is numbered "${r.neighbourNumber}", which la_code_list.xlsx does not list. Download both files from the same DfE update.`,
          );
        }
        return [model, r.laNumber, r.laName, String(r.rank), r.neighbourNumber, name, r.closeness, sourceId];
      }),
  );
}

/** Column order of each file written, as the row schemas in src/schemas/lait.ts read them. */
export const LAIT_COLUMNS = {
  lait_measures: [
    'measure',
    'slug',
    'title',
    'chart_title',
    'unit',
    'polarity',
    'decimals',
    'year_type',
    'plan_period',
    'publication_url',
    'description',
    'methodology',
    'source_id',
  ],
  lait_values: ['measure', 'area_code', 'area', 'area_type', 'period', 'year', 'mark', 'value', 'source_id'],
  lait_authorities: ['la_number', 'la_name', 'region', 'la_type', 'source_id'],
  statistical_neighbours: [
    'model',
    'la_number',
    'la_name',
    'rank',
    'neighbour_number',
    'neighbour_name',
    'closeness',
    'source_id',
  ],
} as const;

/** A file the import writes in data/: its name (without .csv) and its text. */
export type ImportedFiles = Record<keyof typeof LAIT_COLUMNS | 'sources', string>;

/** What an import produced: the files' text, the release read, and the values kept from before. */
export interface ImportResult {
  files: ImportedFiles;
  release: LaitRelease;
  sourceId: string;
  kept: ValueRow[];
  /** The neighbour models read, oldest first, e.g. ["2021", "2025"]. */
  models: string[];
  /** Their workbooks' file names, e.g. ["sn_april_2021.xlsx", "sn_may_2025.xlsx"]. */
  neighbourFiles: string[];
}

/** Reads a CSV the import wrote earlier (blank when the file is not there yet). */
function readCommitted(dataDir: string, id: string): string {
  try {
    return readFileSync(join(dataDir, `${id}.csv`), 'utf8');
  } catch {
    return '';
  }
}

/** Parses a CSV the import wrote into rows by column. */
export function parseRows<T extends Record<string, string>>(text: string): T[] {
  return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
}

/**
 * Reads a LAIT release folder and the committed data/ and returns the text of every file the
 * import writes. Reads everything and checks it before returning, so that a wrong folder changes
 * nothing. Deterministic: the same folder, data and selection give the same bytes.
 * @param sourceDir the folder holding DfE's files and release.json, e.g. seeds/lait.
 * @param dataDir the data folder whose committed values are compared and kept, e.g. data.
 */
export async function importLait(
  sourceDir: string,
  selection: SinceThePlan,
  dataDir: string,
): Promise<ImportResult> {
  checkFolder(sourceDir);
  const release = readRelease(sourceDir);
  const sourcesCsv = readCommitted(dataDir, 'sources');
  const sourceId = sourceIdOf(release, knownSources(sourcesCsv));
  const dictionary = dictionaryRows(readDictionary(join(sourceDir, 'lait_data_dictionary.csv')), selection);
  const codeList = await readCodeList(sourceDir);
  const sn = neighbourFiles(sourceDir);
  const models = await Promise.all(sn.map((f) => readNeighbourModel(sourceDir, f.file, f.model)));
  let rows: LaitRow[];
  try {
    const file = await asyncBufferFromFile(join(sourceDir, 'bds_long_0.parquet'));
    rows = (await parquetReadObjects({
      file,
      columns: ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number'],
    })) as LaitRow[];
  } catch (error) {
    throw new LaitImportError(
      'bds_long_0.parquet',
      `it could not be read as LAIT's long file (${(error as Error).message}). ${whereToDownload('bds_long_0.parquet')}`,
    );
  }
  const committed = parseRows<ValueRow & Record<string, string>>(readCommitted(dataDir, 'lait_values')).map(
    (r) => ({ ...r, mark: r.mark ?? '' }),
  );
  const merged = mergeValues(laitValues(rows, selection, sourceId), committed, selection);
  const valueCells = merged.rows.map((r) => LAIT_COLUMNS.lait_values.map((c) => r[c]));
  return {
    release,
    sourceId,
    kept: merged.kept,
    models: models.map((m) => m.model),
    neighbourFiles: sn.map((f) => f.file),
    files: {
      lait_measures: writeCsv(LAIT_COLUMNS.lait_measures, measureRows(dictionary, selection, sourceId)),
      lait_values: writeCsv(LAIT_COLUMNS.lait_values, valueCells),
      lait_authorities: writeCsv(LAIT_COLUMNS.lait_authorities, authorityRows(codeList, sourceId)),
      statistical_neighbours: writeCsv(
        LAIT_COLUMNS.statistical_neighbours,
        neighbourRows(models, codeList, sourceId),
      ),
      sources: withSourceRow(
        sourcesCsv,
        sourceRow(release, sourceId, {
          parquet: 'bds_long_0.parquet',
          dictionary: 'lait_data_dictionary.csv',
          codeList: 'la_code_list.xlsx',
          neighbourFiles: sn.map((f) => f.file),
        }),
      ),
    },
  };
}
