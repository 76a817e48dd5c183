import { describe, expect, it } from 'vitest';
import { smallChartSvg, type SmallChartSpec } from './small-chart';
import { niceDomain } from './svg-parts';

const spec = (strip: SmallChartSpec['strip']): SmallChartSpec => ({
  series: [
    { year: 2016, label: '2016', council: 1100.5, southEast: 1000, england: 1050 },
    { year: 2025, label: '2025', council: 1480.2, southEast: 1200, england: 1300 },
  ],
  planYear: 2017,
  strip,
  format: (v) => v.toFixed(1),
  tick: (v) => String(v),
  text: { plan: 'plan', strip: 'The 19 councils in 2025', unit: 'per 10,000' },
});
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('smallChartSvg', () => {
  it('labels the axis with round ticks, three of them, and its unit', () => {
    const [lo, hi] = niceDomain([1000, 1480.2]);
    const svg = smallChartSvg(
      spec([
        { value: 1480.2, isCouncil: true },
        { value: 900, isCouncil: false },
      ]),
      {
        labelledBy: 't',
      },
    );
    expect(texts(svg)).toEqual(
      expect.arrayContaining([String(lo), String((lo + hi) / 2), String(hi), 'per 10,000']),
    );
  });

  it('prints the council’s figure once when it is the strip’s highest, and the other end', () => {
    const svg = smallChartSvg(
      spec([
        { value: 1480.2, isCouncil: true },
        { value: 900, isCouncil: false },
      ]),
      {
        labelledBy: 't',
      },
    );
    expect(texts(svg).filter((t) => t === '1480.2')).toHaveLength(1);
    expect(texts(svg)).toContain('900.0');
  });
});
