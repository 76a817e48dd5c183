import { planAbbreviations, type CouncilRow } from '../../schemas/council';

/** One way of writing a council's name that the site links: its full name or a plan abbreviation. */
export interface CouncilLabel {
  /** The council's slug, e.g. "windsor-and-maidenhead". */
  slug: string;
  /** The council's full name, e.g. "Windsor and Maidenhead". */
  name: string;
  /** The words as written, e.g. "W&M". */
  label: string;
  /** True for the plan's short forms ("W&M", "BHCC", "IoW", "MK"). */
  abbreviation: boolean;
  /** True when the name is also an ordinary word ("Reading"), linked in prose mid-sentence only. */
  alsoAWord: boolean;
}

/** One place a council is named in a text. */
export interface CouncilMention {
  council: CouncilLabel;
  /** Offset of the match in the text. */
  index: number;
  /** The matched words. */
  text: string;
}

/**
 * Every full name and plan abbreviation of the councils, longest first (so "West Sussex" is tried
 * before any shorter name it contains).
 * @example councilLabels(rows).find((l) => l.label === 'BHCC')?.slug // "brighton-and-hove"
 */
export function councilLabels(councils: readonly CouncilRow[]): CouncilLabel[] {
  return councils
    .flatMap((c) => [
      { slug: c.slug, name: c.name, label: c.name, abbreviation: false, alsoAWord: c.also_a_word === 'yes' },
      ...planAbbreviations(c).map((label) => ({
        slug: c.slug,
        name: c.name,
        label,
        abbreviation: true,
        alsoAWord: false,
      })),
    ])
    .sort((a, b) => b.label.length - a.label.length || (a.label < b.label ? -1 : 1));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for council names and the plan's abbreviations as whole words, case-sensitively
 * ("Kent", "W&M", "Kent's"; not "Kentish", not "reading").
 * @example councilMatcher(councilLabels(rows))('Slough, Hampshire and IoW').map((m) => m.text) // ["Slough", "Hampshire", "IoW"]
 */
export function councilMatcher(labels: readonly CouncilLabel[]): (text: string) => CouncilMention[] {
  if (labels.length === 0) return () => [];
  const pattern = new RegExp(
    `(?<![\\w&-])(${labels.map((l) => escapeRegExp(l.label)).join('|')})(?![\\w&-])`,
    'g',
  );
  const byLabel = new Map(labels.map((l) => [l.label, l]));
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      council: byLabel.get(match[1] as string) as CouncilLabel,
      index: match.index,
      text: match[1] as string,
    }));
}

/**
 * Whether a match at `index` of `text` may be the start of a sentence: nothing but space before it,
 * or a full stop, question mark, exclamation mark or colon. "Reading" there may be the verb.
 * @example mayStartSentence('Reading and Southampton', 0) // true
 * @example mayStartSentence('Portsmouth, Reading and Southampton', 12) // false
 */
export function mayStartSentence(text: string, index: number): boolean {
  return /(^|[.!?:])\s*$/.test(text.slice(0, index));
}
