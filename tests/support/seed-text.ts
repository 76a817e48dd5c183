/**
 * The seed (the plan text as received), repaired with seeds/repairs.json and cut into the
 * sentences a reader must find on the site: used by tests/seed-fidelity.test.ts against content/
 * and by tests/dist/plan-pages.test.ts against the built pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyRepairs, parseRepairs } from '../../src/lib/seed-repairs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_TEXT = readFileSync(join(ROOT, 'seeds', '000_7f668d3e6470096a.txt'), 'utf8');
export const REPAIRS = parseRepairs(JSON.parse(readFileSync(join(ROOT, 'seeds', 'repairs.json'), 'utf8')));

// Captions the <Chart> and <PlanTable> components print from their own data. (The system map's
// caption is not one: its drawing is not in our copy, and content/ gives the caption as the plan's.)
const CAPTIONS = [/^Figure \d+:/, /^Table \d+ –/];
export const GLOSSARY_HEADING = 'Annex 5: Glossary';

/** Chapters 1-2 and Annexes 3-5: the seed from the chapter 1 heading on, minus any other annex. */
export function publishedPart(text: string): string {
  const start = text.search(/^1\. Key issues facing local authorities in the South East$/m);
  if (start < 0) throw new Error('seed: chapter 1 heading not found');
  return text
    .slice(start)
    .split(/^(?=Annex \d+: )/m)
    .filter((section) => !/^Annex (?![345]:)\d+: /.test(section))
    .join('');
}

/**
 * The seed's text blocks as readers should find them: table rows dropped (rendered from data files)
 * except glossary rows, which become their term and definition cells; captions dropped; list
 * dashes, paragraph numbers and "Annex n:" prefixes dropped (the components print those).
 */
export function seedBlocks(text: string): string[] {
  const lines = text.split('\n');
  const glossaryAt = lines.indexOf(GLOSSARY_HEADING);
  return lines.flatMap((raw, index) => {
    if (raw.includes('\t')) {
      return glossaryAt >= 0 && index > glossaryAt
        ? raw.split('\t').filter((cell) => cell.trim() !== '')
        : [];
    }
    const line = raw.trim();
    if (line === '' || CAPTIONS.some((caption) => caption.test(line))) return [];
    return [line.replace(/^- /, '').replace(/^(?:\d+(?:\.\d+)*\.|Annex \d+:)\s+/, '')];
  });
}

export function normalise(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])\s+(?=["'(*]?[A-Z0-9])/)
    .map(normalise)
    .filter((sentence) => sentence !== '');
}

/** The repaired seed, chapters 1-2 and annexes 3-5. */
export const repairedSeed = publishedPart(applyRepairs(SEED_TEXT, REPAIRS));

/** Every sentence of the repaired seed a reader must find (table rows and captions excepted). */
export function seedSentences(): string[] {
  return seedBlocks(repairedSeed).flatMap(sentences);
}
