/**
 * Search, as a reader uses it: the plain form on any page sends the words to /search/, Pagefind
 * finds the paragraph that holds them, and its result leads to that paragraph's anchor. A council's
 * or a measure's name finds its page first; the number of results is announced; the page with
 * results can be read and used from the keyboard in the light and dark schemes and in forced colours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorSchemes } from '../../src/config/quality';
import { site } from '../../src/config/site';
import { axeViolations, ibmViolations, openSite, type BrowserSite } from '../support/browser';
import { distDir, expectNone } from '../support/dist';
import { walkFocusStops } from '../support/focus';

/** Each council's name and each measure page's h1, with the page it should find first. */
const named: { query: string; page: string }[] = [
  ...Papa.parse<{ slug: string; name: string }>(readFileSync('data/councils.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((c) => ({ query: c.name, page: `councils/${c.slug}/` })),
  ...readdirSync(path.join(distDir, 'since-the-plan'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const file = path.join(distDir, 'since-the-plan', entry.name, 'index.html');
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return { query: h1, page: `since-the-plan/${entry.name}/` };
    }),
  { query: 'agency social workers', page: 'since-the-plan/agency-social-workers/' },
];

let browserSite: BrowserSite;

beforeAll(async () => {
  browserSite = await openSite();
});
afterAll(async () => {
  await browserSite?.close();
});

describe('search', () => {
  it('the header form of a page sends the query to /search/ without JavaScript of its own', async () => {
    await browserSite.open('/plan/');
    const { page } = browserSite;
    await page.fill('#site-search', 'fostering');
    await Promise.all([page.waitForURL(/\/search\/\?q=fostering$/), page.press('#site-search', 'Enter')]);
  });

  it('finds a paragraph by a word in it and lands on that paragraph', async () => {
    // "unaccompanied" is in paragraph 2.3 of the plan.
    await browserSite.open('/search/?q=unaccompanied');
    const { page } = browserSite;
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'paragraph 2.3' });
    await result.first().waitFor({ timeout: 15_000 });
    const href = await result.first().getAttribute('href');
    expect(href).toMatch(/\/plan\/characteristics\/#para-2-3$/);
    await Promise.all([page.waitForURL(/#para-2-3$/), result.first().click()]);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('para-2-3');
    expect(await page.locator('#para-2-3').textContent()).toContain('unaccompanied asylum-seeking children');
    expect(browserSite.consoleErrors).toEqual([]);
    expect(browserSite.externalRequests).toEqual([]);
  });

  it('gives the search box a visible label that names it (axe label rules, best practice included)', async () => {
    await browserSite.open('/search/');
    const { page } = browserSite;
    const input = page.locator('#search input[type="text"]');
    await input.waitFor({ timeout: 15_000 });
    const label = page.locator('label[for="search-input"]');
    expect(await label.isVisible()).toBe(true);
    expect(await input.getAttribute('id')).toBe('search-input');
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'rule', values: ['label', 'label-title-only'] },
      });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    await browserSite.open('/search/?q=zzzyxq');
    await browserSite.page.getByText('No results for zzzyxq').waitFor({ timeout: 15_000 });
  });

  it(`finds each council and each measure by its name first (${named.length} searches), titled by its h1 alone`, async () => {
    await browserSite.open('/search/');
    const { page } = browserSite;
    const input = page.locator('#search-input');
    await input.waitFor({ timeout: 15_000 });
    const problems: string[] = [];
    for (const { query, page: expected } of named) {
      await input.fill(query);
      // The announcement comes once the results have settled: it names the words searched for.
      await page.locator('#search-status', { hasText: `for ${query}` }).waitFor({ timeout: 15_000 });
      await page
        .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
        .first()
        .waitFor({ timeout: 15_000 });
      const results = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLAnchorElement>(
            '.pagefind-ui__result-title .pagefind-ui__result-link',
          ),
        ].map((link) => ({ href: link.getAttribute('href') ?? '', title: link.textContent?.trim() ?? '' })),
      );
      const want = `${site.basePath}${expected}`;
      // Places count pages, as a reader sees them: a page's sections listed under it are not places.
      const pages = [...new Set(results.map((r) => r.href.split('#')[0]))];
      const place = pages.indexOf(want) + 1;
      const first = results[0] ?? { href: '(none)', title: '' };
      if (place !== 1)
        problems.push(
          `"${query}": the first result is ${first.href} ("${first.title}"); ${want} is ${place === 0 ? 'not' : `number ${place}`} of the first ${pages.length} pages shown`,
        );
      else if (query !== 'agency social workers' && first.title !== query)
        problems.push(`"${query}": the first result is titled "${first.title}", not the page's h1`);
    }
    expectNone(problems, 'Searches for a council or a measure by its name');
  });

  it('announces the number of results, and the page with results is readable and usable in every scheme', async () => {
    await browserSite.open('/search/?q=fostering');
    const { page } = browserSite;
    const status = page.locator('#search-status[role="status"]');
    await status.filter({ hasText: /^\d+ results? for fostering$/ }).waitFor({ timeout: 15_000 });
    // Pagefind's sub-result arrow is decoration: the links' accessible names do not start with it.
    const names = await page
      .locator('.pagefind-ui__result-nested .pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => link.textContent ?? ''));
    expect(names.length, 'sub-results shown').toBeGreaterThan(0);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    await cdp.detach();
    const read = nodes.filter((n) => !n.ignored && n.role?.value === 'link').map((n) => n.name?.value ?? '');
    expectNone(
      read.filter((name) => /[\u2937\u2192\u21b3]/.test(name)),
      'Links whose accessible name reads an arrow aloud',
    );
    const problems: string[] = [];
    for (const scheme of colorSchemes) {
      problems.push(...(await axeViolations(page, scheme)), ...(await ibmViolations(page, scheme)));
    }
    const walk = await walkFocusStops(page);
    expect(walk.stops, 'Tab stops with results shown').toBeGreaterThan(10);
    problems.push(...walk.problems);
    expectNone(problems, 'The search page with results');
  });
});
