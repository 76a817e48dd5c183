/**
 * The plan's words as adopted (the seed, repaired with seeds/repairs.json) plus the amendments
 * recorded in content/changelog.yaml: what content/plan/ must say. Used by the gate (check and
 * build), by tests/seed-fidelity.test.ts and, through tests/support/seed-text.ts, by the checks on
 * the built pages. Pure functions: the caller reads the files.
 */
import type { Problem, SourceFile } from './problem';
import { paragraphsIn } from './content-checks';

/** The seed as received. Its name is its content hash: a new seed is a new file. */
export const SEED_FILE = 'seeds/000_7f668d3e6470096a.txt';
/** The record of repairs of PDF-extraction damage in the seed. */
export const REPAIRS_FILE = 'seeds/repairs.json';

/** The glossary's heading in the seed: its table rows are terms and definitions, not dropped. */
export const GLOSSARY_HEADING = 'Annex 5: Glossary';

// Captions the <Chart> and <PlanTable> components print from their own data. (The system map's
// caption is not one: its drawing is not in our copy, and content/ gives the caption as the plan's.)
const CAPTIONS = [/^Figure \d+:/, /^Table \d+ –/];

/** A recorded change to the plan's words: in paragraph `paragraph`, `old` now reads `new`. */
export interface LocatedAmendment {
  paragraph: string;
  old: string;
  new: string;
  /** Where it is recorded, for messages. */
  file: string;
  line: number;
}

