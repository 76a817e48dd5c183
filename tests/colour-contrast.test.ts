/**
 * Chart colours reach 3:1 against the page in the light and the dark scheme (WCAG 1.4.11, non-text
 * contrast), and text colours 4.5:1, read from the tokens the SVGs and pages actually use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../src/lib/data/contrast';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const darkAt = css.indexOf('prefers-color-scheme: dark');

function tokens(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/--(rp-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] as string, m[2] as string]),
  );
}

const schemes = { light: tokens(css.slice(0, darkAt)), dark: tokens(css.slice(darkAt)) };

describe.each(Object.entries(schemes))('%s scheme', (_, scheme) => {
  const bg = scheme.get('rp-color-bg') as string;

  it('defines the chart colours', () => {
    expect([...scheme.keys()].filter((k) => k.startsWith('rp-chart-')).length).toBeGreaterThanOrEqual(10);
  });

  it('draws every data mark at 3:1 or more against the background (grid lines are decoration)', () => {
    const weak = [...scheme]
      .filter(([name]) => name.startsWith('rp-chart-') && name !== 'rp-chart-grid')
      .map(([name, colour]) => [name, contrastRatio(colour, bg)] as const)
      .filter(([, ratio]) => ratio < 3)
      .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
    expect(weak).toEqual([]);
  });

  it('draws council borders on maps at 3:1 or more against every map fill and the page', () => {
    const border = scheme.get('rp-map-border') as string;
    const fills = [...scheme].filter(([name]) => name.startsWith('rp-map-') && name !== 'rp-map-border');
    expect(fills.length).toBeGreaterThanOrEqual(7);
    const weak = [['rp-color-bg', bg] as const, ...fills]
      .map(([name, colour]) => [name, contrastRatio(border, colour)] as const)
      .filter(([, ratio]) => ratio < 3)
      .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
    expect(weak).toEqual([]);
  });

  it('keeps the map’s classes in order, lightest first in light and darkest first in dark', () => {
    const luminance = [0, 1, 2, 3].map((i) =>
      contrastRatio(scheme.get(`rp-map-class-${i}`) as string, '#000000'),
    );
    const ordered = [...luminance].sort((a, b) => (bg === '#ffffff' ? b - a : a - b));
    expect(luminance).toEqual(ordered);
  });

  it('sets each map class apart from the next, and the palest from the page and from “not published”', () => {
    const classes = [0, 1, 2, 3].map((i) => scheme.get(`rp-map-class-${i}`) as string);
    const pairs = [
      ['page', bg, classes[0]],
      ['not published', scheme.get('rp-map-missing'), classes[0]],
      ...[1, 2, 3].map((i) => [`class ${i - 1} and ${i}`, classes[i - 1], classes[i]]),
    ] as [string, string, string][];
    const close = pairs
      .map(([name, a, b]) => [name, contrastRatio(a, b)] as const)
      .filter(([, ratio]) => ratio < 1.3)
      .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
    expect(close).toEqual([]);
  });

  it('writes text at 4.5:1 or more, the compare chart’s names in their line’s colour (the South East’s and the ticked councils’) included', () => {
    const picks = [1, 2, 3, 4, 5, 6].map((i) => `rp-chart-pick-${i}`);
    const names = ['rp-chart-text', 'rp-chart-se', ...picks];
    for (const name of ['rp-color-text', 'rp-color-muted', 'rp-color-link', ...names]) {
      expect(contrastRatio(scheme.get(name) as string, bg), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
