import type { GlossaryTerm } from '../../schemas/glossary-term';

/** The HTML id of a glossary entry: `term-lac`. */
export function glossaryTermId(id: string): string {
  return `term-${id}`;
}

/** One place a glossary term occurs in a text. */
export interface TermMatch {
  term: GlossaryTerm;
  /** Offset of the match in the text. */
  index: number;
  /** The matched words, as written in the text, with any plural ending ("ECHPs"). */
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholeWords(terms: readonly GlossaryTerm[], flags: string): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...terms]
    .sort((a, b) => b.term.length - a.term.length)
    .map((t) => escapeRegExp(t.term))
    .join('|');
  // The term is group 1; a plural ending belongs to the match, so a link covers the whole word.
  return new RegExp(`(?<![\\w-])(${alternatives})(?:s|'s|’s)?(?![\\w-])`, flags);
}

/**
 * A matcher for every glossary term as a whole word. Abbreviations match case-sensitively and
 * allow a plural, which the match includes ("ECHPs", "ECHP's", "PiPs"); phrases ("Section 251 outturn statement") match in
 * any case. Where two matches overlap, the longer wins, so "South East ADCS" beats "ADCS".
 */
export function termMatcher(terms: readonly GlossaryTerm[]): (text: string) => TermMatch[] {
  const abbreviations = terms.filter((t) => t.abbreviation);
  const phrases = terms.filter((t) => !t.abbreviation);
  const patterns = [
    { pattern: wholeWords(abbreviations, 'g'), find: (s: string) => abbreviations.find((t) => t.term === s) },
    {
      pattern: wholeWords(phrases, 'gi'),
      find: (s: string) => phrases.find((t) => t.term.toLowerCase() === s.toLowerCase()),
    },
  ];
  return (text: string) => {
    const all: TermMatch[] = [];
    for (const { pattern, find } of patterns) {
      for (const match of pattern ? text.matchAll(pattern) : []) {
        const term = find(match[1] as string);
        if (term) all.push({ term, index: match.index, text: match[0] });
      }
    }
    all.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: TermMatch[] = [];
    for (const match of all) {
      const last = kept[kept.length - 1];
      if (!last || match.index >= last.index + last.text.length) kept.push(match);
    }
    return kept;
  };
}

/** A page whose words may use glossary terms. */
export interface PageText {
  label: string;
  href: string;
  text: string;
}

/** For each term id, the pages (in the order given) whose text uses the term. */
export function termUsage(
  terms: readonly GlossaryTerm[],
  pages: readonly PageText[],
): Map<string, PageText[]> {
  const find = termMatcher(terms);
  const usage = new Map<string, PageText[]>(terms.map((t) => [t.id, []]));
  for (const page of pages) {
    for (const id of new Set(find(page.text).map((m) => m.term.id))) usage.get(id)?.push(page);
  }
  return usage;
}

/** Terms grouped by their first letter, A to Z, for the glossary's index. */
export function byInitial(terms: readonly GlossaryTerm[]): { letter: string; terms: GlossaryTerm[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of sorted) {
    const letter = term.term.charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, group]) => ({ letter, terms: group }));
}
