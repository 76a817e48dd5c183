import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Runs git with arguments in a folder and returns its trimmed output. */
export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  }).trim();

/**
 * The date (yyyy-mm-dd) of the last commit that changed `file` (relative to `cwd`), or undefined
 * when the history cannot tell: outside a git checkout, for a file not yet committed, or in a
 * shallow clone, where the oldest commit present would wrongly claim every file it contains.
 */
export function lastCommitDate(
  file: string,
  cwd = process.cwd(),
  git: GitRunner = runGit,
): string | undefined {
  return commitDates(cwd, git)?.get(path.posix.normalize(file.replace(/^\.\//, '')));
}

/** The page's "Last updated" date: the git history first, then the editor's frontmatter date. */
export function lastUpdated(
  file: string,
  fallback: string | undefined,
  cwd = process.cwd(),
  git: GitRunner = runGit,
): string | undefined {
  return lastCommitDate(file, cwd, git) ?? fallback;
}

const datesByFolder = new Map<string, ReadonlyMap<string, string> | undefined>();

/**
 * Every committed file's last commit date, read with one `git log` per folder and kept for the
 * build: a git process per page cost the build 1.5 s of its 17 s.
 */
function commitDates(cwd: string, git: GitRunner): ReadonlyMap<string, string> | undefined {
  if (git !== runGit) return readCommitDates(cwd, git);
  if (!datesByFolder.has(cwd)) datesByFolder.set(cwd, readCommitDates(cwd, git));
  return datesByFolder.get(cwd);
}

/** Newest commit first: the first date a file appears under is the last time it changed. */
function readCommitDates(cwd: string, git: GitRunner): ReadonlyMap<string, string> | undefined {
  try {
    if (git(['rev-parse', '--is-shallow-repository'], cwd) !== 'false') return undefined;
    const log = git(
      ['-c', 'core.quotePath=false', 'log', '--relative', '--name-only', '--format=%x01%cs'],
      cwd,
    );
    const dates = new Map<string, string>();
    for (const commit of log.split('\x01').slice(1)) {
      const [date = '', ...files] = commit.split('\n');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
      for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
    }
    return dates;
  } catch {
    return undefined;
  }
}

/** The "Edit this page" address of a file in the repository. */
export function editUrl(editBaseUrl: string, file: string): string {
  return new URL(file.replace(/^\.?\//, ''), editBaseUrl.endsWith('/') ? editBaseUrl : `${editBaseUrl}/`)
    .href;
}
