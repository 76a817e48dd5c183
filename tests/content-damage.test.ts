import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findExtractionDamage } from '../src/lib/text/seed-repairs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTENT = join(ROOT, 'content');
const SEED = join(ROOT, 'seeds', '000_7f668d3e6470096a.txt');
const CHECKED = new Set(['.mdx', '.md', '.yaml', '.yml']);

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return CHECKED.has(extname(entry.name)) ? [path] : [];
  });
}

describe('content/ is free of PDF-extraction damage', () => {
  const files = contentFiles(CONTENT);

  it('has content to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', (name, file) => {
    const hits = findExtractionDamage(readFileSync(file, 'utf8')).map(
      (hit) => `${name}:${hit.line}:${hit.column} ${hit.kind} ${hit.excerpt}`,
    );
    expect(hits, 'extraction damage: repair it and record the repair in seeds/repairs.json').toEqual([]);
  });
});

describe('the detector against the real seed', () => {
  // The seed is the plan as received; if the detector found nothing there it would prove nothing here.
  it('finds each kind of damage the seed is known to carry', () => {
    const hits = findExtractionDamage(readFileSync(SEED, 'utf8'));
    const kinds = new Set(hits.map((hit) => hit.kind));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['non-latin-script', 'split-word', 'stray-numbers', 'tab']),
    );
    expect(hits.filter((hit) => hit.kind === 'non-latin-script').map((hit) => hit.line)).toEqual([
      233, 307, 308, 310,
    ]);
    expect(hits.filter((hit) => hit.kind === 'split-word')).toHaveLength(4);
  });
});
