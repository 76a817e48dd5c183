/**
 * What reader copy must not show: a code repository linked as a source, a commit hash, a path
 * under data/ or content/, or words addressed to the site's editors. Used on the built site's
 * pages and PDFs (tests/dist/reader-copy.test.ts) and on the build under a sub-path
 * (tests/dist/sub-path.test.ts). /data/ and the CSVs hold provenance and are left out.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { listHtmlFiles } from '../../scripts/lib/html-files';
import { t } from '../../src/i18n/en';

/** Hosts of code repositories. */
const CODE_HOST =
  /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|raw\.githubusercontent\.com)\//i;
/** Text a reader must not meet, each with what it is. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bcommits?\s+[0-9a-f]{7,40}\b/i, 'a commit hash'],
  [/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,40}\b/, 'a hash'],
  [/(^|[\s(“"'])(data|content)\/[\w.-]+/, 'a path under data/ or content/'],
  [/\beditors? (can|should|may|must|need to)\b/i, 'words to editors'],
  [/\bthis page[’']s file\b/i, 'words to editors'],
];

/** The problems in one text, each as "<where>: <what> (“<excerpt>”)". */
export function textProblems(where: string, text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return FORBIDDEN.flatMap(([pattern, what]) => {
    const m = pattern.exec(flat);
    return m ? [`${where}: ${what} (“${flat.slice(Math.max(0, m.index - 40), m.index + 60)}”)`] : [];
  });
}

/** The problems on every reading page of a built site: its text and its links. */
export async function pageProblems(dir: string): Promise<string[]> {
  const files = (await listHtmlFiles(dir)).filter(
    (f) => !f.startsWith('pagefind') && !f.split(path.sep).join('/').startsWith('data/'),
  );
  const edit = t('page.edit');
  return files.flatMap((file) => {
    const { document } = parseHTML(readFileSync(path.join(dir, file), 'utf8'));
    for (const el of document.querySelectorAll('script, style, template')) el.remove();
    const links = [...document.querySelectorAll('a[href]')]
      .filter((a) => CODE_HOST.test(a.getAttribute('href') ?? '') && a.textContent?.trim() !== edit)
      .map((a) => `${file}: links a code repository (${a.getAttribute('href')}, “${a.textContent?.trim()}”)`);
    return [...links, ...textProblems(file, document.body?.textContent ?? '')];
  });
}

/** The problems in every PDF under `<dir>/pdf/`, read with poppler's pdftotext. */
export function pdfProblems(dir: string): string[] {
  const pdfDir = path.join(dir, 'pdf');
  return readdirSync(pdfDir)
    .filter((f) => f.endsWith('.pdf'))
    .flatMap((f) => {
      const text = execFileSync('pdftotext', [path.join(pdfDir, f), '-'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const links = [...readFileSync(path.join(pdfDir, f), 'latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)]
        .map((m) => m[1] as string)
        .filter((uri) => CODE_HOST.test(uri))
        .map((uri) => `pdf/${f}: links a code repository (${uri})`);
      return [...new Set(links), ...textProblems(`pdf/${f}`, text)];
    });
}
