/**
 * The compare page in Chromium, read by computed style: ticking two councils shows only their
 * rows and chart lines, highlighted, and puts them in the address; that address opened on a fresh
 * page (not a reload, which could restore the form) shows the same; a seventh tick is refused;
 * with JavaScript off the address shows all 19, and ticking two boxes shows only those two, by CSS
 * alone; each ticked council's line and name take a colour of their own, by the boxes' order; no
 * two names shown touch, and with the page's script each sits near its line's end.
 * One browser context, five page loads.
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
    // The lines of the drawing shown at this width (each chart is drawn twice, wide and narrow).
    const groups = [...document.querySelectorAll('svg g.la')].filter(
      (g) => visible(g) && g.closest('svg')?.checkVisibility(),
    );
    // The colours a ticked council's line may take, resolved by the browser from the tokens.
    const picks = new Map<string, string>();
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      probe.style.stroke = `var(--rp-chart-pick-${n})`;
      document.querySelector('main svg')?.append(probe);
      picks.set(getComputedStyle(probe).stroke, `pick ${n}`);
      probe.remove();
    }
    const colour = (value: string) => picks.get(value) ?? value;
    const slugOf = (g: Element) => [...g.classList].find((c) => c.startsWith('la-'))?.slice(3) ?? '';
    return {
      rows: count(rows.map((r) => r.getAttribute('data-la') ?? '')),
      chartRows: [...new Set(chartRows.map((r) => r.getAttribute('data-la') ?? ''))].sort(),
      lines: count(groups.map(slugOf)),
      // Each council's line and name, as drawn: colour (by token) and width; one entry per kind seen.
      strokes: Object.fromEntries(
        [...new Set(groups.map(slugOf))].map((slug) => {
          const drawn = groups
            .filter((g) => slugOf(g) === slug)
            .flatMap((g) => [
              ...[...g.querySelectorAll('polyline')].map((p) => {
                const style = getComputedStyle(p);
                return `line ${colour(style.stroke)} ${style.strokeWidth}`;
              }),
              ...[...g.querySelectorAll('.name')].map((t) => `name ${colour(getComputedStyle(t).fill)}`),
            ]);
          return [slug, [...new Set(drawn)].sort()];
        }),
      ),
      names: groups.filter((g) => [...g.querySelectorAll('.name')].some(visible)).length,
      ticked: [...document.querySelectorAll<HTMLInputElement>('input[name="la"]:checked')].map(
        (i) => i.value,
      ),
    };
  });
}

/**
 * How the names shown in the charts sit, read from the drawings' coordinates: names that touch
 * the name above them, and names further from their line's end (the leader's two ends) than the
 * names shown in that chart need (18 units each), in every chart, both drawings.
 */
async function namePlacement(page: Page) {
  return page.evaluate(() => {
    const touching: string[] = [];
    const far: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-names]')) {
      const chart = `${svg.closest('figure')?.id ?? ''} ${svg.classList.contains('rp-compare-chart--wide') ? 'wide' : 'narrow'}`;
      const shown = [...svg.querySelectorAll<SVGTextElement>('text.name')]
        .filter((t) => getComputedStyle(t).display !== 'none')
        .filter((t) => t.parentElement && getComputedStyle(t.parentElement).display !== 'none')
        .map((t) => {
          const leader = t.previousElementSibling as SVGLineElement;
          const lines = t.querySelectorAll('tspan').length;
          const centre = Number(leader.getAttribute('y2'));
          return {
            name: t.textContent ?? '',
            end: Number(leader.getAttribute('y1')),
            top: centre - lines * 8,
            bottom: centre + lines * 8,
            centre,
          };
        })
        .sort((a, b) => a.centre - b.centre);
      shown.forEach((n, i) => {
        const above = shown[i - 1];
        if (above && n.top < above.bottom - 1) touching.push(`${chart}: ${n.name} touches ${above.name}`);
        if (Math.abs(n.centre - n.end) > shown.length * 18)
          far.push(`${chart}: ${n.name} ${Math.round(Math.abs(n.centre - n.end))} units from its line's end`);
      });
    }
    return { touching, far };
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
    // Kent's box comes before Medway's: Kent takes the first colour, Medway the second, line and name.
    expect(after.strokes).toEqual({
      kent: ['line pick 1 3px', 'name pick 1'],
      medway: ['line pick 2 3px', 'name pick 2'],
    });
    expect(after.names).toBe(2 * MEASURES);
    expect(new URL(page.url()).search).toBe('?la=kent&la=medway');
    // The page's script places the names shown among themselves: none touches, each near its line.
    await page.check('#la-surrey');
    expect(await namePlacement(page)).toEqual({ touching: [], far: [] });
    await page.uncheck('#la-surrey');
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
      // Without the script, every name keeps a place of its own: none touches, whatever is ticked.
      expect((await namePlacement(fresh)).touching).toEqual([]);
      // Hampshire's box comes first: the colours follow the boxes' order, by CSS alone.
      await fresh.check('#la-hampshire');
      expect((await shown(fresh)).strokes).toEqual({
        hampshire: ['line pick 1 3px', 'name pick 1'],
        kent: ['line pick 2 3px', 'name pick 2'],
        medway: ['line pick 3 3px', 'name pick 3'],
      });
    } finally {
      await fresh.close();
    }
  });
});
