/**
 * Where the built site under test is, and what is in it. The folder is `$DIST_DIR`, or dist/ when
 * it is not set, so the same tests can check a build written elsewhere
 * (`DIST_DIR=/tmp/site npm run test:dist`).
 */
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { listHtmlFiles, urlPathOf } from '../../scripts/lib/html-files';
import { pageSelection } from '../../src/config/quality';
import { site } from '../../src/config/site';

/** Absolute path of the built site under test. */
export const distDir = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** Fails with a message that says what to do, rather than letting every test fail on its own. */
export function assertDistBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(
      `No built site in ${distDir}. Build it first ("npm run build"), or point DIST_DIR at a built folder.`,
    );
  }
}

/** True when the folder holds the PDFs (a build with --skip-pdf has none). */
export function pdfsBuilt(): boolean {
  const dir = path.join(distDir, 'pdf');
  return existsSync(dir) && statSync(dir).isDirectory();
}

/** A page of the built site: its file below distDir and the URL path it is served at. */
export interface BuiltPage {
  /** e.g. "plan/key-issues/index.html". */
  file: string;
  /** e.g. "/plan/key-issues/" (with the site's base path). */
  url: string;
}

/** Every page under test, chosen as src/config/quality.ts describes, sorted. */
export async function listPages(): Promise<BuiltPage[]> {
  assertDistBuilt();
  const files = await listHtmlFiles(distDir);
  return files
    .filter(
      (file) =>
        !pageSelection.skipFolders.some((folder) => file.split(path.sep).join('/').startsWith(folder)),
    )
    .map((file) => ({ file, url: urlPathOf(file, site.basePath) }));
}

/** Every file below `dir` (not folders), relative to it with "/" separators, sorted. */
export async function listAllFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Joins failures into one readable message (repeats counted, not listed again), or "" when there are none. */
export function report(failures: string[], heading: string): string {
  if (failures.length === 0) return '';
  const counts = new Map<string, number>();
  for (const failure of failures) counts.set(failure, (counts.get(failure) ?? 0) + 1);
  const lines = [...counts].map(([failure, n]) => (n > 1 ? `${failure} (${n} times)` : failure));
  return `${heading} (${failures.length}):\n  ${lines.join('\n  ')}`;
}

/** Fails with one readable list when there are failures (instead of a long diff against []). */
export function expectNone(failures: string[], heading: string): void {
  if (failures.length > 0) throw new Error(report(failures, heading));
}
