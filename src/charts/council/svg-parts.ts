/**
 * Pieces shared by the charts drawn by hand as SVG strings (the council pages' small charts and
 * the compare page's charts): rounding, escaping and broken lines.
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
