import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderSvg, roundNumbers } from './render-svg';

const labels = { labelledBy: 'fig-title' };
const spec: Plot.PlotOptions = {
  width: 640,
  height: 200,
  style: { fontSize: '13px' },
  marks: [
    Plot.lineY(
      [
        { x: 1, y: 1 / 3 },
        { x: 2, y: 2 / 3 },
      ],
      { x: 'x', y: 'y', stroke: 'var(--rp-chart-se)' },
    ),
  ],
};

describe('roundNumbers', () => {
  it('rounds long decimals to one place and leaves short ones', () => {
    expect(roundNumbers('M40.123456,2.98L3.5,0.0004 y="0.32em"')).toBe('M40.1,2.98L3.5,0 y="0.32em"');
  });
});

describe('renderSvg', () => {
  const { svg, warnings } = renderSvg(spec, labels);

  it('names the SVG by the figure caption, and leaves the printed summary to be read once, in its turn', () => {
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="fig-title"');
    expect(svg).not.toContain('aria-describedby');
  });

  it('hides every mark group from assistive technology', () => {
    const groups = svg.match(/<g[\s>][^>]*>/g) ?? [];
    const topLevel = groups.filter((g) => !g.includes('aria-hidden="true"'));
    // Only nested groups inside a hidden group may lack the attribute.
    expect(groups.length).toBeGreaterThan(0);
    expect(svg.match(/<svg[^>]*>\s*<g[^>]*>/)![0]).toContain('aria-hidden="true"');
    expect(topLevel.every((g) => !g.includes('aria-label'))).toBe(true);
  });

  it('scales with a viewBox, with no fixed width or height attribute', () => {
    expect(svg).toContain('viewBox="0 0 640 200"');
    expect(svg).not.toMatch(/<svg[^>]* width="/);
    expect(svg).not.toContain('style=');
  });

  it('sets the font size, keeps CSS-variable colours and has no style element', () => {
    expect(svg).toContain('font-size="13"');
    expect(svg).toContain('var(--rp-chart-se)');
    expect(svg).not.toContain('<style');
  });

  it('is deterministic and has no long decimals', () => {
    expect(renderSvg(spec, labels).svg).toBe(svg);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    expect(warnings).toEqual([]);
  });

  it('reports Plot warnings instead of printing them', () => {
    const bad = renderSvg(
      { marks: [Plot.dot([{ x: '2019-01-01' }, { x: '2020-01-01' }], { x: 'x' })] },
      labels,
    );
    expect(bad.warnings.length).toBeGreaterThan(0);
  });
});
