/**
 * The seed (the plan text as received), repaired with seeds/repairs.json, amended as recorded in
 * content/changelog.yaml, and cut into the sentences a reader must find on the site: used by
 * tests/seed-fidelity.test.ts and by tests/dist/plan-pages.test.ts against the built pages. The
 * cutting itself is src/lib/checks/plan-fidelity.ts, which the gate uses too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { applyRepairs, parseRepairs } from '../../src/lib/text/seed-repairs';
import {
  amendSeed,
  publishedPart,
  REPAIRS_FILE,
  SEED_FILE,
  seedBlocks,
  sentences,
} from '../../src/lib/checks/plan-fidelity';
import { changelogEntrySchema } from '../../src/schemas/changelog-entry';

export {
  GLOSSARY_HEADING,
  mdxText,
  normalise,
  publishedPart,
  seedBlocks,
  sentences,
} from '../../src/lib/checks/plan-fidelity';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_TEXT = readFileSync(join(ROOT, SEED_FILE), 'utf8');
export const REPAIRS = parseRepairs(JSON.parse(readFileSync(join(ROOT, REPAIRS_FILE), 'utf8')));

/** The amendments recorded in content/changelog.yaml, oldest first. */
export const AMENDMENTS = z
  .array(changelogEntrySchema)
  .parse(yaml.load(readFileSync(join(ROOT, 'content', 'changelog.yaml'), 'utf8')))
  .sort((a, b) => a.date.localeCompare(b.date))
  .flatMap((entry) => entry.amendments.map((a) => ({ ...a, file: 'content/changelog.yaml', line: 1 })));

/** The repaired seed, chapters 1-2 and annexes 3-5. */
export const repairedSeed = publishedPart(applyRepairs(SEED_TEXT, REPAIRS));

/** Every sentence of the repaired, amended seed a reader must find (table rows and captions excepted). */
export function seedSentences(): string[] {
  return seedBlocks(amendSeed(repairedSeed, AMENDMENTS).text).flatMap(sentences);
}
