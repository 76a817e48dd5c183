/**
 * Reads DfE's LAIT workbooks as DfE publishes them (la_code_list.xlsx and the statistical
 * neighbour models sn_<month>_<year>.xlsx) into plain rows, checking their layout first: a
 * workbook whose layout changed stops the import with a message naming the file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { LaitImportError, whereToDownload } from './lait-files';

/** A cell as read-excel-file gives it. */
type Cell = string | number | boolean | Date | null;

/** One row of la_code_list.xlsx, as text ("NA" kept as DfE writes it). */
export interface CodeListRow {
  number: string;
  name: string;
  region: string;
  type: string;
}

/** One authority's neighbour in a model, as the workbook prints it. */
export interface NeighbourCell {
  laNumber: string;
  laName: string;
  rank: number;
  neighbourNumber: string;
  closeness: string;
}

/** A statistical-neighbour model read from its workbook. */
export interface NeighbourModel {
  /** The model's year, from the file name, e.g. "2025" for sn_may_2025.xlsx. */
  model: string;
  file: string;
  rows: NeighbourCell[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A neighbour-model file name, sn_<month>_<year>.xlsx, e.g. sn_may_2025.xlsx. */
export const NEIGHBOUR_FILE = /^sn_([a-z]+)_(\d{4})\.xlsx$/i;

const text = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

async function readSheets(path: string, file: string): Promise<{ sheet: string; data: Cell[][] }[]> {
  try {
    return (await readExcelFile(path)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new LaitImportError(
      file,
      `could not be read as an Excel workbook (${(error as Error).message}). ${whereToDownload(file)}`,
    );
  }
}

const CODE_LIST_HEADER = ['LA Number', 'LA Name', 'Region', 'Type'];

/**
 * la_code_list.xlsx: every area LAIT names, with its region and type. The first sheet's first row
 * must be "LA Number, LA Name, Region, Type".
 */
export async function readCodeList(dir: string): Promise<CodeListRow[]> {
  const file = 'la_code_list.xlsx';
  const [first] = await readSheets(join(dir, file), file);
  const header = (first?.data[0] ?? []).map(text);
  if (CODE_LIST_HEADER.some((name, i) => header[i] !== name)) {
    throw new LaitImportError(
      file,
      `its layout has changed: the first row of its first sheet should read "${CODE_LIST_HEADER.join(', ')}", but reads "${header.join(', ')}". Check that this is DfE's LA code list; if DfE changed its layout, the import (scripts/lib/lait-workbooks.ts) needs changing.`,
    );
  }
  return (first?.data.slice(1) ?? [])
    .filter((row) => text(row[0]) !== '')
    .map((row) => ({ number: text(row[0]), name: text(row[1]), region: text(row[2]), type: text(row[3]) }));
}

/** The ten neighbour columns: "SN1", "SNP", … "SN10", "SNP" from column F. */
const NEIGHBOUR_HEADER = ['LA num', 'LA Name', 'LA number', 'GOInd', 'GOReg'].concat(
  Array.from({ length: 10 }, (_, i) => [`SN${i + 1}`, 'SNP']).flat(),
);
const SHEET = 'LA SN Groups';
const HEADER_ROW = 2;
const OLD_MARK = 'Old SNs:';

/**
 * The neighbour-model workbooks in a folder, oldest first, picked up by file name
 * (sn_<month>_<year>.xlsx). Two models of one year stop the import.
 */
export function neighbourFiles(dir: string): { file: string; model: string; order: number }[] {
  const found = readdirSync(dir)
    .map((file) => ({ file, match: NEIGHBOUR_FILE.exec(file) }))
    .filter((f): f is { file: string; match: RegExpExecArray } => f.match !== null)
    .map(({ file, match }) => {
      const month = MONTHS.indexOf((match[1] as string).toLowerCase());
      if (month < 0) {
        throw new LaitImportError(
          file,
          `its name should be sn_<month>_<year>.xlsx with the month in words (e.g. sn_may_2025.xlsx); "${match[1]}" is not a month.`,
        );
      }
      return { file, model: match[2] as string, order: Number(match[2]) * 12 + month };
    })
    .sort((a, b) => a.order - b.order);
  for (let i = 1; i < found.length; i++) {
    if (found[i]?.model === found[i - 1]?.model) {
      throw new LaitImportError(
        found[i]?.file as string,
        `it is a second neighbour model for ${found[i]?.model} (beside ${found[i - 1]?.file}). Keep one model per year.`,
      );
    }
  }
  if (found.length === 0) {
    throw new LaitImportError(
      'sn_<month>_<year>.xlsx',
      `no statistical-neighbour workbook was found in ${dir}. ${whereToDownload('sn_may_2025.xlsx')}`,
    );
  }
  return found;
}

/**
 * One neighbour-model workbook: sheet "LA SN Groups", two banner rows, the header on row 3 (with
 * "SNP" after each of the ten neighbours), then one row per authority; below a row reading
 * "Old SNs:" come authorities since merged or split, which are kept like the others.
 */
export async function readNeighbourModel(dir: string, file: string, model: string): Promise<NeighbourModel> {
  const sheets = await readSheets(join(dir, file), file);
  const sheet = sheets.find((s) => s.sheet === SHEET);
  const changed = (what: string) =>
    new LaitImportError(
      file,
      `its layout has changed: ${what}. The import reads a sheet "${SHEET}" with two banner rows, the header on row 3 (${NEIGHBOUR_HEADER.slice(0, 7).join(', ')}, … SN10, SNP) and a row "${OLD_MARK}" above the authorities since merged or split. Check that this is DfE's statistical neighbours workbook; if DfE changed its layout, the import (scripts/lib/lait-workbooks.ts) needs changing.`,
    );
  if (!sheet)
    throw changed(`it has no sheet "${SHEET}" (its sheets: ${sheets.map((s) => `"${s.sheet}"`).join(', ')})`);
  const header = (sheet.data[HEADER_ROW] ?? []).map(text);
  if (NEIGHBOUR_HEADER.some((name, i) => header[i] !== name)) {
    throw changed(`row 3 reads "${header.join(', ')}"`);
  }
  const body = sheet.data.slice(HEADER_ROW + 1);
  if (!body.some((row) => row.some((cell) => text(cell) === OLD_MARK))) {
    throw changed(`it has no row reading "${OLD_MARK}"`);
  }
  const rows = body
    .filter((row) => text(row[0]) !== '')
    .flatMap((row) =>
      Array.from({ length: 10 }, (_, i) => ({
        laNumber: text(row[0]),
        laName: text(row[1]),
        rank: i + 1,
        neighbourNumber: text(row[5 + 2 * i]),
        closeness: text(row[6 + 2 * i]),
      })),
    );
  return { model, file, rows };
}
