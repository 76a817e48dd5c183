import type { SiteWeights } from './site-weights';

/** What a page may cost a reader. Checked over dist/ by tests/dist/budgets.test.ts. */
export const BUDGETS = {
  /**
   * Pages that may load JavaScript, and how much, gzipped: the search page runs Pagefind; the
   * compare page's small scripts tick the councils its address names and place the names shown
   * beside their lines (the page works without them).
   */
  scriptPages: { '/search/': Infinity, '/compare/': 2 * 1024 } as Readonly<Record<string, number>>,
  /** Each page's HTML, inline chart SVG included, gzipped. */
  htmlGzipBytes: 60 * 1024,
  /** All the site's own CSS together, gzipped (Pagefind's stylesheet, loaded only by /search/, apart). */
  cssGzipBytes: 20 * 1024,
  /** Each inline chart SVG. */
  svgBytes: 30 * 1024,
  /** Web fonts: none; the site uses the reader's system fonts. */
  fontFiles: 0,
} as const;

/** Every budget a built site breaks, as sentences naming the page and the figures. */
export function budgetViolations(weights: SiteWeights, budgets: typeof BUDGETS = BUDGETS): string[] {
  const problems: string[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const page of weights.pages) {
    const allowed = Object.entries(budgets.scriptPages).find(([p]) => page.url.endsWith(p));
    if (page.scriptBytes > 0 && !allowed) {
      problems.push(
        `${page.url} loads ${page.scriptBytes} bytes of JavaScript; only ${Object.keys(budgets.scriptPages).join(', ')} may.`,
      );
    }
    if (allowed && page.scriptGzipBytes > allowed[1]) {
      problems.push(
        `${page.url} loads ${kb(page.scriptGzipBytes)} of JavaScript gzipped; its budget is ${kb(allowed[1])}.`,
      );
    }
    if (page.htmlGzipBytes > budgets.htmlGzipBytes) {
      problems.push(
        `${page.url} is ${kb(page.htmlGzipBytes)} gzipped; the budget is ${kb(budgets.htmlGzipBytes)}.`,
      );
    }
    if (page.largestSvgBytes > budgets.svgBytes) {
      problems.push(
        `${page.url} has a chart SVG of ${kb(page.largestSvgBytes)}; the budget is ${kb(budgets.svgBytes)}.`,
      );
    }
    if (page.fontFiles > budgets.fontFiles) {
      problems.push(`${page.url} loads ${page.fontFiles} web font(s); the site uses system fonts only.`);
    }
  }
  const css = weights.cssFiles.reduce((sum, f) => sum + f.gzipBytes, 0);
  if (css > budgets.cssGzipBytes) {
    problems.push(`The site's CSS is ${kb(css)} gzipped; the budget is ${kb(budgets.cssGzipBytes)}.`);
  }
  return problems;
}
