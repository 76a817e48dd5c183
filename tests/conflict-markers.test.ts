import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConflictMarkers } from '../src/lib/checks/text-files';

/** Every text file git tracks (what a merge can leave markers in); seeds are kept as received. */
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter(
    (file) => /\.(md|mdx|ts|mjs|astro|css|ya?ml|json|csv|js|html)$/.test(file) && !file.startsWith('seeds/'),
  );

describe('no file is left half-merged', () => {
  it('finds the tracked text files', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'package.json']));
  });

  it('no tracked text file holds a git conflict marker line', () => {
    const problems = files.flatMap((file) =>
      checkConflictMarkers({ file, text: readFileSync(file, 'utf8') }).map((p) => `${p.file}:${p.line}`),
    );
    expect(problems).toEqual([]);
  });
});
