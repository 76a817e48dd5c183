/**
 * The checks made on every page of the built site in Chromium (run by tests/browser/site.test.ts): axe in light and dark schemes, reflow at 320 px,
 * keyboard (skip link, visible focus), charts (one accessible name, hidden marks, a data table
 * that opens from the keyboard), structure (lang, one h1), no console errors and no request to
 * another host. One browser for the whole run, with a few tabs: pages are checked side by side,
 * each loaded once on its own tab, and the tests for a page run in order on that load. What is checked comes from src/config/quality.ts,
 * which the accessibility statement prints.
 */
import { afterAll, beforeAll, describe, expect, suite, test } from 'vitest';
import {
  axeColourRules,
  axeTags,
  checkSummary,
  colorSchemes,
  layoutLimits,
  viewports,
} from '../../src/config/quality';
import { site } from '../../src/config/site';
import { t } from '../../src/i18n/en';
import {
  axeViolations,
  chartNameProblems,
  ibmViolations,
  openBrowser,
  type BrowserSite,
  type SiteBrowser,
} from './browser';
import { expectNone, listPages, type BuiltPage } from './dist';
import {
  chartTextProblems,
  gapProblems,
  headerFacts,
  narrowTableProblems,
  openAllDetails,
  wideTableProblems,
} from './layout';
import { walkFocusStops } from './focus';

/**
 * The pages to check, the pages IBM's checker runs on, and the pages given only the layout checks
 * (see below).
 */
export async function checkedPages(): Promise<{
  pages: BuiltPage[];
  ibmPages: Set<string>;
  layoutOnly: Set<string>;
}> {
  const allPages = await listPages();
  const everyPage = process.env['AUDIT_EVERY_PAGE'] === '1';
  /** A page's kind: its folder when the folder's pages share one template (all /councils/ pages), else itself. */
  const kindOf = (url: string) =>
    url.slice(site.basePath.length - 1).replace(/^(\/[^/]+\/)[^/]+\/((?:[^/]+\/)?)$/, '$1*/$2');
  /** The first page of each kind (/councils/bracknell-forest/ stands for the 19 council pages). */
  const firstOfKind = new Set(
    new Map(allPages.map((p) => [kindOf(p.url), p.url] as const).reverse()).values(),
  );
  /*
   * Pages of one template are checked on a sample in every test run and all of them in the full
   * audit (`npm run audit`), so CI keeps within its 12 minutes: the 38 ready-made comparisons
   * (/compare/kent/triad/, /neighbours/: tables only) one of each kind, and the 19 council pages
   * four (the first, Isle of Wight with the region's highest rates, Kent, and Windsor and
   * Maidenhead, the longest name). The other council pages get the layout checks only (tables
   * that fit and chart text at reading size, at every width), and are still validated,
   * link-checked and read by the tests on the built files.
   */
  const rel = (url: string) => url.slice(site.basePath.length - 1);
  const sampled = (url: string) =>
    READY_MADE.test(rel(url))
      ? firstOfKind.has(url)
      : isCouncilPage(url)
        ? COUNCIL_SAMPLE.has(rel(url)) || firstOfKind.has(url)
        : true;
  const pages = allPages.filter((p) => everyPage || sampled(p.url) || isCouncilPage(p.url));
  const layoutOnly = new Set(pages.filter((p) => !everyPage && !sampled(p.url)).map((p) => p.url));
  // IBM's checker: every page when AUDIT_EVERY_PAGE=1 (`npm run audit`), otherwise the first page of each kind.
  return { pages, ibmPages: new Set(everyPage ? pages.map((p) => p.url) : firstOfKind), layoutOnly };
}

const READY_MADE = /^\/compare\/[^/]+\/[^/]+\/$/;
const COUNCIL_SAMPLE = new Set([
  '/councils/isle-of-wight/',
  '/councils/kent/',
  '/councils/windsor-and-maidenhead/',
]);

