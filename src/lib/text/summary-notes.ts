/**
 * The paragraphs a priority's summary cites ("(paragraph 2.19)") that carry an editor's note, in
 * the order cited: the summary repeats the plan's figures, so a reader is pointed to the note
 * wherever the summary is printed.
 */

/**
 * @example notedParagraphsCited('… £575 (paragraph 2.19).', ['2.11', '2.19']) // ["2.19"]
 */
export function notedParagraphsCited(summary: string, notedParagraphs: readonly string[]): string[] {
  const cited = [...summary.matchAll(/\bparagraphs? ((?:A?\d+\.\d+(?:,? (?:and )?)?)+)/g)].flatMap((m) =>
    (m[1] ?? '').split(/,? (?:and )?|, /).filter(Boolean),
  );
  return [...new Set(cited)].filter((n) => notedParagraphs.includes(n));
}
