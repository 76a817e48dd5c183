/**
 * The council maps as built: every map on /councils/ names all 19 councils in text inside its
 * container (a numbered key, with a number on the map for each), its links (the locator map) run in
 * alphabetical order, and each council page has a small locator map with that council highlighted.
 * That the numbers do not overlap at 320 px is tested on the layout (src/lib/geo/labels.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

const councils = Papa.parse<Record<string, string>>(readFileSync('data/councils.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const names = councils.map((c) => c['name'] as string).sort((a, b) => a.localeCompare(b, 'en-GB'));
const page = (file: string) => parseHTML(readFileSync(path.join(distDir, file), 'utf8')).document;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('council maps', () => {
  const index = page('councils/index.html');
  const maps = [...index.querySelectorAll('.rp-map')];

  it('the index has the locator map and three choropleths', () => {
    expect(maps).toHaveLength(4);
  });

  it('each map names the 19 councils inside its container, numbered as on the map', () => {
    for (const map of maps) {
      const key = [...map.querySelectorAll('ol.key li')].map((li) => squash(li.textContent));
      expect(key.map((k) => /^(\d+) (.+?)(:.*)?$/.exec(k)?.[2])).toEqual(names);
      expect(key.map((k) => Number(/^\d+/.exec(k)?.[0]))).toEqual(names.map((_, i) => i + 1));
      const numbers = [...map.querySelectorAll('.labels .label')].map((l) => Number(squash(l.textContent)));
      expect(numbers).toEqual(names.map((_, i) => i + 1));
    }
  });

  it('a choropleth’s key gives each council its quarter, as its table does', () => {
    for (const map of maps.slice(1)) {
      const rows = [...map.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((c) => squash(c.textContent)),
      );
      for (const li of map.querySelectorAll('ol.key li')) {
        const [, name, rest] = /^\d+ (.+?): (.+)$/.exec(squash(li.textContent)) ?? [];
        const row = rows.find((r) => r[0] === name);
        expect(row, `${name} in the table`).toBeDefined();
        expect(rest).toBe(row?.[2] ? `${row[2]} quarter` : 'Not published');
      }
    }
  });

  it('the keyboard visits the locator map’s councils by name', () => {
    const labels = [...(maps[0]?.querySelectorAll('svg a') ?? [])].map((a) => a.getAttribute('aria-label'));
    expect(labels).toEqual(names);
  });

  it('each council page has a locator map with that council, and only it, highlighted', () => {
    for (const c of councils) {
      const locator = page(`councils/${c['slug']}/index.html`).querySelector('#locator');
      expect(locator, c['slug']).not.toBeNull();
      expect(locator?.querySelectorAll('path.highlight')).toHaveLength(1);
      expect(locator?.querySelectorAll('path.area')).toHaveLength(19);
      expect(squash(locator?.querySelector('.caption')?.textContent)).toContain(c['name']);
    }
  });

  it('each choropleth’s table comes as a CSV of the latest year’s values in data/lait_values.csv', () => {
    const values = Papa.parse<Record<string, string>>(readFileSync('data/lait_values.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const choropleths = maps.slice(1);
    expect(choropleths).toHaveLength(3);
    for (const map of choropleths) {
      const href = map.querySelector('a[href$=".csv"][download]')?.getAttribute('href') ?? '';
      expect(href, map.id).toMatch(/^\/data\/maps\/[a-z0-9-]+\.csv$/);
      const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(distDir, href), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.map((r) => r['council']).sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en-GB'))).toEqual(
        names,
      );
      // The latest year: the last in which England (970) has a figure for the measure.
      const code = rows[0]?.['measure'] ?? '';
      const years = values.filter(
        (v) => v['measure'] === code && v['area_code'] === '970' && v['value'] !== '',
      );
      const latest = Math.max(...years.map((v) => Number(v['year'])));
      for (const row of rows) {
        const published = values.find(
          (v) => v['measure'] === code && v['area_code'] === row['la_number'] && Number(v['year']) === latest,
        );
        expect(row['value'], `${href} ${row['council']}`).toBe(published?.['value'] ?? '');
        expect(row['quarter_of_england'] === '', `${href} ${row['council']}`).toBe(row['value'] === '');
      }
      // The table on the page lists the same councils, in the same order as the CSV.
      const shown = [...map.querySelectorAll('table tbody tr th')].map((th) => squash(th.textContent));
      expect(shown).toEqual(rows.map((r) => r['council']));
    }
  });
});
