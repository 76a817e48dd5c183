/**
 * Pieces shared by the charts drawn by hand as SVG strings (the council pages' small charts and
 * the compare page's charts): the axis's domain, rounding, escaping and broken lines.
 */

/**
 * A coordinate to the nearest unit, so markup stays short and stable: a unit is at most 1.5 px
 * where the drawings are shown (the narrow ones at 30rem or less for 320 units, the compare
 * page's wide one at 840 px or less for 840).
 */
export const r = (n: number) => Math.round(n);

/**
 * Text made safe for SVG markup.
 * @example escapeXml('Kent & Medway') // 'Kent &#38; Medway'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Polylines for a series of [position, value] points, broken where a value is null (not
 * published); a point with no neighbour is a dot.
 * @example polylines([[0, 1], [1, 2]], (i) => i * 10, (v) => v) // '<polyline points="0,1 10,2"/>'
 */
export function polylines(
  points: readonly (readonly [number, number | null])[],
  x: (at: number) => number,
  y: (v: number) => number,
): string {
  const segments: string[][] = [[]];
  points.forEach(([at, v]) => {
    if (v === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${r(x(at))},${r(y(v))}`);
  });
  return segments
    .filter((s) => s.length > 0)
    .map((s) => {
      if (s.length > 1) return `<polyline points="${s.join(' ')}"/>`;
      const [cx, cy] = (s[0] ?? '0,0').split(',');
      return `<circle cx="${cx}" cy="${cy}" r="2.5"/>`;
    })
    .join('');
}

/**
 * A domain that starts and ends on round numbers around the values (steps of 1, 2 or 5 times a
 * power of ten, about four to a chart), so the axis labels read easily. It spans an even number
 * of steps, so its middle, the third tick, is round too ("15%", not "12.5%" shown as "13%"): an
 * odd span grows by a step at the bottom, or at the top when the bottom is 0 or less. With no
 * values (nothing published), 0 to 1.
 * @example niceDomain([46.9, 71.1]) // [40, 80]
 * @example niceDomain([66, 89]) // [50, 90]
 */
export function niceDomain(published: readonly number[]): [number, number] {
  const values = published.length > 0 ? published : [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  let lo = Math.floor(min / step) * step;
  let hi = Math.max(Math.ceil(max / step) * step, lo + step);
  if (Math.round((hi - lo) / step) % 2 === 1) {
    if (lo > 0) lo -= step;
    else hi += step;
  }
  return [lo, hi];
}
