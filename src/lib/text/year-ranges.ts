/**
 * Splits text so that financial years ("2024-25") can be kept on one line: browsers break a line
 * after a hyphen, leaving "2024-" at the end of one line and "25" at the start of the next.
 *
 * @example
 * splitYearRanges('£2,195 in 2024-25') // [{ text: '£2,195 in ', year: false }, { text: '2024-25', year: true }]
 */
export interface TextPart {
  text: string;
  /** Whether the part is a year range, to be kept on one line. */
  year: boolean;
}

const YEAR_RANGE = /\b\d{4}[-–]\d{2}(?:\d{2})?\b/g;

export function splitYearRanges(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(YEAR_RANGE)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index), year: false });
    parts.push({ text: match[0], year: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), year: false });
  return parts;
}
