import type { DfeNote } from '../../schemas/since-the-plan';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The paragraph of DfE's description of a measure (LAIT's data dictionary, as imported into
 * data/lait_measures.csv) that holds `words`, whitespace tidied; undefined when none does.
 * @example noteParagraph('Intro.\n\nNOTE: Two file one return.', 'file one return') // "NOTE: Two file one return."
 */
export function noteParagraph(description: string, words: string): string | undefined {
  const wanted = squash(words);
  return description
    .split(/\n\s*\n/)
    .map(squash)
    .find((paragraph) => paragraph.includes(wanted));
}

/** A note of DfE's with the paragraph of the dictionary it quotes. */
export interface QuotedNote extends DfeNote {
  /** The whole paragraph, as DfE wrote it. */
  text: string;
}

/**
 * DfE's notes on a measure, each with its paragraph from the imported description, in the order
 * content/since-the-plan.yaml lists them; paragraphs quoted by two notes are quoted once. Fails
 * when a note's words are no longer in the description (the dictionary changed on import).
 */
export function quotedNotes(
  measure: { measure: string; description: string | null; dfeNotes: readonly DfeNote[] },
  kinds: readonly DfeNote['kind'][] = ['seriesBreak', 'jointReturns', 'missingReturns'],
): QuotedNote[] {
  const seen = new Set<string>();
  return measure.dfeNotes
    .filter((note) => kinds.includes(note.kind))
    .flatMap((note) => {
      const text = noteParagraph(measure.description ?? '', note.words);
      if (text === undefined) {
        throw new Error(
          `DfE's note "${note.words}" (content/since-the-plan.yaml, measure ${measure.measure}) is not in its description in data/lait_measures.csv. Copy the words again from the description, or remove the note.`,
        );
      }
      if (seen.has(text)) return [];
      seen.add(text);
      return [{ ...note, text }];
    });
}

/**
 * Where readers find LAIT's data dictionary: the /data/ page's entry for the imported measures,
 * which carries the dictionary's text and says where our copy came from (a code repository is
 * provenance, never a reader's source).
 */
export const DICTIONARY_PATH = '/data/#dataset-lait_measures';