/** Chapters 1-2 and Annexes 3-5: the seed from the chapter 1 heading on, minus any other annex. */
export function publishedPart(text: string): string {
  const start = text.search(/^1\. Key issues facing local authorities in the South East$/m);
  if (start < 0) throw new Error(`${SEED_FILE}: chapter 1 heading not found`);
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

/** Text with emphasis marks dropped and white space folded, for comparing words only. */
export function normalise(text: string): string {
  // Hidden characters are reported on their own (src/lib/checks/text-files.ts), not as changed words.
  return text
    .replace(/[*\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A block cut into sentences. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])\s+(?=["'(*]?[A-Z0-9])/)
    .map(normalise)
    .filter((sentence) => sentence !== '');
}

/**
 * MDX as plain text: JSX tags, link targets, heading and list markers and emphasis removed. A
 * `planCaption` (the plan's caption of a figure, which <Chart> prints as the plan's) is kept.
 */
export function mdxText(source: string): string {
  return normalise(
    source
      .replace(/\\([{}<>*_\\[\]])/g, '$1')
      .replace(/<(\w+)([^<>]*?)\splanCaption="([^"]*)"([^<>]*)>/g, '$3 <$1$2$4>')
      .replace(/<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>/g, ' ')
      .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/^\s*-\s+/gm, ''),
  );
}

/**
 * The seed's lines of a paragraph ("2.18", or "A4.3" for paragraph 3 of Annex 4) as a range of
 * character offsets, or undefined when the seed has no such paragraph.
 */
export function paragraphRange(seed: string, n: string): { start: number; end: number } | undefined {
  const annex = /^A(\d+)\.(\d+)$/.exec(n);
  const from = annex ? seed.indexOf(`Annex ${annex[1]}: `) : 0;
  if (from < 0) return undefined;
  const label = annex ? `${annex[2]}. ` : `${n}. `;
  const start = seed.indexOf(`\n${label}`, from);
  if (start < 0) return undefined;
  const next = /\n(?:\d+(?:\.\d+)?\. |Annex \d+: )/.exec(seed.slice(start + 1));
  return { start: start + 1, end: next ? start + 1 + next.index : seed.length };
}

/** The paragraph number of the seed paragraph that holds character `offset`, if any. */
function paragraphAt(seed: string, offset: number): string | undefined {
  const before = seed.slice(0, offset);
  const annexAt = before.lastIndexOf('\nAnnex ');
  const lineStarts = [...before.matchAll(/\n(\d+(?:\.\d+)?)\. /g)];
  const last = lineStarts[lineStarts.length - 1];
  if (!last) return undefined;
  if (last.index < annexAt) return undefined;
  const number = last[1] as string;
  if (number.includes('.')) return number;
  const annex = /^\nAnnex (\d+): /.exec(seed.slice(annexAt));
  return annex ? `A${annex[1]}.${number}` : undefined;
}

/** How to record a change of wording, said at the end of every fidelity message. */
const HOW_TO_RECORD =
  'If the plan itself was changed, record it in content/changelog.yaml as an amendment (paragraph, old, new, reason) under an entry with the date: see "Change the plan\'s words" in CONTRIBUTING.md. Otherwise put the plan\'s words back.';

/** Where a paragraph is in content/plan, for messages. */
function paragraphLocation(
  plan: readonly SourceFile[],
  n: string | undefined,
): { file: string; line: number } {
  for (const source of plan) {
    const use = paragraphsIn(source).find((p) => p.n === n);
    if (use) return { file: use.file, line: use.line };
  }
  return { file: plan[0]?.file ?? 'content/plan', line: 1 };
}

/**
 * The adopted plan with the recorded amendments applied in order; each amendment must find its
 * old words exactly once in its paragraph.
 */
export function amendSeed(
  seed: string,
  amendments: readonly LocatedAmendment[],
): { text: string; problems: Problem[] } {
  let text = seed;
  const problems: Problem[] = [];
  for (const amendment of amendments) {
    const range = paragraphRange(text, amendment.paragraph);
    const where = { file: amendment.file, line: amendment.line };
    if (!range) {
      problems.push({
        ...where,
        message: `the plan has no paragraph ${amendment.paragraph}. Check "paragraph:".`,
      });
      continue;
    }
    const paragraph = text.slice(range.start, range.end);
    // The plan's line breaks are not the editor's: any run of white space matches any other.
    const words = normalise(amendment.old)
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(words.join('\\s+'), 'g');
    const count = [...paragraph.matchAll(pattern)].length;
    if (count !== 1) {
      problems.push({
        ...where,
        message:
          count === 0
            ? `the "old" words are not in paragraph ${amendment.paragraph} as the plan had them before this amendment. Copy them exactly from the plan, with the same punctuation.`
            : `the "old" words occur ${count} times in paragraph ${amendment.paragraph}. Quote a longer passage so that it is found once.`,
      });
      continue;
    }
    const changed = paragraph.replace(pattern, () => normalise(amendment.new));
    text = `${text.slice(0, range.start)}${changed}${text.slice(range.end)}`;
  }
  return { text, problems };
}

/**
 * What the plan's words must be in content/: every sentence of the seed (as amended) is in
 * content/plan/*.mdx or the glossary, every sentence of a paragraph is the plan's (as amended),
 * and each amendment's new words are in its paragraph.
 * A sentence reworded without a recorded amendment is reported at its paragraph, with how to
 * record the change.
 * @param seed the repaired seed text (repairs applied, whole file)
 */
export function checkPlanFidelity(
  seed: string,
  amendments: readonly LocatedAmendment[],
  plan: readonly SourceFile[],
  glossary: SourceFile,
): Problem[] {
  const amended = amendSeed(publishedPart(seed), amendments);
  const problems = [...amended.problems];
  const published = normalise([...plan.map((s) => mdxText(s.text)), glossary.text].join('\n'));

  for (const amendment of amendments) {
    const where = paragraphLocation(plan, amendment.paragraph);
    const source = plan.find((s) => s.file === where.file);
    const block = source ? paragraphText(source.text, amendment.paragraph) : '';
    if (!normalise(mdxText(block)).includes(normalise(amendment.new))) {
      problems.push({
        ...where,
        message: `paragraph ${amendment.paragraph} does not contain the new words recorded in ${amendment.file}:${amendment.line}. Make the paragraph read exactly as the amendment's "new" says, or correct the amendment.`,
      });
    }
  }
  if (amended.problems.length > 0) return problems;

  const reported = new Set<string>();
  let offset = 0;
  for (const block of seedBlocks(amended.text)) {
    for (const sentence of sentences(block)) {
      if (published.includes(sentence)) continue;
      const at = amended.text.indexOf(sentence.slice(0, 40), offset);
      if (at >= 0) offset = at;
      const n = paragraphAt(amended.text, at >= 0 ? at : offset);
      const where = paragraphLocation(plan, n);
      const key = `${where.file}:${where.line}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push({
        ...where,
        message: `${n ? `paragraph ${n}` : 'this file'} is missing the plan's words "${sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence}" (the plan as adopted, with its recorded amendments). ${HOW_TO_RECORD}`,
      });
    }
  }

  // And the other way: a sentence added to a paragraph is a change to the plan's words too.
  const planWords = normalise(seedBlocks(amended.text).join(' '));
  for (const source of plan) {
    for (const use of paragraphsIn(source)) {
      const key = `${use.file}:${use.line}`;
      if (reported.has(key)) continue;
      const added = sentences(mdxText(paragraphText(source.text, use.n))).find((s) => !planWords.includes(s));
      if (!added) continue;
      reported.add(key);
      problems.push({
        ...use,
        message: `paragraph ${use.n} has a sentence the plan does not have ("${added.length > 120 ? `${added.slice(0, 117)}…` : added}"). ${HOW_TO_RECORD}`,
      });
    }
  }
  return problems;
}

/** The text between `<Para n="…">` and its `</Para>` in an MDX file ('' when absent). */
export function paragraphText(mdx: string, n: string): string {
  const start = mdx.indexOf(`<Para n="${n}">`);
  if (start < 0) return '';
  const end = mdx.indexOf('</Para>', start);
  return mdx.slice(start, end < 0 ? undefined : end);
}
