/**
 * Running footers for a PDF printed from one long page (the whole plan), drawn by CSS rather than
 * by Chromium's footer template, which is the same on every page. Each part of the page is put on
 * a CSS named page whose bottom-left margin box names the part; the bottom-right box numbers the
 * page. Debian's Chromium lays out @page margin boxes and named pages, and the PDF keeps its tags
 * and outline because it is printed in one go.
 */

/** One part of a printed page with its own footer, e.g. a chapter. */
export interface RunningFooterPart {
  /** The part's id, used in the page name: letters, digits and hyphens, e.g. "key-issues". */
  id: string;
  /** What the footer says while the part is printed, e.g. "Chapter 1: Key issues …". */
  footer: string;
}

/** The attribute that puts an element on its part's named page: data-print-part="<id>". */
const PRINT_PART_ATTRIBUTE = 'data-print-part';

/** The footer's type, as Chromium's footer template sets it for the other PDFs. */
const FOOTER_STYLE = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #3b3b3b;";

/**
 * A CSS string literal for any text.
 * @example cssString('Say "hi"') // "\"Say \\\"hi\\\"\""
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')}"`;
}

/**
 * CSS `content` for a page-number template such as "Page {page} of {pages}".
 * @example pageNumberContent('Page {page} of {pages}') // "\"Page \" counter(page) \" of \" counter(pages)"
 */
export function pageNumberContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/**
 * The print CSS for running footers: each part on its own named page with its footer at the
 * bottom left, and the page number at the bottom right of every page.
 * @param pageTemplate the page number's words, e.g. "Page {page} of {pages}".
 */
export function runningFooterCss(parts: readonly RunningFooterPart[], pageTemplate: string): string {
  const bad = parts.find((part) => !/^[a-z0-9-]+$/.test(part.id));
  if (bad) throw new Error(`Print part id "${bad.id}" must be lower-case letters, digits and hyphens.`);
  return [
    `@page { @bottom-right { content: ${pageNumberContent(pageTemplate)}; ${FOOTER_STYLE} white-space: nowrap; } }`,
    ...parts.flatMap((part) => [
      `@page part-${part.id} { @bottom-left { content: ${cssString(part.footer)}; ${FOOTER_STYLE} } }`,
      `[${PRINT_PART_ATTRIBUTE}="${part.id}"] { page: part-${part.id}; }`,
    ]),
  ].join('\n');
}