/** Whether a page is one of the 19 council pages (/councils/kent/), the heaviest kind. */
const isCouncilPage = (url: string): boolean =>
  /^\/councils\/[^/]+\/$/.test(url.slice(site.basePath.length - 1));

/**
 * Registers every check for each page given, on one browser with a few tabs; the pages in
 * `layoutOnly` get the two layout checks and no others.
 */
export function siteChecks(
  pages: readonly BuiltPage[],
  ibmPages: ReadonlySet<string>,
  layoutOnly: ReadonlySet<string>,
): void {
  /** Pages checked side by side, each on its own tab of one browser. */
  const TABS = 2;
  let browser: SiteBrowser;

  beforeAll(async () => {
    browser = await openBrowser(TABS);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Waits two frames and ends any running transition, so what is measured is the settled style. */
  const settle = (browserSite: BrowserSite) =>
    browserSite.page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              for (const animation of document.getAnimations()) animation.finish();
              resolve(undefined);
            }),
          ),
        ),
    );

  // Pages run side by side (each waits for a free tab); a page's own checks run in order on its tab.
  describe.concurrent.each(pages.map((p) => [p.url, p] as const))('%s', (url) => {
    let browserSite: BrowserSite;
    beforeAll(async () => {
      browserSite = await browser.acquire();
      await browserSite.open(url);
    }, 900_000);
    afterAll(() => {
      if (browserSite) browser.release(browserSite);
    });
    // A page's checks run one after another on its tab: { concurrent: false } (Vitest 5 has no
    // test.sequential).
    const layoutTest = (name: string, fn: () => unknown) => test(name, { concurrent: false }, fn);
    const full = !layoutOnly.has(url);
    const it = (name: string, fn: () => unknown) => {
      if (full) layoutTest(name, fn);
    };
    const describe = (name: string, fn: () => void) => {
      if (full) suite(name, { concurrent: false }, fn);
    };

    it(checkSummary('structure'), async () => {
      const facts = await browserSite.page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
        title: document.title,
      }));
      expect(facts.lang, '<html lang>').toBe('en-GB');
      expect(facts.h1, 'the page’s <h1> elements').toHaveLength(1);
      expect(facts.h1[0], 'the <h1> text').not.toBe('');
      expect(facts.title, '<title>').not.toBe('');
    });

    it(checkSummary('skip-link'), async () => {
      const { page } = browserSite;
      await page.keyboard.press('Tab');
      await settle(browserSite);
      const first = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const rect = active?.getBoundingClientRect();
        return {
          tag: active?.tagName.toLowerCase(),
          href: active?.getAttribute('href'),
          text: active?.textContent?.trim(),
          onScreen: rect ? rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight : false,
        };
      });
      expect(first, 'the element the first Tab reaches').toEqual({
        tag: 'a',
        href: '#main',
        text: t('skipLink'),
        onScreen: true,
      });
      await page.keyboard.press('Enter');
      await settle(browserSite);
      const after = await page.evaluate(() => ({
        hash: location.hash,
        focusIsMain: document.activeElement === document.querySelector('main#main'),
      }));
      expect(after).toEqual({ hash: '#main', focusIsMain: true });
    });

    it(checkSummary('focus-visible'), async () => {
      const { stops, problems } = await walkFocusStops(browserSite.page);
      expect(stops, 'Tab stops on the page').toBeGreaterThan(0);
      expectNone(problems, `Tab stops that cannot be seen or read on ${url}`);
    });

    it(checkSummary('charts'), async () => {
      const { page } = browserSite;
      const count = await page.locator('figure svg').count();
      if (count === 0) return;
      const failures = await chartNameProblems(page);
      const domFailures = await page.evaluate(() => {
        const problems: string[] = [];
        for (const svg of document.querySelectorAll('figure svg')) {
          const figure = svg.closest('figure');
          const name = `#${figure?.id ?? '(figure without id)'}`;
          if (svg.parentElement?.closest('svg')) continue;
          const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          for (const id of labelledBy) {
            const target = document.getElementById(id);
            if (!target) problems.push(`${name}: aria-labelledby names "${id}", which is not on the page`);
            else if (!target.textContent?.trim()) problems.push(`${name}: aria-labelledby "${id}" is empty`);
          }
          for (const id of (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
            if (!document.getElementById(id))
              problems.push(`${name}: aria-describedby names "${id}", which is not on the page`);
          }
          const shown = [...svg.children].filter((child) => child.getAttribute('aria-hidden') !== 'true');
          if (shown.length > 0)
            problems.push(`${name}: ${shown.length} mark groups inside the SVG are not aria-hidden`);
          if (svg.querySelector('a[href], [tabindex]:not([tabindex="-1"])'))
            problems.push(`${name}: the SVG has focusable content`);
        }
        return problems;
      });
      failures.push(...domFailures);

      // Each figure's data table: its summary takes the keyboard focus, and Enter opens the table.
      // Every Enter is pressed before anything is measured, so the page is laid out once, not once
      // per figure (a council page has 16 figures).
      const figureCount = await page.locator('figure:has(svg)').count();
      const focusProblems: string[] = [];
      for (let index = 0; index < figureCount; index += 1) {
        const state = await page.evaluate((i) => {
          const figure = document.querySelectorAll('figure:has(svg)')[i] as HTMLElement;
          const summary = figure.querySelector<HTMLElement>(':scope details > summary');
          const name = `#${figure.id || '(figure without id)'}`;
          if (!summary) return { name, problem: 'no <details> with a <summary> for the data table' };
          summary.focus({ preventScroll: true });
          if (document.activeElement !== summary)
            return { name, problem: 'the data table’s <summary> cannot take the focus' };
          return { name, open: (summary.parentElement as HTMLDetailsElement).open };
        }, index);
        if ('problem' in state) focusProblems.push(`${state.name}: ${state.problem}`);
        else if (!state.open) await page.keyboard.press('Enter');
      }
      failures.push(...focusProblems);
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('figure:has(svg)')].flatMap((figure) => {
          const details = figure.querySelector<HTMLDetailsElement>(':scope details');
          if (!details?.querySelector(':scope > summary')) return [];
          const name = `#${figure.id || '(figure without id)'}`;
          const table = details.querySelector('table');
          if (!details.open) return [`${name}: Enter on the <summary> does not open the data table`];
          if (!table) return [`${name}: opening the <details> shows no <table>`];
          if (!(table.checkVisibility() && table.getBoundingClientRect().height > 0))
            return [`${name}: the data table stays invisible when opened`];
          if (table.querySelectorAll('th').length === 0)
            return [`${name}: the data table has no header cells`];
          return [];
        }),
      );
      failures.push(...tables);
      // The tables stay open, so the axe checks below include them.
      expectNone(failures, `Chart problems on ${url}`);
    });

    describe(checkSummary('axe'), () => {
      for (const scheme of colorSchemes) {
        it(`${scheme} colour scheme`, async () => {
          await settle(browserSite);
          const violations = await axeViolations(browserSite.page, scheme);
          const rules = scheme === 'light' ? axeTags : axeColourRules;
          expectNone(violations, `axe violations (${rules.join(', ')}) in the ${scheme} scheme on ${url}`);
        });
      }
    });

    layoutTest(`${checkSummary('layout')}: at ${viewports.wide.width} px`, async () => {
      const { page } = browserSite;
      await openAllDetails(page);
      await settle(browserSite);
      const header = await headerFacts(page);
      const failures = [
        ...(await wideTableProblems(page)),
        ...(await chartTextProblems(page)),
        // Print pages follow the print rules (tested on the PDFs), not the screen's rhythm.
        ...(url.includes('/print/') ? [] : await gapProblems(page)),
        ...(header.navVisible ? [] : ['the navigation is hidden']),
        ...(header.searchVisible ? [] : ['the search box (#site-search) is hidden']),
        ...(header.sticky ? ['the header is sticky'] : []),
      ];
      expectNone(failures, `Layout problems at ${viewports.wide.width} px on ${url}`);
    });

    if (ibmPages.has(url)) {
      describe(checkSummary('ibm'), () => {
        for (const scheme of colorSchemes) {
          it(`${scheme} colour scheme`, async () => {
            await settle(browserSite);
            const violations = await ibmViolations(browserSite.page, scheme);
            expectNone(
              violations,
              `IBM Equal Access violations (WCAG_2_2) in the ${scheme} scheme on ${url}`,
            );
          });
        }
      });
    }

    it(checkSummary('reflow'), async () => {
      const { page } = browserSite;
      const { width } = viewports.narrow;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(viewports.narrow);
      await settle(browserSite);
      const result = await page.evaluate((limit) => {
        const scrollWidth = document.documentElement.scrollWidth;
        const culprits: string[] = [];
        if (scrollWidth > limit) {
          // The innermost elements that stick out: the ones to fix.
          const sticksOut = (el: Element) =>
            el.getBoundingClientRect().right > limit + 0.5 && el.checkVisibility();
          const leaves = [...document.querySelectorAll('body *')]
            .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
            .map((el) => ({ el, right: el.getBoundingClientRect().right }))
            .sort((a, b) => b.right - a.right)
            .slice(0, 6);
          for (const { el, right } of leaves) {
            const classes = [...el.classList].map((c) => `.${c}`).join('');
            const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
            const landmark = el.closest('figure[id], section[id], [id]')?.id;
            culprits.push(
              `<${el.tagName.toLowerCase()}${classes}>${landmark ? ` in #${landmark}` : ''} "${text}" ends at ${Math.round(right)} px`,
            );
          }
        }
        return { scrollWidth, culprits };
      }, width);
      expect(
        result.scrollWidth,
        `page width at ${width} px; widest parts: ${result.culprits.join('; ')}`,
      ).toBeLessThanOrEqual(width);
    });

    it(`every chart shown at ${viewports.narrow.width} px has exactly one accessible name`, async () => {
      // The page is still at the narrow width: a figure may show a different drawing there.
      expectNone(
        await chartNameProblems(browserSite.page),
        `Chart problems at ${viewports.narrow.width} px on ${url}`,
      );
    });

    layoutTest(`${checkSummary('layout')}: at ${viewports.narrow.width} px and in between`, async () => {
      const { page } = browserSite;
      const failures: string[] = [];
      // Every <details> open since the wide check.
      await page.setViewportSize(viewports.narrow);
      await settle(browserSite);
      const narrowHeader = await headerFacts(page);
      if (narrowHeader.height > layoutLimits.header.narrow)
        failures.push(
          `header ${Math.round(narrowHeader.height)} px tall at ${viewports.narrow.width} × ${viewports.narrow.height}`,
        );
      failures.push(...(await narrowTableProblems(page)), ...(await chartTextProblems(page)));
      for (const width of layoutLimits.chartWidths.filter(
        (w) => w !== viewports.narrow.width && w !== viewports.wide.width,
      )) {
        await page.setViewportSize({ width, height: viewports.narrow.height });
        await settle(browserSite);
        failures.push(...(await chartTextProblems(page)).map((p) => `at ${width} px: ${p}`));
      }
      await page.setViewportSize(layoutLimits.short);
      await settle(browserSite);
      const shortHeader = await headerFacts(page);
      if (shortHeader.height > layoutLimits.header.short)
        failures.push(
          `header ${Math.round(shortHeader.height)} px tall at ${layoutLimits.short.width} × ${layoutLimits.short.height}`,
        );
      expectNone(failures, `Layout problems at narrow widths on ${url}`);
    });

    it(`${checkSummary('console')}, and every file it loads is found`, () => {
      expectNone(
        [...browserSite.consoleErrors, ...browserSite.failedRequests],
        `Console errors or failed loads on ${url}`,
      );
    });

    it(checkSummary('local-only'), () => {
      expectNone(browserSite.externalRequests, `Requests to other hosts from ${url}`);
    });
  });
}
