/**
 * Turns the LAIT source files (../shared/sources/lait/) into the tidy CSVs the site reads. Pure
 * functions over rows already read, plus `importLait`, which reads a folder and returns the files'
 * text; the CLI (scripts/import-lait.ts) writes them into data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import type { SinceThePlan } from '../../src/schemas/since-the-plan';

/** The source id every imported row carries (LAIT at commit 2e30e39, 8 April 2026). */
export const LAIT_SOURCE_ID = 'DFE_LAIT_2026';

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

/** A period label read: the label as DfE prints it and the year it ends in. */
export interface Period {
  label: string;
  year: number;
}

/**
 * Reads a LAIT period label. Known forms: "2017" (at 31 March, or a calendar, school or financial
 * year named by its end), "2016-17" and "2016/17" (a year spanning two), either with " (OT)" for
 * financial-year outturn. Any other form stops the import, quoting it.
 * @example parsePeriod('2016-17 (OT)') // { label: '2016-17 (OT)', year: 2017 }
 */
export function parsePeriod(label: string, measure = ''): Period {
  const single = /^(\d{4})$/.exec(label);
  if (single) return { label, year: Number(single[1]) };
  const span = /^(\d{4})[-/](\d{2})(?: \(OT\))?$/.exec(label);
  if (span) {
    const start = Number(span[1]);
    const end = Math.floor(start / 100) * 100 + Number(span[2]) + (Number(span[2]) < start % 100 ? 100 : 0);
    if (end === start + 1) return { label, year: end };
  }
  throw new Error(
    `LAIT period "${label}"${measure ? ` (measure ${measure})` : ''} is in a form the import does not know. ` +
      'Known forms: "2017", "2016-17", "2016/17", each optionally followed by " (OT)". ' +
      'Add the form to parsePeriod in scripts/lib/lait-import.ts, with what its year means.',
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
    throw new Error(`LAIT value "${raw}"${where ? ` (${where})` : ''} is not a number or "-".`);
  }
  const trimmed = Number(Number(text).toPrecision(10));
  // Number#toString writes small and large numbers in exponent form; these never reach that.
  if (Math.abs(trimmed) !== 0 && (Math.abs(trimmed) < 1e-6 || Math.abs(trimmed) >= 1e21)) {
    throw new Error(
      `LAIT value "${raw}"${where ? ` (${where})` : ''} is out of the range the import writes.`,
    );
  }
  return String(trimmed);
}

