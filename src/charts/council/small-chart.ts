/**
 * A council's small chart for one measure, as an SVG string: the council against the South East
 * and England over time, and beneath it a strip of the South East councils in the latest year
 * with this council marked. Drawn without a DOM (19 pages × 16 measures must stay cheap): a pure
 * function of its data. Colours are CSS variables (--rp-chart-*), so the page's light, dark and
 * print schemes recolour it; the marks are hidden from assistive technology, and the figure's
 * caption and sentence name and describe it.
 */
import type { SvgLabels } from '../../lib/svg/render-svg';
import { escapeXml, niceDomain, polylines, r } from './svg-parts';

/** What the chart draws, already formatted where it prints text. */
export interface SmallChartSpec {
  /** Every published year, oldest first: the council, the South East and England (null = not published). */
  series: {
    year: number;
    label: string;
    council: number | null;
    southEast: number | null;
    england: number | null;
  }[];
  /** The plan's year, marked with a line. */
  planYear: number;
  /** The South East councils' values in the latest year. */
  strip: { value: number; isCouncil: boolean }[];
  /** Formats a value as published, e.g. "2,083.0" (the council's mark and the strip's ends). */
  format: (value: number) => string;
  /** Formats an axis tick: a round number without trailing zeros, e.g. "1,500" or "£2,500". */
  tick: (value: number) => string;
  /** Words printed in the drawing: `unit` above the axis, empty when the ticks carry it. */
  text: { plan: string; strip: string; unit: string };
}

// Text 14 units high renders between 12 and 18 px wherever the grid puts the drawing, from a
// 320 px phone (288 px wide) to a 1280 px page (about 400 px wide).
const WIDTH = 320;
const HEIGHT = 200;
const FONT = 14;
// Room at the left for the widest tick or strip end at 14 units, e.g. "1,234.5" or "£2,500".
const LEFT = 64;
const RIGHT = WIDTH - 12;
/** The line above the chart holding the axis's unit and the plan's label. */
const UNIT_Y = 14;
const TOP = 36;
const BOTTOM = 114;
const STRIP_Y = 178;

/**
 * The chart's SVG markup.
 * @example smallChartSvg(spec, { labelledBy: 'm-lac-title' }) // '<svg …>'
 */
export function smallChartSvg(spec: SmallChartSpec, labels: SvgLabels): string {
  const years = spec.series.map((p) => p.year);
  const all = spec.series
    .flatMap((p) => [p.council, p.southEast, p.england])
    .filter((v): v is number => v !== null);
  const [lo, hi] = niceDomain(all);
  // A third tick halfway: the domain ends on round steps, so its middle is round too.
  const mid = (lo + hi) / 2;
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const x = (year: number) =>
    last === first ? (LEFT + RIGHT) / 2 : LEFT + ((year - first) / (last - first)) * (RIGHT - LEFT);
  const y = (v: number) => BOTTOM - ((v - lo) / (hi - lo)) * (BOTTOM - TOP);
  const series = (key: 'council' | 'southEast' | 'england') =>
    polylines(
      spec.series.map((p) => [p.year, p[key]] as const),
      x,
      y,
    );
  const planX = r(x(spec.planYear));
  const stripValues = spec.strip.map((s) => s.value);
  const sLo = Math.min(...stripValues);
  const sHi = Math.max(...stripValues);
  const sx = (v: number) =>
    sHi === sLo ? (LEFT + RIGHT) / 2 : LEFT + ((v - sLo) / (sHi - sLo)) * (RIGHT - LEFT);
  const council = spec.strip.find((s) => s.isCouncil);
  // A label near either end is anchored inwards, so it stays inside the drawing.
  const anchor = (at: number) => (at < LEFT + 30 ? 'start' : at > RIGHT - 30 ? 'end' : 'middle');
  const firstLabel = spec.series[0]?.label ?? '';
  const lastLabel = spec.series[spec.series.length - 1]?.label ?? '';
  const parts = [
    `<g class="grid">`,
    `<line x1="${LEFT}" x2="${RIGHT}" y1="${r(y(lo))}" y2="${r(y(lo))}"/><line x1="${LEFT}" x2="${RIGHT}" y1="${r(y(mid))}" y2="${r(y(mid))}"/><line x1="${LEFT}" x2="${RIGHT}" y1="${r(y(hi))}" y2="${r(y(hi))}"/>`,
    `</g>`,
    `<text x="${LEFT - 4}" y="${r(y(hi)) + 4}" text-anchor="end">${escapeXml(spec.tick(hi))}</text>`,
    `<text x="${LEFT - 4}" y="${r(y(mid)) + 4}" text-anchor="end">${escapeXml(spec.tick(mid))}</text>`,
    `<text x="${LEFT - 4}" y="${r(y(lo)) + 4}" text-anchor="end">${escapeXml(spec.tick(lo))}</text>`,
    `<text x="${LEFT}" y="${BOTTOM + 16}">${escapeXml(firstLabel)}</text>`,
    `<text x="${RIGHT}" y="${BOTTOM + 16}" text-anchor="end">${escapeXml(lastLabel)}</text>`,
    `<line class="plan" x1="${planX}" x2="${planX}" y1="${UNIT_Y + 6}" y2="${BOTTOM}"/>`,
    `<text x="${planX + 3}" y="${TOP - 10}" class="plan-label">${escapeXml(spec.text.plan)}</text>`,
    spec.text.unit ? `<text x="0" y="${UNIT_Y}" class="unit">${escapeXml(spec.text.unit)}</text>` : '',
    `<g class="england">${series('england')}</g>`,
    `<g class="se">${series('southEast')}</g>`,
    `<g class="council">${series('council')}</g>`,
    `<text x="${LEFT}" y="${STRIP_Y - 30}">${escapeXml(spec.text.strip)}</text>`,
    `<line class="strip-axis" x1="${LEFT}" x2="${RIGHT}" y1="${STRIP_Y}" y2="${STRIP_Y}"/>`,
    `<g class="others">${spec.strip
      .filter((s) => !s.isCouncil)
      .map(
        (s) =>
          `<line x1="${r(sx(s.value))}" x2="${r(sx(s.value))}" y1="${STRIP_Y - 6}" y2="${STRIP_Y + 6}"/>`,
      )
      .join('')}</g>`,
    council
      ? `<circle class="mark" cx="${r(sx(council.value))}" cy="${STRIP_Y}" r="5.5"/><text x="${r(sx(council.value))}" y="${STRIP_Y - 9}" text-anchor="${anchor(sx(council.value))}" class="mark-label">${escapeXml(spec.format(council.value))}</text>`
      : '',
    // The strip's ends, each unless it is the council's own figure, which its mark already labels.
    stripValues.length > 0 && council?.value !== sLo
      ? `<text x="${LEFT - 4}" y="${STRIP_Y + 4}" text-anchor="end">${escapeXml(spec.format(sLo))}</text>`
      : '',
    stripValues.length > 0 && council?.value !== sHi
      ? `<text x="${RIGHT}" y="${STRIP_Y + 18}" text-anchor="end">${escapeXml(spec.format(sHi))}</text>`
      : '',
  ];
  return `<svg class="rp-line-chart rp-small-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${labels.labelledBy}" focusable="false" font-size="${FONT}" font-family="inherit"><g aria-hidden="true">${parts.join('')}</g></svg>`;
}
