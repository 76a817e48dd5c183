import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every .html file below `dir`, as paths relative to it, sorted for deterministic output. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The URL path a built file is served at: "plan/x/index.html" → "/plan/x/". */
export function urlPathOf(relativeFile: string, base = '/'): string {
  const withoutIndex = relativeFile.replace(/(^|\/)index\.html$/, '$1');
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${withoutIndex.split(path.sep).join('/')}`;
}
