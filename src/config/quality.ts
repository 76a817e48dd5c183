/**
 * What the automated quality gates check, in one place. The tests in tests/dist/ and
 * tests/browser/ read this file, and the accessibility statement (src/pages/accessibility.astro)
 * prints it, so the statement cannot claim a check that the tests do not make.
 *
 * No imports from Node or Astro: the page and the tests both load it.
 */

/** The standard the site is tested against. */
export const standard = {
  /** As the statement names it. */
  name: 'Web Content Accessibility Guidelines version 2.2',
  /** Short form, e.g. in headings. */
  short: 'WCAG 2.2',
  level: 'AA',
  url: 'https://www.w3.org/TR/WCAG22/',
} as const;

/** axe-core rule tags run on every page: every level A and AA rule of WCAG 2.0, 2.1 and 2.2. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * axe-core's rules that read colours. Every rule runs in the light scheme; these run again in the
 * dark one. The dark scheme changes nothing but colour custom properties (src/styles/tokens.css;
 * tests/colour-scheme.test.ts keeps it so), so every other rule gives the same answer in both.
 */
export const axeColourRules = ['color-contrast', 'link-in-text-block'] as const;

/** Colour schemes every page is checked in (emulating the reader's system setting). */
export const colorSchemes = ['light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** Viewport sizes in CSS pixels: the checks run wide, then narrow for reflow. */
export const viewports = {
  /** A desktop window, where axe, keyboard and chart checks run. */
  wide: { width: 1280, height: 800 },
  /** WCAG 1.4.10 Reflow: 320 CSS px wide, which is 1280 px zoomed to 400 %. */
  narrow: { width: 320, height: 640 },
} as const;

/** How the pages under test are chosen. */
export const pageSelection = {
  /** In words, for the statement. */
  description:
    'every HTML page the build writes, found by listing the built folder, so a new page is tested without anyone adding it to a list',
  /** Folders of the built site that hold no pages of ours (Pagefind’s search index and scripts). */
  skipFolders: ['pagefind/'],
} as const;

/** What the layout check measures against, in CSS pixels. */
export const layoutLimits = {
  /** The section pages' text column: no table's box is wider. */
  textColumn: 840,
  /** The header's height at most, at 320 × 640 and at 320 × 256 (1280 × 1024 zoomed to 400 %). */
  header: { narrow: 160, short: 96 },
  /** A 320 × 256 window. */
  short: { width: 320, height: 256 },
  /** Chart text as rendered: at least 12 px, at most 1.2 times the body text (19 px). */
  chartText: { min: 12, max: 1.2 * 19 },
  /** Window widths at which chart text is measured. */
  chartWidths: [320, 480, 768, 1280],
  /** Space before a block, and before a second-level heading (--rp-space-3 and --rp-space-4). */
  gap: { block: 16, heading: 24 },
} as const;
/**
 * Where IBM's Equal Access checker runs in the test suite: on one page of each kind (the first page
 * of each folder of pages made from one template, and every page on its own), to keep the suite
 * within its time. `npm run audit` runs it, with every other browser check, on every page.
 */
export const ibmSelection = {
  /** In words, for the statement. */
  description: 'one page of each kind in every test run, and every page in the full audit',
} as const;

/** One automated check, as the statement describes it. */
export interface QualityCheck {
  /** Stable id the tests use to find the check, e.g. "axe". */
  id: string;
  /** Which group of tests makes the check. */
  gate: 'browser' | 'html' | 'links' | 'security' | 'build';
  /** What is checked, in a sentence a reader understands. */
  summary: string;
}

/** Every automated check, in the order the statement lists them. */
export const checks = [
  {
    id: 'axe',
    gate: 'browser',
    summary: `axe-core finds no failures of its ${axeTags.join(', ')} rules in the light colour scheme, nor of its colour rules (${axeColourRules.join(', ')}) in the dark scheme, which changes only colours`,
  },
  {
    id: 'ibm',
    gate: 'browser',
    summary: `IBM’s Equal Access Accessibility Checker finds no violations of its WCAG 2.2 policy, in the light and the dark colour schemes (${ibmSelection.description})`,
  },
  {
    id: 'reflow',
    gate: 'browser',
    summary: `nothing scrolls sideways in a window ${viewports.narrow.width} CSS pixels wide (the same as zooming to 400 %)`,
  },
  {
    id: 'skip-link',
    gate: 'browser',
    summary:
      'the first press of the Tab key reaches the “Skip to main content” link, and following it moves the focus to the main content',
  },
  {
    id: 'focus-visible',
    gate: 'browser',
    summary:
      'the Tab key reaches every link and control in turn; each can be seen, changes visibly when it has the focus, and keeps its text at 4.5 : 1 and its focus indicator at 3 : 1 against what surrounds it, in the light and dark colour schemes and in forced colours',
  },
  {
    id: 'charts',
    gate: 'browser',
    summary:
      'every chart has exactly one accessible name, hides its drawing from screen readers, and has a table of its data that opens from the keyboard',
  },
  {
    id: 'layout',
    gate: 'browser',
    summary:
      'tables fit the text column at 1280 px, and at 320 px a table either fits or scrolls in its own named box that takes the focus, after a hint in words, its caption wrapped to the box; the header is short on a phone and at 400 % zoom; chart text is at least 12 px at 320, 480, 768 and 1280 px and stays inside its drawing; every block has space before it',
  },
  {
    id: 'structure',
    gate: 'browser',
    summary: 'every page has exactly one main heading and declares its language as British English',
  },
  {
    id: 'console',
    gate: 'browser',
    summary: 'no page writes an error to the browser console',
  },
  {
    id: 'local-only',
    gate: 'browser',
    summary: 'no page makes any request to another website',
  },
  {
    id: 'html',
    gate: 'html',
    summary: 'every page is valid HTML (html-validate with its recommended rules)',
  },
  {
    id: 'w3c',
    gate: 'html',
    summary: 'every page passes the W3C Nu HTML Checker (the checker behind validator.w3.org) with no errors',
  },
  {
    id: 'links',
    gate: 'links',
    summary: 'every link to a page, section, CSV file or PDF of the site leads somewhere',
  },
  {
    id: 'security',
    gate: 'security',
    summary:
      'every page carries a content security policy, runs no inline scripts and loads nothing from other websites',
  },
  {
    id: 'fail-safe',
    gate: 'build',
    summary:
      'a mistake in a data file or a page’s text stops the build with a message naming the file, and the published site is left as it was',
  },
  {
    id: 'deterministic',
    gate: 'build',
    summary: 'building the same sources twice gives byte-for-byte the same site',
  },
] as const satisfies readonly QualityCheck[];

export type QualityCheckId = (typeof checks)[number]['id'];

/** The checks made in the browser, and those made on the built files and the build. */
export const browserChecks: readonly QualityCheck[] = checks.filter((c) => c.gate === 'browser');
export const buildChecks: readonly QualityCheck[] = checks.filter((c) => c.gate !== 'browser');

/** The summary of one check, for test names: ties each test to the sentence the statement prints. */
export function checkSummary(id: QualityCheckId): string {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`Unknown quality check "${id}".`);
  return check.summary;
}

