/**
 * Reads the plan's own words out of MDX source, so that pages which quote the plan (home page,
 * priorities) render them from content/ rather than retyping them.
 */
import { paragraphPath } from './sections';

/** The markdown inside `<Para n="…">…</Para>`, or undefined when the paragraph is not in `mdx`. */
export function paragraphSource(mdx: string, n: string): string | undefined {
  const open = `<Para n="${n}">`;
  const start = mdx.indexOf(open);
  if (start < 0) return undefined;
  const end = mdx.indexOf('</Para>', start);
  return mdx.slice(start + open.length, end < 0 ? undefined : end).trim();
}

/** Markdown emphasis, links and JSX tags reduced to their text, whitespace folded. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text before the paragraph's first list, as plain text. */
export function leadText(markdown: string): string {
  const firstItem = markdown.search(/^\s*- /m);
  return plainText(firstItem < 0 ? markdown : markdown.slice(0, firstItem));
}

/** The paragraph's bullet points, each as plain text. */
export function bulletItems(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^\s*- /.test(line))
    .map((line) => plainText(line.replace(/^\s*- /, '')));
}

/** A bullet that starts with a label and a colon ("Financial stringency: An expectation …"), split. */
export function labelledItem(item: string): { label: string; text: string } {
  const colon = item.indexOf(':');
  return colon > 0 && colon < 80
    ? { label: item.slice(0, colon).trim(), text: item.slice(colon + 1).trim() }
    : { label: item, text: '' };
}

/** The first sentence of `text`, with its full stop, for short excerpts. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+[A-Z"“']|$)/.exec(text);
  return match ? match[0] : text;
}

/** Where a numbered paragraph lives, with its words. */
export interface LocatedParagraph {
  /** Id of the section (content/plan/<id>.mdx). */
  sectionId: string;
  /** The paragraph's markdown source. */
  source: string;
}

/** Finds paragraph `n` in whichever section holds it, or undefined. */
export function locateParagraph(
  sections: readonly { id: string; body?: string | undefined }[],
  n: string,
): LocatedParagraph | undefined {
  for (const section of sections) {
    const source = paragraphSource(section.body ?? '', n);
    if (source !== undefined) return { sectionId: section.id, source };
  }
  return undefined;
}

/** A short excerpt of a paragraph: its lead text, cut after `maxSentences` sentences with "…". */
export function excerpt(markdown: string, maxSentences = 2): string {
  const text = leadText(markdown);
  const sentences = text.match(/[^.!?]+(?:[.!?]+(?=\s+[A-Z"“']|$)|$)/g) ?? [text];
  const kept = sentences.slice(0, maxSentences).join('').trim();
  const cut = kept.length < text.length || bulletItems(markdown).length > 0;
  return cut ? `${kept.replace(/[:;,]$/, '')} …` : kept;
}

/**
 * The address (without the base path) of paragraph `n`, or of the editor's note beside it, on the
 * section page that holds it. Fails when no section holds it, naming the file that cites it.
 * @example paragraphAddress(sections, '2.19', 'note', 'data/editors_notes.csv') // "/plan/characteristics/#note-2-19"
 */
export function paragraphAddress(
  sections: readonly { id: string; body?: string | undefined }[],
  n: string,
  target: 'paragraph' | 'note',
  citedBy: string,
): string {
  const located = locateParagraph(sections, n);
  if (!located) throw new Error(`${citedBy} cites paragraph "${n}", which is not in the plan.`);
  return paragraphPath(located.sectionId, n, target);
}
