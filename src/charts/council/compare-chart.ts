/**
 * The compare page's chart for one measure, as an SVG string: a line for each of the councils
 * over every published year, the South East and England, and the plan's year marked. Each council's
 * line and its name sit in a group with the class `la-<slug>`, so the page's stylesheet can show
 * the ticked councils and hide the others without a script. Drawn without a DOM, as a pure function
 * of its data; colours are CSS variables (--rp-chart-*), set by the page.
 */
import type { SvgLabels } from '../../lib/svg/render-svg';
import { niceDomain } from './small-chart';

/** What the chart draws, already formatted where it prints text. */
export interface CompareChartSpec {
  /** Year labels, oldest first, and the year each ends. */
  periods: { year: number; label: string }[];
  /** Council lines (slug for the class, name for the label), then the South East and England. */
  lines: {
    key: string;
    name: string;
    kind: 'council' | 'southEast' | 'england';
    values: (number | null)[];
  }[];
  planYear: number;
  /** Formats a value for the axis, e.g. "£2,100". */
  format: (value: number) => string;
  /** Words printed in the drawing. */
  text: { plan: string };
}

// Narrow, so its text stays legible on a phone; the right-hand 140 units hold the councils' names.
const WIDTH = 380;
const HEIGHT = 190;
const FONT = 12;
const LEFT = 46;
const RIGHT = 234;
const LABEL_X = RIGHT + 6;
const TOP = 18;
const BOTTOM = 160;

const r = (n: number) => Math.round(n * 10) / 10;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Polylines (or a dot for a lone year) for a series, broken where a year has no value. */
function path(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  const segments: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${r(x(i))},${r(y(v))}`);
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
 * The chart's SVG markup.
 * @example compareChartSvg(spec, { labelledBy: 'compare-lac-title' }) // '<svg …>'
 */
export function compareChartSvg(spec: CompareChartSpec, labels: SvgLabels): string {
  const all = spec.lines.flatMap((l) => l.values).filter((v): v is number => v !== null);
  const [lo, hi] = niceDomain(all.length > 0 ? all : [0, 1]);
  const mid = (lo + hi) / 2;
  const n = spec.periods.length;
  const x = (i: number) => (n <= 1 ? (LEFT + RIGHT) / 2 : LEFT + (i / (n - 1)) * (RIGHT - LEFT));
  const y = (v: number) => BOTTOM - ((v - lo) / (hi - lo)) * (BOTTOM - TOP);
  const planIndex = spec.periods.findIndex((p) => p.year === spec.planYear);
  const planX = r(x(Math.max(0, planIndex)));
  const lastOf = (values: readonly (number | null)[]) => {
    for (let i = values.length - 1; i >= 0; i--) {
      const v = values[i];
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const groups = spec.lines.map((line) => {
    const last = lastOf(line.values);
    const name =
      line.kind === 'council' && last !== null
        ? `<text class="name" x="${LABEL_X}" y="${r(y(last)) + 4}">${escapeXml(line.name)}</text>`
        : '';
    const cls = line.kind === 'council' ? `la la-${line.key}` : line.kind === 'southEast' ? 'se' : 'england';
    return `<g class="${cls}">${path(line.values, x, y)}${name}</g>`;
  });
  // Councils first, so the South East and England are drawn over them.
  const parts = [
    `<g class="grid">`,
    [lo, mid, hi].map((v) => `<line x1="${LEFT}" x2="${RIGHT}" y1="${r(y(v))}" y2="${r(y(v))}"/>`).join(''),
    `</g>`,
    [lo, mid, hi]
      .map(
        (v) =>
          `<text x="${LEFT - 4}" y="${r(y(v)) + 4}" text-anchor="end">${escapeXml(spec.format(v))}</text>`,
      )
      .join(''),
    `<text x="${LEFT}" y="${BOTTOM + 18}">${escapeXml(spec.periods[0]?.label ?? '')}</text>`,
    `<text x="${RIGHT}" y="${BOTTOM + 18}" text-anchor="end">${escapeXml(spec.periods[n - 1]?.label ?? '')}</text>`,
    `<line class="plan" x1="${planX}" x2="${planX}" y1="${TOP - 8}" y2="${BOTTOM}"/>`,
    `<text x="${planX + 3}" y="${TOP - 6}" class="plan-label">${escapeXml(spec.text.plan)}</text>`,
    ...groups,
  ];
  return `<svg class="rp-compare-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${labels.labelledBy}" focusable="false" font-size="${FONT}" font-family="inherit"><g aria-hidden="true">${parts.join('')}</g></svg>`;
}
