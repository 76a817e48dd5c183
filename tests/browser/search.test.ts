/**
 * Search, as a reader uses it: the plain form on any page sends the words to /search/, Pagefind
 * finds the paragraph that holds them, and its result leads to that paragraph's anchor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser';

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
});
