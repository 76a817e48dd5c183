/**
 * Repairs of PDF-extraction damage in the plan's seed text, and a detector that keeps such damage
 * out of content/. Pure functions: no I/O, so the tests and any script can share them.
 */

/** One repair of extraction damage, as recorded in seeds/repairs.json. */
export interface Repair {
  /** Exact text as it occurs in the seed (tabs and line breaks included). */
  find: string;
  /** What the text should have been; may be empty to delete stray characters. */
  replace: string;
  /** Why this is extraction damage rather than the plan's own wording, e.g. "URL hyphen lost at a line end". */
  why: string;
}

/** The kinds of extraction damage {@link findExtractionDamage} reports. */
export type DamageKind = 'non-latin-script' | 'split-word' | 'stray-numbers' | 'tab' | 'lone-dash';

/** One place in a text that looks like extraction damage. */
export interface Damage {
  /** 1-based line number. */
  line: number;
  /** 1-based column (UTF-16 code units, which is the character count for the plan's text). */
  column: number;
  kind: DamageKind;
  /** The damaged text with a little context, JSON-quoted so tabs and odd letters are visible. */
  excerpt: string;
}

/**
 * Checks that a parsed JSON value is a list of repairs, naming the first bad entry.
 * @param value the result of `JSON.parse` on seeds/repairs.json
 * @param source file name used in error messages
 */
export function parseRepairs(value: unknown, source = 'seeds/repairs.json'): Repair[] {
  if (!Array.isArray(value)) {
    throw new Error(`${source}: expected an array of {find, replace, why}, found ${typeof value}.`);
  }
  return value.map((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    for (const key of ['find', 'replace', 'why'] as const) {
      if (typeof record[key] !== 'string') {
        throw new Error(`${source} entry ${index}: "${key}" must be a string.`);
      }
    }
    const repair = { find: String(record.find), replace: String(record.replace), why: String(record.why) };
    if (repair.find === '' || repair.why.trim() === '') {
      throw new Error(`${source} entry ${index}: "find" and "why" must not be empty.`);
    }
    return repair;
  });
}

/**
 * Applies repairs in order. Each repair replaces every occurrence of its `find` text in the text as
 * left by the repairs before it (literal text, not a pattern).
 */
export function applyRepairs(text: string, repairs: readonly Repair[]): string {
  return repairs.reduce((current, repair) => current.split(repair.find).join(repair.replace), text);
}

// Letters and marks from any script but Latin. Common (digits, punctuation such as – ’ “ ” £ •)
// and Inherited (combining accents) are allowed, so only look-alike letters are caught.
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;
// A word broken at a line end: "Outst- anding". Lower case on both sides, so a spaced dash
// between words ("Cost comparisons - South East") and "2013 -2014" are not reported.
const SPLIT_WORD = /[a-z]- [a-z]/g;
// Page numbers and table debris such as "11 11" left on a line of their own.
const STRAY_NUMBERS = /^\s*\d{1,3}(?:\s+\d{1,3})+\s*$/;
// A list bullet whose text went elsewhere. One dash only, so YAML/MDX "---" fences are fine.
const LONE_DASH = /^\s*[-‐‑‒–—]\s*$/;

function excerptAt(line: string, start: number, length: number): string {
  return JSON.stringify(line.slice(Math.max(0, start - 15), start + length + 15));
}

function codePoints(text: string): string {
  return Array.from(
    text,
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join(' ');
}

/**
 * Finds text that looks like PDF-extraction damage: letters from non-Latin scripts (Cyrillic "МК"
 * for "MK"), words split by a hyphen and a space, lines of short stray numbers, tab characters
 * (one hit per line) and lines holding only a dash. Returns the hits in reading order.
 */
export function findExtractionDamage(text: string): Damage[] {
  const hits: Damage[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const at = (column: number, kind: DamageKind, excerpt: string): void => {
      hits.push({ line: index + 1, column: column + 1, kind, excerpt });
    };
    for (const match of line.matchAll(NON_LATIN)) {
      at(
        match.index,
        'non-latin-script',
        `${excerptAt(line, match.index, match[0].length)} (${codePoints(match[0])})`,
      );
    }
    for (const match of line.matchAll(SPLIT_WORD)) {
      at(match.index, 'split-word', excerptAt(line, match.index, match[0].length));
    }
    if (STRAY_NUMBERS.test(line)) {
      at(line.search(/\d/), 'stray-numbers', JSON.stringify(line));
    }
    // One report per line: a table row has many tabs but one fix.
    const tab = line.indexOf('\t');
    if (tab >= 0) {
      at(tab, 'tab', excerptAt(line, tab, 1));
    }
    if (LONE_DASH.test(line)) {
      at(line.search(/\S/), 'lone-dash', JSON.stringify(line));
    }
  });
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}
