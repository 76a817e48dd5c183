/**
 * The accessibility statement lists the checks in src/config/quality.ts; this makes sure each one
 * is really made: some test in tests/dist/ or tests/browser/ (or the checks they share in
 * tests/support/) names it with checkSummary('<id>').
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/config/quality';

const testDirs = ['tests/dist', 'tests/browser', 'tests/support'];

async function testSources(): Promise<string> {
  const texts: string[] = [];
  for (const dir of testDirs) {
    for (const file of await readdir(dir)) {
      if (file.endsWith('.ts')) texts.push(await readFile(path.join(dir, file), 'utf8'));
    }
  }
  return texts.join('\n');
}

describe('src/config/quality.ts', () => {
  it('every check the accessibility statement lists is made by a test', async () => {
    const sources = await testSources();
    const untested = checks
      .filter((check) => !sources.includes(`checkSummary('${check.id}')`))
      .map((c) => c.id);
    expect(untested).toEqual([]);
  });

  it('check ids are unique', () => {
    const ids = checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
