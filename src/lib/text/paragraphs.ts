/**
 * Paragraph numbers as editors write them in `<Para n="…">`: "1.1" to "2.22" in the chapters,
 * "A4.1" to "A4.22" in Annex 4.
 */
export const PARAGRAPH_NUMBER = /^(?:(\d+)\.(\d+)|A(\d+)\.(\d+))$/;

/** True when `n` is a paragraph number of the form "2.18" or "A4.1". */
export function isParagraphNumber(n: string): boolean {
  return PARAGRAPH_NUMBER.test(n);
}

function parts(n: string): { section: string; paragraph: string } {
  const match = PARAGRAPH_NUMBER.exec(n);
  if (!match) {
    throw new Error(
      `"${n}" is not a paragraph number. Write chapter paragraphs as "2.18" and annex paragraphs as "A4.1".`,
    );
  }
  return match[1] !== undefined
    ? { section: match[1], paragraph: match[2] as string }
    : { section: `a${match[3] as string}`, paragraph: match[4] as string };
}

/**
 * The stable HTML id of a paragraph.
 * @example paragraphId('2.18') // "para-2-18"
 * @example paragraphId('A4.1') // "para-a4-1"
 */
export function paragraphId(n: string): string {
  const { section, paragraph } = parts(n);
  return `para-${section}-${paragraph}`;
}

/**
 * The HTML id of the editor's note beside a paragraph (data/editors_notes.csv).
 * @example noteId('2.19') // "note-2-19"
 */
export function noteId(n: string): string {
  return paragraphId(n).replace(/^para-/, 'note-');
}

/**
 * The number printed beside a paragraph: the plan prints "2.18" in chapters and "1" in Annex 4.
 */
export function paragraphLabel(n: string): string {
  const { section, paragraph } = parts(n);
  return section.startsWith('a') ? paragraph : `${section}.${paragraph}`;
}

/** How a reader cites the paragraph: "paragraph 2.18", "Annex 4 paragraph 1". */
export function paragraphCitation(n: string): string {
  const { section, paragraph } = parts(n);
  return section.startsWith('a')
    ? `Annex ${section.slice(1)} paragraph ${paragraph}`
    : `paragraph ${section}.${paragraph}`;
}

/** Sorts paragraph numbers in reading order: 1.2 before 1.10, chapters before annexes. */
export function compareParagraphNumbers(a: string, b: string): number {
  const key = (n: string): [number, number, number] => {
    const { section, paragraph } = parts(n);
    const annex = section.startsWith('a');
    return [annex ? 1 : 0, Number(annex ? section.slice(1) : section), Number(paragraph)];
  };
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}
