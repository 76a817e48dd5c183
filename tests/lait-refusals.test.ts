import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parquetWriteFile } from 'hyparquet-writer';
import { runImport } from '../scripts/lib/lait-run';
import { LaitImportError } from '../scripts/lib/lait-files';
import { loadSelection } from '../src/lib/measures/selection';
import { folderDigest, laitWorkspace } from './support/lait-fixture';

// Each case breaks one thing in a temporary copy of seeds/lait/ (a test fixture, never the
// repository's files) and runs the import into a temporary copy of data/.
const selection = loadSelection();
const repoData = folderDigest(resolve('data'));
const repoSeeds = folderDigest(resolve('seeds/lait'));

async function refused(
  breakIt: (lait: string) => void,
  folder?: (lait: string) => string,
): Promise<LaitImportError> {
  const w = laitWorkspace();
  breakIt(w.lait);
  const before = {
    data: folderDigest(w.data),
    lait: folderDigest(w.lait),
    changelog: readFileSync(w.changelog, 'utf8'),
  };
  const error = await runImport({
    sourceDir: folder ? folder(w.lait) : w.lait,
    dataDir: w.data,
    changelog: w.changelog,
    selection,
    today: '2026-12-06',
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LaitImportError);
  expect(folderDigest(w.data), 'data/ unchanged').toEqual(before.data);
  expect(folderDigest(w.lait), 'the folder given unchanged').toEqual(before.lait);
  expect(readFileSync(w.changelog, 'utf8'), 'changelog unchanged').toBe(before.changelog);
  rmSync(w.root, { recursive: true, force: true });
  return error as LaitImportError;
}

describe('npm run import:lait refuses a wrong folder, naming the file and what to download', () => {
  beforeAll(() => {
    expect(Object.keys(repoSeeds)).toContain('bds_long_0.parquet');
  });

  it('a folder that does not exist', async () => {
    const error = await refused(
      () => undefined,
      (lait) => join(lait, 'no-such-folder'),
    );
    expect(error.message).toMatch(
      /no-such-folder: there is no such folder\. Give the folder holding DfE's LAIT files/,
    );
    expect(error.message).toContain(
      'https://github.com/dfe-analytical-services/local-authority-interactive-tool/tree/main/01_data/02_prod',
    );
  });

  it('a missing file', async () => {
    const error = await refused((lait) => rmSync(join(lait, 'la_code_list.xlsx')));
    expect(error.message).toMatch(
      /^la_code_list\.xlsx: it is missing from .*\. Download la_code_list\.xlsx again, unchanged, from https:/,
    );
  });

  it('a missing release record', async () => {
    const error = await refused((lait) => rmSync(join(lait, 'release.json')));
    expect(error.message).toMatch(
      /^release\.json: it is missing from .*\. Write release\.json as CONTRIBUTING\.md/,
    );
  });

  it('a release record with a short commit', async () => {
    const error = await refused((lait) => {
      const path = join(lait, 'release.json');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace('2e30e3959a6ab8b2d22941b84764da41a40ac91b', '2e30e39'),
      );
    });
    expect(error.message).toMatch(/^release\.json: commit: write the full commit hash, 40 characters/);
  });

  it('a CSV where the parquet belongs', async () => {
    const error = await refused((lait) =>
      writeFileSync(
        join(lait, 'bds_long_0.parquet'),
        'Short Desc,Years,LA and Regions,Values\nLAC,2025,England,67\n',
      ),
    );
    expect(error.message).toMatch(
      /^bds_long_0\.parquet: it is not a Parquet file \(it does not start with "PAR1"/,
    );
    expect(error.message).toContain('Download bds_long_0.parquet again, unchanged');
  });

  it('a dictionary without the Polarity column (which would make every measure "neither")', async () => {
    const error = await refused((lait) => {
      const path = join(lait, 'lait_data_dictionary.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"Polarity",', '"Direction",'));
    });
    expect(error.message).toMatch(
      /^lait_data_dictionary\.csv: it has no column "Polarity" \(the import reads /,
    );
  });

  it('a neighbour workbook whose layout changed', async () => {
    const error = await refused((lait) =>
      cpSync(join(lait, 'la_code_list.xlsx'), join(lait, 'sn_may_2025.xlsx')),
    );
    expect(error.message).toMatch(
      /^sn_may_2025\.xlsx: its layout has changed: it has no sheet "LA SN Groups" \(its sheets: "Sheet1"\)/,
    );
  });

  it('a code list whose layout changed', async () => {
    const error = await refused((lait) =>
      cpSync(join(lait, 'sn_may_2025.xlsx'), join(lait, 'la_code_list.xlsx')),
    );
    expect(error.message).toMatch(
      /^la_code_list\.xlsx: its layout has changed: the first row of its first sheet should read "LA Number, LA Name, Region, Type"/,
    );
  });

  it('a year written in a form the import does not know', async () => {
    const error = await refused((lait) =>
      parquetWriteFile({
        filename: join(lait, 'bds_long_0.parquet'),
        columnData: [
          { name: 'Short Desc', data: ['LAC'], type: 'STRING' },
          { name: 'Years', data: ['2025 (estimate)'], type: 'STRING' },
          { name: 'LA and Regions', data: ['England'], type: 'STRING' },
          { name: 'Values', data: ['67'], type: 'STRING' },
          { name: 'LA Number', data: [970], type: 'DOUBLE' },
        ],
      }),
    );
    expect(error.message).toMatch(
      /^bds_long_0\.parquet: the period "2025 \(estimate\)" \(measure LAC\) is in a form the import does not know\./,
    );
  });

  it('left the repository\u2019s own data/ and seeds/lait/ alone', () => {
    expect(folderDigest(resolve('data'))).toEqual(repoData);
    expect(folderDigest(resolve('seeds/lait'))).toEqual(repoSeeds);
  });
});
