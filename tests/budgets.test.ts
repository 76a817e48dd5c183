import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetViolations } from '../scripts/lib/budgets';
import type { PageWeight, SiteWeights } from '../scripts/lib/site-weights';

const page = (url: string, change: Partial<PageWeight> = {}): PageWeight => ({
  url,
  htmlBytes: 10_000,
  htmlGzipBytes: 4_000,
  scriptBytes: 0,
  scriptGzipBytes: 0,
  largestSvgBytes: 8_000,
  fontFiles: 0,
  ...change,
});
const site = (pages: PageWeight[], cssGzip = 5_000): SiteWeights => ({
  pages,
  cssFiles: [{ file: '_astro/a.css', bytes: cssGzip * 4, gzipBytes: cssGzip }],
});

describe('budgets', () => {
  it('accepts a site within every budget, with script on the search and compare pages only', () => {
    expect(
      budgetViolations(
        site([
          page('/'),
          page('/search/', { scriptBytes: 40_000, scriptGzipBytes: 12_000 }),
          page('/compare/', { scriptBytes: 1_500, scriptGzipBytes: 700 }),
        ]),
      ),
    ).toEqual([]);
  });

  it('holds the compare page to 2 KB of JavaScript gzipped, and other compare pages to none', () => {
    expect(
      budgetViolations(
        site([
          page('/compare/', { scriptBytes: 6_000, scriptGzipBytes: 2_049 }),
          page('/compare/kent/triad/', { scriptBytes: 10, scriptGzipBytes: 30 }),
        ]),
      ),
    ).toEqual([
      '/compare/ loads 2.0 KB of JavaScript gzipped; its budget is 2.0 KB.',
      '/compare/kent/triad/ loads 10 bytes of JavaScript; only /search/, /compare/ may.',
    ]);
  });

  it('names each page that breaks a budget, with the figures', () => {
    const problems = budgetViolations(
      site(
        [
          page('/plan/a/', { scriptBytes: 1_200 }),
          page('/plan/b/', { htmlGzipBytes: BUDGETS.htmlGzipBytes + 1 }),
          page('/plan/c/', { largestSvgBytes: 31 * 1024 }),
          page('/plan/d/', { fontFiles: 1 }),
        ],
        21 * 1024,
      ),
    );
    expect(problems).toEqual([
      '/plan/a/ loads 1200 bytes of JavaScript; only /search/, /compare/ may.',
      '/plan/b/ is 60.0 KB gzipped; the budget is 60.0 KB.',
      '/plan/c/ has a chart SVG of 31.0 KB; the budget is 30.0 KB.',
      '/plan/d/ loads 1 web font(s); the site uses system fonts only.',
      "The site's CSS is 21.0 KB gzipped; the budget is 20.0 KB.",
    ]);
  });
});
