/**
 * The release record (seeds/lait/release.json): which commit of DfE's LAIT repository the files
 * came from. It gives the source id every imported row carries and the row of data/sources.csv
 * that describes it, so no code names a release.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'astro/zod';
import { EDITOR_PARSE } from '../../src/schemas/messages';
import { LaitImportError, RELEASE_FILE, whereToDownload } from './lait-files';

/** seeds/lait/release.json. */
export const releaseSchema = z
  .object({
    /** DfE's GitHub repository, "owner/name". */
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'write the repository as owner/name'),
    /** The folder of the repository the files came from, e.g. "01_data/02_prod/". */
    folder: z.string().min(1),
    /** The commit the files were downloaded at: 40 hexadecimal characters. */
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'write the full commit hash, 40 characters 0-9 and a-f'),
    /** The day DfE made the update, yyyy-mm-dd. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as yyyy-mm-dd'),
    /** The update's title as DfE's commit gives it. */
    title: z.string().min(1),
  })
  .strict();
export type LaitRelease = z.infer<typeof releaseSchema>;

/** Reads and checks the release record in a folder. */
export function readRelease(dir: string): LaitRelease {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, RELEASE_FILE), 'utf8'));
  } catch (error) {
    throw new LaitImportError(
      RELEASE_FILE,
      `it is not valid JSON (${(error as Error).message}). ${whereToDownload(RELEASE_FILE)}`,
    );
  }
  const parsed = releaseSchema.safeParse(raw, EDITOR_PARSE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LaitImportError(
      RELEASE_FILE,
      `${issue?.path.join('.') || 'the record'}: ${issue?.message}. ${whereToDownload(RELEASE_FILE)}`,
    );
  }
  return parsed.data;
}

/** The rows of data/sources.csv the import reads: id and commit. */
export interface KnownSource {
  source_id: string;
  commit: string;
}

/**
 * The source id of a release: DFE_LAIT_<year of the update>, e.g. DFE_LAIT_2026; when that id
 * already names another commit in data/sources.csv (a second update in one year), the full date
 * is added, e.g. DFE_LAIT_2026_06_12.
 */
export function sourceIdOf(release: LaitRelease, known: readonly KnownSource[]): string {
  const short = `DFE_LAIT_${release.date.slice(0, 4)}`;
  const taken = known.find((s) => s.source_id === short);
  return !taken || taken.commit === release.commit ? short : `DFE_LAIT_${release.date.replaceAll('-', '_')}`;
}

/** The files a release is read from, named in data/sources.csv. */
export interface ReleaseFiles {
  dictionary: string;
  parquet: string;
  codeList: string;
  neighbourFiles: readonly string[];
}

/** The data/sources.csv row of a release, column by column. */
export function sourceRow(release: LaitRelease, id: string, files: ReleaseFiles): Record<string, string> {
  return {
    source_id: id,
    title:
      'Local Authority Interactive Tool (LAIT): long data file, data dictionary, LA code list and statistical neighbours',
    publisher: 'Department for Education',
    url_or_repository: `https://github.com/${release.repository}`,
    path: release.folder,
    commit: release.commit,
    release_date: release.date,
    licence: 'Open Government Licence v3.0',
    notes: `Commit of ${release.date} ("${release.title}"), copied unchanged into seeds/lait/ with the release record seeds/lait/release.json. Files ${files.parquet}, ${files.dictionary}, ${files.codeList} and the statistical neighbour workbooks ${files.neighbourFiles.join(', ')}. Written into data/ by npm run import:lait. Rates use DfE's revised population estimates, so some plan-year rates differ from the first-published figures the plan quotes.`,
  };
}

/** The source id and commit of each row of data/sources.csv. */
export function knownSources(sourcesCsv: string): KnownSource[] {
  return Papa.parse<Record<string, string>>(sourcesCsv, { header: true, skipEmptyLines: true }).data.map(
    (r) => ({
      source_id: r.source_id ?? '',
      commit: r.commit ?? '',
    }),
  );
}

/**
 * data/sources.csv with the release's row written in: the row with its id replaced in place, or
 * added at the end. Columns the import does not fill keep their text; other rows are untouched.
 */
export function withSourceRow(sourcesCsv: string, row: Record<string, string>): string {
  const lines = sourcesCsv.replace(/\n$/, '').split('\n');
  const header = Papa.parse<string[]>(lines[0] ?? '').data[0] ?? [];
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${row.source_id},`));
  const before =
    index > 0 ? (Papa.parse<string[]>(lines[index] as string).data[0] ?? []) : header.map(() => '');
  const cells = header.map((column, i) => row[column] ?? before[i] ?? '');
  const line = Papa.unparse([cells], { newline: '\n' });
  if (index > 0) lines[index] = line;
  else lines.push(line);
  return `${lines.join('\n')}\n`;
}
