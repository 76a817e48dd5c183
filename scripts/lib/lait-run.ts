/**
 * One whole LAIT import: read the release folder, compare with the committed data/, write the
 * data files and a drafted changelog entry, and return the report. Everything is read and checked
 * before the first file is written, so a wrong folder changes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SinceThePlan } from '../../src/schemas/since-the-plan';
import { LAIT_FILES, RELEASE_FILE } from './lait-files';
import { importLait, parseRows, type ImportResult } from './lait-import';
import {
  changelogSummary,
  compareRelease,
  hasChanges,
  reportText,
  withChangelogDraft,
  type LaitChanges,
} from './lait-report';

/** Where an import reads and writes. */
export interface RunOptions {
  sourceDir: string;
  dataDir: string;
  /** content/changelog.yaml, where the entry is drafted. */
  changelog: string;
  selection: SinceThePlan;
  /** Today, yyyy-mm-dd: the drafted entry's date. */
  today: string;
}

/** What an import did. */
export interface RunResult {
  result: ImportResult;
  changes: LaitChanges;
  report: string;
  /** One line per data file written, with its rows. */
  written: string[];
  /** The files of the release folder the import read (to copy into seeds/lait/). */
  read: string[];
  /** Whether a changelog entry was drafted. */
  drafted: boolean;
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** Runs the import from options.sourceDir into options.dataDir. */
export async function runImport(options: RunOptions): Promise<RunResult> {
  const { sourceDir, dataDir } = options;
  const result = await importLait(sourceDir, options.selection, dataDir);
  const before = Object.fromEntries(
    Object.keys(result.files).map((id) => [id, read(join(dataDir, `${id}.csv`))]),
  );
  const changes = compareRelease(before, result);
  const changelog = read(options.changelog);
  const drafted = hasChanges(changes)
    ? withChangelogDraft(changelog, changelogSummary(changes, result), result, options.today)
    : changelog;
  const written: string[] = [];
  for (const [id, text] of Object.entries(result.files)) {
    writeFileSync(join(dataDir, `${id}.csv`), text);
    written.push(`data/${id}.csv: ${parseRows(text).length} rows`);
  }
  if (drafted !== changelog) writeFileSync(options.changelog, drafted);
  const license = existsSync(join(sourceDir, 'LICENSE-code-MIT.txt')) ? ['LICENSE-code-MIT.txt'] : [];
  return {
    result,
    changes,
    report: reportText(changes, result),
    written,
    read: [RELEASE_FILE, ...LAIT_FILES, ...result.neighbourFiles, ...license],
    drafted: drafted !== changelog,
  };
}
