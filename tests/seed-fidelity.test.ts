import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyRepairs, findExtractionDamage } from '../src/lib/text/seed-repairs';
import {
  GLOSSARY_HEADING,
  mdxText,
  REPAIRS,
  SEED_TEXT,
  normalise,
  repairedSeed,
  seedSentences,
} from './support/seed-text';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLAN_DIR = join(ROOT, 'content', 'plan');
const GLOSSARY = join(ROOT, 'content', 'glossary.yaml');

const planFiles = readdirSync(PLAN_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
const published = normalise(
  [
    ...planFiles.map((name) => mdxText(readFileSync(join(PLAN_DIR, name), 'utf8'))),
    readFileSync(GLOSSARY, 'utf8'),
  ].join('\n'),
);

describe('seeds/repairs.json', () => {
  it('has no stale repairs: each find occurs in the seed, and is still there when its turn comes', () => {
    const stale: string[] = [];
    let text = SEED_TEXT;
    REPAIRS.forEach((repair, index) => {
      if (!SEED_TEXT.includes(repair.find))
        stale.push(`#${index} not in the seed: ${JSON.stringify(repair.find)}`);
      else if (!text.includes(repair.find))
        stale.push(`#${index} undone by an earlier repair: ${JSON.stringify(repair.find)}`);
      text = applyRepairs(text, [repair]);
    });
    expect(stale).toEqual([]);
  });

  it('leaves no damage in the repaired seed but the tabs of table rows', () => {
    const left = findExtractionDamage(repairedSeed)
      .filter((hit) => hit.kind !== 'tab')
      .map((hit) => `${hit.line}:${hit.column} ${hit.kind} ${hit.excerpt}`);
    expect(left).toEqual([]);
  });
});

describe('content/ publishes the seed word for word', () => {
  const expected = seedSentences();

  it('reads a plausible number of sentences from the seed', () => {
    expect(expected.length).toBeGreaterThan(200);
  });

  it('contains every sentence of chapters 1-2 and annexes 3-5', () => {
    const missing = expected.filter((sentence) => !published.includes(sentence));
    expect(
      missing,
      'sentences of the seed missing from content/plan/*.mdx and content/glossary.yaml',
    ).toEqual([]);
  });

  it('numbers paragraphs as the plan does, each once and in order', () => {
    const annex4At = repairedSeed.indexOf('Annex 4: ');
    const annex5At = repairedSeed.indexOf(GLOSSARY_HEADING);
    const chapterNumbers = [...repairedSeed.slice(0, annex4At).matchAll(/^(\d+\.\d+)\. /gm)].map((m) => m[1]);
    const annex4Numbers = [...repairedSeed.slice(annex4At, annex5At).matchAll(/^(\d+)\. /gm)].map(
      (m) => `A4.${m[1]}`,
    );
    const frontmatterOrder = (source: string): number => Number(/^order: (\d+)$/m.exec(source)?.[1] ?? NaN);
    const inContent = planFiles
      .map((name) => readFileSync(join(PLAN_DIR, name), 'utf8'))
      .sort((a, b) => frontmatterOrder(a) - frontmatterOrder(b))
      .flatMap((source) => [...source.matchAll(/<Para n="([^"]+)">/g)].map((m) => m[1]));
    expect(inContent).toEqual([...chapterNumbers, ...annex4Numbers]);
    expect(chapterNumbers).toHaveLength(33);
    expect(annex4Numbers).toHaveLength(22);
  });
});
