/**
 * The compare page in Chromium, read by computed style: ticking two councils shows only their
 * rows and chart lines, highlighted, and puts them in the address; that address opened on a fresh
 * page (not a reload, which could restore the form) shows the same; a seventh tick is refused;
 * with JavaScript off the address shows all 19, and ticking two boxes shows only those two, by CSS
 * alone. One browser context, five page loads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type BrowserSite } from '../support/browser';

let browserSite: BrowserSite;

beforeAll(async () => {
  browserSite = await openSite();
});
afterAll(async () => {
  await browserSite?.close();
});

/** What the page shows: the councils whose rows and chart groups are displayed, and how the lines are drawn. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none';
    const count = (items: string[]) => {
      const counts: Record<string, number> = {};
      for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
      return counts;
    };
    const rows = [...document.querySelectorAll('tr[data-la]')]
      .filter((r) => !r.closest('details'))
      .filter(visible);
    const chartRows = [...document.querySelectorAll('details tr[data-la]')].filter(visible);
    const groups = [...document.querySelectorAll('svg g.la')].filter(visible);
    // The colour a council line takes when highlighted, resolved by the browser from the token.
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    probe.style.stroke = 'var(--rp-chart-council)';
    document.querySelector('main svg')?.append(probe);
    const councilColour = getComputedStyle(probe).stroke;
    probe.remove();
    return {
      rows: count(rows.map((r) => r.getAttribute('data-la') ?? '')),
      chartRows: [...new Set(chartRows.map((r) => r.getAttribute('data-la') ?? ''))].sort(),
      lines: count(groups.map((g) => [...g.classList].find((c) => c.startsWith('la-'))?.slice(3) ?? '')),
      strokes: [
        ...new Set(
          groups.flatMap((g) =>
            [...g.querySelectorAll('polyline')].map((p) => {
              const style = getComputedStyle(p);
              return `${style.stroke === councilColour ? 'council colour' : style.stroke} ${style.strokeWidth}`;
            }),
          ),
        ),
      ],
      names: groups.filter((g) => [...g.querySelectorAll('.name')].some(visible)).length,
      ticked: [...document.querySelectorAll<HTMLInputElement>('input[name="la"]:checked')].map(
        (i) => i.value,
      ),
    };
  });
}

const MEASURES = 16;
/** Each council has a row in each measure's table and a line in each chart (and rows in the charts' data tables). */
const bothRows = { kent: MEASURES, medway: MEASURES };
const bothLines = { kent: MEASURES, medway: MEASURES };

describe('the compare page', () => {
  it('shows only the two councils ticked, highlighted and named, and keeps them in the address', async () => {
    await browserSite.open('/compare/');
    const { page } = browserSite;
    const before = await shown(page);
    expect(Object.keys(before.rows), 'rows with nothing ticked').toHaveLength(19);
    expect(before.names, 'council names drawn with nothing ticked').toBe(0);
    await page.check('#la-medway');
    await page.check('#la-kent');
    const after = await shown(page);
    expect(after.rows).toEqual(bothRows);
    expect(after.lines).toEqual(bothLines);
    expect(after.chartRows).toEqual(['kent', 'medway']);
    expect(after.strokes).toEqual(['council colour 3px']);
    expect(after.names).toBe(2 * MEASURES);
    expect(new URL(page.url()).search).toBe('?la=kent&la=medway');
  });

  it('shows the same on a fresh page opened at that address', async () => {
    const fresh = await browserSite.page.context().newPage();
    try {
      await fresh.goto(browserSite.urlOf('/compare/?la=medway&la=kent'));
      const seen = await shown(fresh);
      expect(seen.ticked).toEqual(['kent', 'medway']);
      expect(seen.rows).toEqual(bothRows);
      expect(seen.lines).toEqual(bothLines);
      expect(new URL(fresh.url()).search).toBe('?la=kent&la=medway');
    } finally {
      await fresh.close();
    }
  });

  it('refuses a seventh council and says why', async () => {
    const { page } = browserSite;
    await page.goto(
      browserSite.urlOf('/compare/?la=hampshire&la=kent&la=medway&la=reading&la=slough&la=surrey'),
    );
    await page.locator('#la-wokingham').click();
    expect(await page.isChecked('#la-wokingham')).toBe(false);
    expect(await page.textContent('#compare-status')).toMatch(/Up to 6 councils/);
    expect(Object.keys((await shown(page)).rows)).toHaveLength(6);
  });

  it('without JavaScript shows all 19 at a shared address, then only the two ticked', async () => {
    const fresh = await browserSite.page.context().newPage();
    try {
      const cdp = await fresh.context().newCDPSession(fresh);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await fresh.goto(browserSite.urlOf('/compare/?la=kent&la=medway'));
      const untouched = await shown(fresh);
      expect(untouched.ticked).toEqual([]);
      expect(Object.keys(untouched.rows)).toHaveLength(19);
      expect(Object.values(untouched.rows).every((n) => n === MEASURES)).toBe(true);
      expect(untouched.chartRows).toHaveLength(19);
      await fresh.check('#la-kent');
      await fresh.check('#la-medway');
      const ticked = await shown(fresh);
      expect(ticked.rows).toEqual(bothRows);
      expect(ticked.lines).toEqual(bothLines);
      expect(ticked.chartRows).toEqual(['kent', 'medway']);
      expect(new URL(fresh.url()).search, 'no script keeps the address').toBe('?la=kent&la=medway');
    } finally {
      await fresh.close();
    }
  });
});