/**
 * Checks a person makes, which no automated tool can. `done` is the date (yyyy-mm-dd) the check
 * was last made, or null while it has not been. The statement prints them with their status.
 */
export interface ManualCheck {
  summary: string;
  done: string | null;
}

export const manualChecks: readonly ManualCheck[] = [
  {
    summary:
      'looking at the home page, every chapter and annex, and the priority pages in Chromium at 1280 and 320 px wide, in light and dark colour schemes',
    done: '2026-11-26',
  },
  { summary: 'looking at every page of the PDF versions, rendered as images', done: '2026-11-26' },
  {
    summary: 'reading every page with a screen reader (NVDA with Firefox, VoiceOver with Safari)',
    done: null,
  },
  { summary: 'using the whole site with the keyboard alone, including search', done: null },
  { summary: 'zooming text to 200 % and the page to 400 % in a desktop browser', done: null },
  { summary: 'Windows high contrast (forced colours) mode, including the charts', done: null },
  {
    summary: 'speech recognition (Dragon or Voice Control) on the navigation and the data tables',
    done: null,
  },
  { summary: 'the PDF versions of the plan, with a screen reader and the PAC checker', done: null },
  { summary: 'plain-English review of the site’s own text (not the plan’s words)', done: null },
];

/**
 * What the statement says about compliance with the standard. "partial" until every manual check
 * has been made and the known limitations have been reviewed.
 */
export const complianceStatus: 'full' | 'partial' = 'partial';

/**
 * Date of the accessibility statement (yyyy-mm-dd): when it was written or last reviewed. A fixed
 * value, never the build clock, so the statement does not change by itself. Update it whenever the
 * statement or the site's accessibility changes.
 */
export const statementDate = '2026-11-26';
