import { execFileSync } from 'node:child_process';

/** Runs git with arguments in a folder and returns its trimmed output. */
export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/**
 * The date (yyyy-mm-dd) of the last commit that changed `file`, or undefined when the history
 * cannot tell: outside a git checkout, for a file not yet committed, or in a shallow clone, where
 * the oldest commit present would wrongly claim every file it contains.
 */
export function lastCommitDate(
  file: string,
  cwd = process.cwd(),
  git: GitRunner = runGit,
): string | undefined {
  try {
    if (!isFullHistory(cwd, git)) return undefined;
    const date = git(['log', '-1', '--format=%cs', '--', file], cwd);
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
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

const fullHistory = new Map<string, boolean>();

/** True in a git checkout with its whole history; asked of the real git once per folder. */
function isFullHistory(cwd: string, git: GitRunner): boolean {
  const ask = () => git(['rev-parse', '--is-shallow-repository'], cwd) === 'false';
  if (git !== runGit) return ask();
  if (!fullHistory.has(cwd)) fullHistory.set(cwd, ask());
  return fullHistory.get(cwd) as boolean;
}

/** The "Edit this page" address of a file in the repository. */
export function editUrl(editBaseUrl: string, file: string): string {
  return new URL(file.replace(/^\.?\//, ''), editBaseUrl.endsWith('/') ? editBaseUrl : `${editBaseUrl}/`)
    .href;
}
