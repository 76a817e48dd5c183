/**
 * One Chromium for the browser tests: the built site served on 127.0.0.1, tabs reused for every
 * URL, console errors and any request to another host recorded (and the request stopped).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { axeColourRules, axeTags, viewports, type ColorScheme } from '../../src/config/quality';
import { site } from '../../src/config/site';
import { distDir } from './dist';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
/** IBM Equal Access Accessibility Checker's engine, for the browser. */
const aceSource = await readFile(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');

/** A browser on the built site, with what it saw. */
export interface BrowserSite {
  page: Page;
  /** Absolute URL of a site path such as "/plan/". */
  urlOf(sitePath: string): string;
  /** Console errors and uncaught exceptions since the last `reset()`. */
  consoleErrors: string[];
  /** Requests to anything but the local server since the last `reset()` (each was stopped). */
  externalRequests: string[];
  /** Local requests that failed (other than those stopped above) since the last `reset()`. */
  failedRequests: string[];
  /** Opens a page in its default state: wide window, light scheme, records cleared, axe and IBM's checker injected. */
  open(sitePath: string): Promise<void>;
  close(): Promise<void>;
}

/** One Chromium on the built site, handing out tabs: pages can be tested side by side. */
export interface SiteBrowser {
  /** A tab of its own (own context: viewport, colour scheme and records apart), from a pool. */
  acquire(): Promise<BrowserSite>;
  /** Gives a tab back to the pool for the next page. */
  release(tab: BrowserSite): void;
  close(): Promise<void>;
}

/** Records what a page does: console errors, failed loads, and requests to other hosts. */
interface PageRecords {
  consoleErrors: string[];
  externalRequests: string[];
  failedRequests: string[];
}

async function newTab(browser: Browser, server: StaticServer): Promise<BrowserSite> {
  const origin = new URL(server.url).origin;
  const context: BrowserContext = await browser.newContext({ viewport: viewports.wide });
  let records: PageRecords = { consoleErrors: [], externalRequests: [], failedRequests: [] };
  await context.route('**', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    records.externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  /** A page with the recorders attached. */
  const freshPage = async (): Promise<Page> => {
    const fresh = await context.newPage();
    fresh.on('console', (message) => {
      if (message.type() === 'error') records.consoleErrors.push(message.text());
    });
    fresh.on('pageerror', (error) => records.consoleErrors.push(`uncaught: ${error.message}`));
    fresh.on('requestfailed', (request) => {
      if (new URL(request.url()).origin === origin) {
        records.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
      }
    });
    fresh.on('response', (response) => {
      if (response.status() >= 400)
        records.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    return fresh;
  };
  let page = await freshPage();

  const urlOf = (sitePath: string) => new URL(sitePath.replace(/^\//, ''), server.url).href;
  /**
   * Loads a URL in the default state (wide window, light scheme) on the tab's page, reused from
   * URL to URL: a new page costs Chromium a second or more.
   */
  const load = async (sitePath: string, timeout: number) => {
    records = { consoleErrors: [], externalRequests: [], failedRequests: [] };
    await page.setViewportSize(viewports.wide);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(urlOf(sitePath), { waitUntil: 'load', timeout });
  };
  return {
    get page() {
      return page;
    },
    urlOf,
    get consoleErrors() {
      return records.consoleErrors;
    },
    get externalRequests() {
      return records.externalRequests;
    },
    get failedRequests() {
      return records.failedRequests;
    },
    async open(sitePath) {
      try {
        await load(sitePath, 60_000);
      } catch (error) {
        // A page of a few KB that has not loaded in a minute is stuck, not slow (seen once in CI,
        // on /search/): it is loaded once more on a new page, and fails if it sticks again.
        if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
        console.warn(`${sitePath} did not finish loading within 60 s; loading it once more on a new page.`);
        await page.close();
        page = await freshPage();
        await load(sitePath, 60_000);
      }
      // Through the DevTools protocol, so the page's content security policy does not block them.
      await page.evaluate(axeSource);
      await page.evaluate(aceSource);
    },
    async close() {
      await context.close();
    },
  };
}

/**
 * Serves distDir and starts one Chromium on it, with up to `tabs` tabs open at once (each page's
 * checks run in order on its own tab; pages run side by side).
 */
export async function openBrowser(tabs = 2): Promise<SiteBrowser> {
  const server: StaticServer = await serveStatic(distDir, site.basePath);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const idle: BrowserSite[] = [];
  const waiting: ((tab: BrowserSite) => void)[] = [];
  // Tabs being opened are counted before the await, so that many pages asking at once (every
  // page's hook starts together) open `tabs` tabs, not one each.
  const all: Promise<BrowserSite>[] = [];
  return {
    async acquire() {
      const ready = idle.pop();
      if (ready) return ready;
      if (all.length < tabs) {
        const tab = newTab(browser, server);
        all.push(tab);
        return tab;
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release(tab) {
      const next = waiting.shift();
      if (next) next(tab);
      else idle.push(tab);
    },
    async close() {
      for (const tab of await Promise.allSettled(all))
        if (tab.status === 'fulfilled') await tab.value.close();
      await browser.close();
      await server.close();
    },
  };
}

/** Serves distDir and starts Chromium on it, with one tab; closing it closes everything. */
export async function openSite(): Promise<BrowserSite> {
  const shared = await openBrowser(1);
  try {
    const tab = await shared.acquire();
    return {
      get page() {
        return tab.page;
      },
      urlOf: (sitePath) => tab.urlOf(sitePath),
      get consoleErrors() {
        return tab.consoleErrors;
      },
      get externalRequests() {
        return tab.externalRequests;
      },
      get failedRequests() {
        return tab.failedRequests;
      },
      open: (sitePath) => tab.open(sitePath),
      close: () => shared.close(),
    };
  } catch (error) {
    await shared.close();
    throw error;
  }
}

/**
 * One axe violation at one element, as a line of a report: every rule of axeTags in the light
 * scheme, and the rules that read colours (axeColourRules) in the dark one.
 */
export async function axeViolations(page: Page, scheme: ColorScheme): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  // Two frames, so styles for the new scheme are applied before axe reads colours.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const runOnly =
    scheme === 'light'
      ? { type: 'tag', values: [...axeTags] }
      : { type: 'rule', values: [...axeColourRules] };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: runOnly as import('axe-core').RunOnly,
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 160),
        summary: (n.failureSummary ?? '').split('\n').slice(1).join(' ').trim().slice(0, 240),
      })),
    }));
  }, runOnly);
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${scheme}] ${v.id} (${v.impact}): ${v.help} at ${n.target} ${n.html}${n.summary ? ` — ${n.summary}` : ''}`,
    ),
  );
}

/**
 * What is wrong with the charts' accessible names, read from the browser's own accessibility tree
 * (what a screen reader is given). A figure may hold several drawings (say one for wide and one
 * for narrow screens) as long as exactly one is exposed at a time: that one must be an image with
 * a non-empty name that comes from exactly one source (aria-labelledby, not also aria-label or a
 * <title>).
 */
export async function chartNameProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const figures = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'figure' });
    for (const figureId of figures.nodeIds) {
      const { attributes } = await cdp.send('DOM.getAttributes', { nodeId: figureId });
      const idIndex = attributes.indexOf('id');
      const name = `#${idIndex >= 0 ? attributes[idIndex + 1] : '(figure without id)'}`;
      const svgs = await cdp.send('DOM.querySelectorAll', { nodeId: figureId, selector: 'svg:not(svg svg)' });
      if (svgs.nodeIds.length === 0) continue;
      const exposed = [];
      for (const nodeId of svgs.nodeIds) {
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        const node = nodes[0];
        if (node && !node.ignored) exposed.push(node);
      }
      const [node] = exposed;
      if (exposed.length !== 1 || !node) {
        problems.push(
          `${name}: ${exposed.length} drawings are exposed to assistive technology, expected exactly one`,
        );
        continue;
      }
      if (node.role?.value !== 'image') {
        problems.push(
          `${name}: the SVG's role is "${String(node.role?.value)}", expected image (role="img")`,
        );
      }
      const label: unknown = node.name?.value;
      if (typeof label !== 'string' || label.trim() === '')
        problems.push(`${name}: the SVG has no accessible name`);
      const sources = (node.name?.sources ?? []).filter((source) => source.value !== undefined);
      if (sources.length !== 1) {
        const kinds = sources.map((source) => source.attribute ?? source.type).join(', ');
        problems.push(`${name}: the SVG is named ${sources.length} ways (${kinds}), expected exactly one`);
      }
    }
  } finally {
    await cdp.detach();
  }
  return problems;
}

/**
 * IBM Equal Access rules switched off, each with its reason. Empty: every rule of the policy runs.
 * A rule is only ever added here with the reason it does not apply to this site.
 */
export const ibmRulesOff: Readonly<Record<string, string>> = {};

/**
 * IBM Equal Access Accessibility Checker (accessibility-checker-engine, injected on open) on the
 * page in one colour scheme, under its WCAG 2.2 policy: one line per violation. Its "potential
 * violations" and "recommendations" ask a person to judge and are not reported.
 */
export async function ibmViolations(page: Page, scheme: ColorScheme): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const found = await page.evaluate(async (off) => {
    interface AceResult {
      ruleId: string;
      value: [string, string];
      message: string;
      path: { dom: string };
      snippet: string;
    }
    const ace = (
      window as unknown as {
        ace: { Checker: new () => { check(d: Document, p: string[]): Promise<{ results: AceResult[] }> } };
      }
    ).ace;
    const report = await new ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !(r.ruleId in off))
      .map((r) => `${r.ruleId}: ${r.message} at ${r.path.dom} ${r.snippet.slice(0, 160)}`);
  }, ibmRulesOff);
  return found.map((line) => `[${scheme}] ${line}`);
}
