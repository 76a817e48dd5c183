import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compareChartSvg, placeNames, type CompareChartSize, type CompareChartSpec } from './compare-chart';
import { textWidth } from '../shared/layout';
import { SE_AUTHORITIES } from '../../schemas/areas';

const COUNCILS = SE_AUTHORITIES;
const slug = (name: string) => name.toLowerCase().replace(/ /g, '-');

/** Every council's line ends within a few units of the others': the crowd a chart must spread. */
const crowded: CompareChartSpec = {
  periods: [2016, 2017, 2018].map((year) => ({ year, label: String(year) })),
  lines: [
    ...COUNCILS.map((name, i) => ({
      key: slug(name),
      name,
      kind: 'council' as const,
      values: [40 + i, 50 + i, i === 3 ? null : 60 + (i % 3)],
    })),
    { key: 'se', name: 'South East', kind: 'southEast' as const, values: [45, 55, 61] },
    { key: 'england', name: 'England', kind: 'england' as const, values: [50, 55, 62] },
  ],
  planYear: 2017,
  format: (v) => String(v),
  text: { plan: 'plan', unit: 'per 10,000' },
};

const FONT = 14;

function drawn(size: CompareChartSize) {
  const svg = compareChartSvg(crowded, { labelledBy: 'title' }, size);
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const names = [...document.querySelectorAll('text.name')].map((text) => {
    const rows = [...text.querySelectorAll('tspan')].map((t) => ({
      text: t.textContent ?? '',
      x: Number(t.getAttribute('x')),
      y: Number(t.getAttribute('y')),
    }));
    return {
      group: text.parentElement?.getAttribute('class') ?? '',
      name: rows.map((row) => row.text).join(' '),
      rows,
      // The box the name's lines take: from the first line's cap height to the last's descent.
      top: rows[0]!.y - FONT * 0.85,
      bottom: rows[rows.length - 1]!.y + FONT * 0.25,
    };
  });
  return { document, width: width!, height: height!, names };
}

describe('compareChartSvg', () => {
  for (const size of ['wide', 'narrow'] as const) {
    it(`names every line once, in its group, with no two names touching (${size})`, () => {
      const { names, height, width } = drawn(size);
      expect(names.map((n) => n.name).sort()).toEqual([...COUNCILS, 'South East', 'England'].sort());
      expect(names.find((n) => n.name === 'Kent')?.group).toBe('la la-kent');
      expect(names.find((n) => n.name === 'South East')?.group).toBe('se');
      const byTop = [...names].sort((a, b) => a.top - b.top);
      byTop.slice(1).forEach((name, i) => {
        expect(name.top, `${name.name} below ${byTop[i]!.name}`).toBeGreaterThanOrEqual(byTop[i]!.bottom);
      });
      for (const { name, rows, top, bottom } of names) {
        expect(top, name).toBeGreaterThanOrEqual(0);
        expect(bottom, name).toBeLessThanOrEqual(height);
        for (const row of rows) expect(row.x + textWidth(row.text, FONT), name).toBeLessThanOrEqual(width);
      }
    });
  }

  it('wraps long names at a space in the narrow drawing, and keeps them whole in the wide one', () => {
    const wide = drawn('wide').names.find((n) => n.name === 'Windsor and Maidenhead');
    const narrow = drawn('narrow').names.find((n) => n.name === 'Windsor and Maidenhead');
    expect(wide?.rows.map((r) => r.text)).toEqual(['Windsor and Maidenhead']);
    expect(narrow?.rows.map((r) => r.text)).toEqual(['Windsor and', 'Maidenhead']);
  });

  it('joins each name to the last point of its line, even where the last year is missing', () => {
    const { document } = drawn('wide');
    for (const group of document.querySelectorAll('g.la, g.se, g.england')) {
      const leader = group.querySelector('line.leader');
      const points = (group.querySelector('polyline')?.getAttribute('points') ?? '').split(' ');
      const [endX, endY] = (points[points.length - 1] ?? '').split(',').map(Number);
      expect(Number(leader?.getAttribute('y1'))).toBe(endY);
      expect(Number(leader?.getAttribute('x1'))).toBeCloseTo(endX! + 4, 1);
    }
  });

  it('prints the unit above the axis and a tick for the plan’s year', () => {
    const { document } = drawn('narrow');
    const texts = [...document.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('per 10,000');
    expect(texts).toContain('2017');
  });
});

describe('placeNames', () => {
  it('puts two names that want one place either side of it, 18 units apart, a baseline each', () => {
    expect(placeNames([100, 100], [1, 1], 0, 400)).toEqual([
      { centre: 91, baselines: [96] },
      { centre: 109, baselines: [114] },
    ]);
  });

  it('gives a two-line name two baselines 16 units apart, and keeps names within the bounds', () => {
    expect(placeNames([395], [2], 0, 400)).toEqual([{ centre: 384, baselines: [381, 397] }]);
  });
});
