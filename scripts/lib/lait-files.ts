/**
 * The files a LAIT release folder must hold, where DfE publishes them, and the checks made before
 * anything is read: a wrong folder stops the import with a message that names the file and says
 * what to download, before anything under data/ or seeds/ changes.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where DfE publishes LAIT's production files (the repository's folder 01_data/02_prod/). */
export const LAIT_DOWNLOAD_URL =
  'https://github.com/dfe-analytical-services/local-authority-interactive-tool/tree/main/01_data/02_prod';

/** The release record beside DfE's files: which commit of DfE's repository they came from. */
export const RELEASE_FILE = 'release.json';

/** DfE's files the import reads, besides the neighbour workbooks sn_<month>_<year>.xlsx. */
export const LAIT_FILES = ['bds_long_0.parquet', 'lait_data_dictionary.csv', 'la_code_list.xlsx'] as const;

/** A problem with the files given to the import, worded for the editor who downloaded them. */
export class LaitImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'LaitImportError';
  }
}

/** The sentence that says where to get a file again. */
export function whereToDownload(file: string): string {
  return file === RELEASE_FILE
    ? `Write ${RELEASE_FILE} as CONTRIBUTING.md ("When DfE publishes new figures") shows: the repository, folder, commit, date and title of the DfE update.`
    : `Download ${file} again, unchanged, from ${LAIT_DOWNLOAD_URL} (use "Download raw file").`;
}

const PARQUET_MAGIC = 'PAR1';

function firstBytes(path: string, length: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that the folder exists and holds every file, and that each file is of the kind its name
 * says (a Parquet file where the parquet belongs, a workbook where a workbook belongs).
 */
export function checkFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new LaitImportError(
      dir,
      `there is no such folder. Give the folder holding DfE's LAIT files (${LAIT_FILES.join(', ')}, the sn_<month>_<year>.xlsx workbooks and ${RELEASE_FILE}), or no folder to read seeds/lait/. The files are at ${LAIT_DOWNLOAD_URL}.`,
    );
  }
  for (const file of [RELEASE_FILE, ...LAIT_FILES]) {
    if (!existsSync(join(dir, file))) {
      throw new LaitImportError(file, `it is missing from ${dir}. ${whereToDownload(file)}`);
    }
  }
  if (firstBytes(join(dir, 'bds_long_0.parquet'), 4) !== PARQUET_MAGIC) {
    throw new LaitImportError(
      'bds_long_0.parquet',
      `it is not a Parquet file (it does not start with "PAR1"; a CSV or web page saved under this name?). ${whereToDownload('bds_long_0.parquet')}`,
    );
  }
  if (firstBytes(join(dir, 'la_code_list.xlsx'), 2) !== 'PK') {
    throw new LaitImportError(
      'la_code_list.xlsx',
      `it is not an Excel workbook (.xlsx). ${whereToDownload('la_code_list.xlsx')}`,
    );
  }
}
