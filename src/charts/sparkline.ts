/**
 * A sparkline as an SVG string: two or three lines over the years, no axes and no text. It is
 * decorative (`aria-hidden`): the tile it sits in states the numbers in words. Drawn without a DOM,
 * so 16 tiles on each of 19 council pages stay cheap; colours come from CSS classes on the lines.
 */

import type { SparkSeries } from '../lib/measures/tiles';

const WIDTH = 160;
const HEIGHT = 40;
const PAD = 3;
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The sparkline's markup: every series on one scale, the years evenly spaced, each line broken
 * where a year has no value.
 * @example sparklineSvg([{ className: 'se', values: [50, 52, null, 55] }]) // '<svg … aria-hidden="true">…</svg>'
 */
export function sparklineSvg(series: readonly SparkSeries[]): string {
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const lo = all.length > 0 ? Math.min(...all) : 0;
  const hi = all.length > 0 ? Math.max(...all) : 1;
  const count = Math.max(...series.map((s) => s.values.length), 1);
  const x = (i: number) => (count === 1 ? WIDTH / 2 : PAD + (i / (count - 1)) * (WIDTH - 2 * PAD));
  const y = (v: number) =>
    hi === lo ? HEIGHT / 2 : HEIGHT - PAD - ((v - lo) / (hi - lo)) * (HEIGHT - 2 * PAD);
  const paths = series.map((s) => {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r(x(i))} ${r(y(v))}`;
      pen = true;
    });
    return `<path class="${s.className}" d="${d}"/>`;
  });
  return `<svg class="rp-sparkline" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">${paths.join('')}</svg>`;
}
