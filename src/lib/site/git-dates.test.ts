import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editUrl, lastCommitDate, lastUpdated } from './git-dates';

let root: string;
const git = (cwd: string, args: string[], date?: string): void => {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
  const repo = path.join(root, 'repo');
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(path.join(repo, 'a.mdx'), 'first');
  writeFileSync(path.join(repo, 'b.mdx'), 'first');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'one'], '2019-03-22T10:00:00Z');
  writeFileSync(path.join(repo, 'b.mdx'), 'second');
  mkdirSync(path.join(repo, 'sub'));
  writeFileSync(path.join(repo, 'sub', 'c.mdx'), 'first');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'two'], '2020-01-15T10:00:00Z');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, path.join(root, 'shallow')]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('last updated from git', () => {
  it('gives each file the date of the last commit that changed it', () => {
    const repo = path.join(root, 'repo');
    expect(lastCommitDate('a.mdx', repo)).toBe('2019-03-22');
    expect(lastCommitDate('b.mdx', repo)).toBe('2020-01-15');
  });

  it('finds a file in a folder, named from the repository root with or without "./"', () => {
    const repo = path.join(root, 'repo');
    expect(lastCommitDate('sub/c.mdx', repo)).toBe('2020-01-15');
    expect(lastCommitDate('./a.mdx', repo)).toBe('2019-03-22');
    expect(lastCommitDate('sub', repo)).toBeUndefined();
  });

  it('does not trust a shallow clone, and falls back to the frontmatter date', () => {
    const shallow = path.join(root, 'shallow');
    expect(lastCommitDate('a.mdx', shallow)).toBeUndefined();
    expect(lastUpdated('a.mdx', '2019-04-01', shallow)).toBe('2019-04-01');
  });

  it('uses the fallback for a file with no history, and outside git', () => {
    expect(lastUpdated('missing.mdx', '2019-05-05', path.join(root, 'repo'))).toBe('2019-05-05');
    expect(lastCommitDate('x', root)).toBeUndefined();
  });

  it('builds the edit link from the configured base', () => {
    expect(editUrl('https://github.com/o/r/blob/main/', 'content/plan/key-issues.mdx')).toBe(
      'https://github.com/o/r/blob/main/content/plan/key-issues.mdx',
    );
    expect(editUrl('https://github.com/o/r/blob/main', './data/x.csv')).toBe(
      'https://github.com/o/r/blob/main/data/x.csv',
    );
  });
});
