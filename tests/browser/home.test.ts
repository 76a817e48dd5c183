/**
 * The home page as a reader sees it: the four ambitions two by two on a wide screen and in one
 * column on a phone, and room between the introduction and the first heading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewports } from '../../src/config/quality';
import { openSite, type BrowserSite } from '../support/browser';

let browserSite: BrowserSite;

beforeAll(async () => {
  browserSite = await openSite();
});
afterAll(async () => {
  await browserSite?.close();
});

/** The distinct left edges and top edges of the ambition cards, in px. */
async function cardGrid(): Promise<{ columns: number; rows: number; cards: number }> {
  const boxes = await browserSite.page
    .locator('section:has(#ambitions) li')
    .evaluateAll((items) =>
      items.map((li) => li.getBoundingClientRect()).map((r) => [Math.round(r.left), Math.round(r.top)]),
    );
  return {
    cards: boxes.length,
    columns: new Set(boxes.map(([left]) => left)).size,
    rows: new Set(boxes.map(([, top]) => top)).size,
  };
}

describe('home page', () => {
  it('lays out the four ambitions two by two on a wide screen', async () => {
    await browserSite.open('/');
    expect(await cardGrid()).toEqual({ cards: 4, columns: 2, rows: 2 });
  });

  it('stacks the ambitions in one column on a phone', async () => {
    await browserSite.open('/');
    await browserSite.page.setViewportSize(viewports.narrow);
    expect(await cardGrid()).toEqual({ cards: 4, columns: 1, rows: 4 });
  });

  it('leaves at least 2rem between the introduction and the first heading', async () => {
    await browserSite.open('/');
    const gap = await browserSite.page.evaluate(() => {
      const intro = document.querySelector('main h1 + p') as HTMLElement;
      const heading = document.querySelector('main h2') as HTMLElement;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return (heading.getBoundingClientRect().top - intro.getBoundingClientRect().bottom) / rem;
    });
    expect(gap).toBeGreaterThanOrEqual(2);
  });
});