/** DfE's polarity word from the dictionary, as the site names it. */
export function polarityOf(raw: string | undefined): 'higher_better' | 'lower_better' | 'neither' {
  if (raw === 'High') return 'higher_better';
  if (raw === 'Low') return 'lower_better';
  return 'neither';
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

function readCsv(path: string): Dict[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Dict>(text, { header: true, skipEmptyLines: true }).data;
}

/** The dictionary row of each selected measure; a code missing or listed twice stops the import. */
export function dictionaryRows(dictionary: Dict[], selection: SinceThePlan): Map<string, Dict> {
  const out = new Map<string, Dict>();
  for (const { code } of selection.measures) {
    const rows = dictionary.filter((d) => d.Measure_short === code);
    if (rows.length !== 1) {
      throw new Error(
        `content/since-the-plan.yaml: measure "${code}" has ${rows.length} rows in lait_data_dictionary.csv (column Measure_short); it needs exactly one. Check the code's spelling.`,
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
export function measureRows(dictionary: Map<string, Dict>, selection: SinceThePlan): string[][] {
  return selection.measures.map((m) => {
    const d = dictionary.get(m.code) as Dict;
    return [
      m.code,
      m.slug,
      dictCell(d.Measure),
      dictCell(d.Chart_title),
      dictCell(d.y_axis_name),
      polarityOf(d.Polarity?.trim()),
      dictCell(d.dps),
      dictCell(d.Year_Type),
      m.planPeriod,
      firstUrl(d['Hyperlink(s)']),
      dictText(d.Description),
      dictText(d.Methodology),
      LAIT_SOURCE_ID,
    ];
  });
}

/**
 * data/lait_values.csv: every LAIT row of the followed measures, one per area, measure and period,
 * ordered by measure (as listed), area number and year. Checks that each measure's plan period is
 * among its periods, and that no area has two rows for one year.
 */
export function valueRows(rows: readonly LaitRow[], selection: SinceThePlan): string[][] {
  const order = new Map(selection.measures.map((m, i) => [m.code, i]));
  const picked = rows
    .filter((r) => order.has(r['Short Desc']))
    .map((r) => {
      const measure = r['Short Desc'];
      const period = parsePeriod(r.Years, measure);
      const value = cleanValue(r.Values, `${measure}, ${r['LA and Regions']}, ${r.Years}`);
      return { measure, number: r['LA Number'], area: r['LA and Regions'], period, value };
    })
    .sort(
      (a, b) =>
        (order.get(a.measure) as number) - (order.get(b.measure) as number) ||
        a.number - b.number ||
        a.period.year - b.period.year,
    );
  const seen = new Set<string>();
  for (const r of picked) {
    const key = `${r.measure}|${r.number}|${r.period.year}`;
    if (seen.has(key)) {
      throw new Error(
        `LAIT has two rows for ${r.measure}, ${r.area}, year ending ${r.period.year}: the import keeps one row per year.`,
      );
    }
    seen.add(key);
  }
  for (const m of selection.measures) {
    const periods = new Set(picked.filter((r) => r.measure === m.code).map((r) => r.period.label));
    if (periods.size === 0)
      throw new Error(`content/since-the-plan.yaml: LAIT has no rows for measure "${m.code}".`);
    if (!periods.has(m.planPeriod)) {
      throw new Error(
        `content/since-the-plan.yaml: planPeriod "${m.planPeriod}" of ${m.code} is not one of its LAIT periods (${[...periods].join(', ')}).`,
      );
    }
  }
  return picked.map((r) => [
    r.measure,
    String(r.number),
    r.area,
    areaTypeOf(r.number),
    r.period.label,
    String(r.period.year),
    r.value,
    LAIT_SOURCE_ID,
  ]);
}

/** data/lait_authorities.csv: the authorities of la_code_list.csv (rows with a type), in its order. */
export function authorityRows(codeList: Dict[]): string[][] {
  return codeList
    .filter((r) => (r.Type ?? '').trim() !== '')
    .map((r) => [
      (r['LA Number'] ?? '').trim(),
      (r['LA Name'] ?? '').trim(),
      (r.Region ?? '').trim(),
      (r.Type ?? '').trim(),
      LAIT_SOURCE_ID,
    ]);
}

/**
 * data/statistical_neighbours.csv: both models, each in the order of its file (authority, rank).
 * Rows whose neighbour is "-" are left out: the authority did not exist when the model was made
 * (Cumberland and Westmorland and Furness in the 2021 model).
 */
export function neighbourRows(models: readonly { model: string; rows: Dict[] }[]): string[][] {
  return models.flatMap(({ model, rows }) =>
    rows
      .filter((r) => (r.neighbour_number ?? '').trim() !== '-')
      .map((r) => [
        model,
        r.la_number ?? '',
        r.la_name ?? '',
        r.rank ?? '',
        r.neighbour_number ?? '',
        r.neighbour_name ?? '',
        r.closeness ?? '',
        LAIT_SOURCE_ID,
      ]),
  );
}

/** Column order of each file written, as the data contract (LAIT-CONTRACT.md) fixes it. */
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
  lait_values: ['measure', 'area_code', 'area', 'area_type', 'period', 'year', 'value', 'source_id'],
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

/** A file the import writes: its name in data/ and its text. */
export type ImportedFiles = Record<keyof typeof LAIT_COLUMNS, string>;

/**
 * Reads the LAIT folder and returns the text of every file the import writes. Deterministic: the
 * same sources and selection give the same bytes.
 * @param sourceDir the folder holding bds_long_0.parquet and the CSVs, e.g. ../shared/sources/lait.
 */
export async function importLait(sourceDir: string, selection: SinceThePlan): Promise<ImportedFiles> {
  const dictionary = dictionaryRows(readCsv(join(sourceDir, 'lait_data_dictionary.csv')), selection);
  const file = await asyncBufferFromFile(join(sourceDir, 'bds_long_0.parquet'));
  const rows = (await parquetReadObjects({
    file,
    columns: ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number'],
  })) as LaitRow[];
  return {
    lait_measures: writeCsv(LAIT_COLUMNS.lait_measures, measureRows(dictionary, selection)),
    lait_values: writeCsv(LAIT_COLUMNS.lait_values, valueRows(rows, selection)),
    lait_authorities: writeCsv(
      LAIT_COLUMNS.lait_authorities,
      authorityRows(readCsv(join(sourceDir, 'la_code_list.csv'))),
    ),
    statistical_neighbours: writeCsv(
      LAIT_COLUMNS.statistical_neighbours,
      neighbourRows([
        { model: '2021', rows: readCsv(join(sourceDir, 'statistical_neighbours_2021.csv')) },
        { model: '2025', rows: readCsv(join(sourceDir, 'statistical_neighbours_2025.csv')) },
      ]),
    ),
  };
}
