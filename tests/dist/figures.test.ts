/**
 * Every figure on the built site is complete: a numbered caption and subtitle, one drawing named
 * and described by the caption and the visible summary, a data table, a CSV of exactly the rows
 * shown that resolves, and its source with a licence.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/index';
import { allMeasureFigures } from '../../src/charts/measure-figures';
import { getMeasures } from '../../src/queries/measures';
import { site } from '../../src/config/site';
import { distDir, listPages } from '../support/dist';

const pages = await listPages();
const figures = pages.flatMap((page) => {
  const html = readFileSync(path.join(distDir, page.file), 'utf8');
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('figure.rp-figure')].map((figure) => ({ page: page.url, figure }));
});

describe('figures on the built site', () => {
  it('shows every figure of the registry, and both figures of every measure page, somewhere', () => {
    const measureIds = allMeasureFigures(getMeasures()).map((c) => c.id);
    expect([...new Set(figures.map((f) => f.figure.id))].sort()).toEqual([...chartIds, ...measureIds].sort());
  });

  it.each(figures.map((f) => [`${f.page}#${f.figure.id}`, f] as const))('%s is complete', (_, { figure }) => {
    const caption = figure.querySelector('figcaption');
    expect(caption?.textContent).toMatch(/^\s*Figure (\d+|S\d+(\.\d+)?): \S/);
    const drawings = figure.querySelectorAll('svg[role="img"]');
    expect(drawings.length).toBeGreaterThan(0);
    for (const svg of drawings) {
      const title = figure.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`);
      expect(
        svg.hasAttribute('aria-describedby'),
        'the printed summary is not repeated as a description',
      ).toBe(false);
      expect(title?.textContent?.trim().length).toBeGreaterThan(10);
    }
    const summary = figure.querySelector('.rp-figure__summary');
    expect(summary?.textContent?.trim().length).toBeGreaterThan(30);
    expect(summary?.tagName).toBe('P');
    const table = figure.querySelector('details table');
    expect(table?.querySelector('caption')).not.toBeNull();
    expect(table?.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    const csv = figure.querySelector('a[href$=".csv"]')?.getAttribute('href') ?? '';
    expect(csv).toBe(`${site.basePath}data/figures/${figure.id}.csv`);
    const file = path.join(distDir, csv.slice(site.basePath.length));
    expect(existsSync(file), `${csv} exists`).toBe(true);
    const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
    expect(header).toContain('source_id');
    expect(rows.length).toBeGreaterThan(0);
    expect(figure.textContent).toMatch(/Sources?: /);
  });
});
