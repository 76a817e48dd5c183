/**
 * The compare page's chart for one measure, as an SVG string: a line for each of the councils
 * over every published year, the South East and England, and the plan's year marked. Each line
 * ends in a dot and its name, in a column at the right, joined to the dot by a leader; the
 * names are spread so that none touches another, whichever councils a reader ticks. Each
 * council's line, dot, leader and name sit in a group with the class `la-<slug>`, so the page's
 * stylesheet can show the ticked councils and hide the others without a script.
 *
 * Drawn twice, as the site's figures are: `wide` for the text column on a desktop, `narrow` for a
 * phone, each keeping its 14-unit text between 12 px and 1.2 times the body text where the page
 * shows it. Drawn without a DOM, as a pure function of its data; colours are CSS variables
 * (--rp-chart-*), set by the page.
 */
import type { SvgLabels } from '../../lib/svg/render-svg';
import { minTickSteps, pickTicks, spreadBlocks, textWidth, wrapText } from '../shared/layout';
import { escapeXml, niceDomain, polylines, r } from './svg-parts';

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
  /** Words printed in the drawing: `unit` above the axis, empty when the ticks carry it. */
  text: { plan: string; unit: string };
}

/** The two drawings: the page shows `wide` in a column 45rem or wider, `narrow` below. */
export type CompareChartSize = 'wide' | 'narrow';

const FRAMES: Record<
  CompareChartSize,
  { width: number; plotHeight: number; nameWidth: number; leader: number }
> = {
  // 840 units in a 720 to 840 px column: 14-unit text at 12 to 14 px. Every name fits on a line.
  wide: { width: 840, plotHeight: 240, nameWidth: 200, leader: 40 },
  // 320 units, at most 30rem (480 px) wide: 12.6 px on a 320 px phone, 21 px at most. Long names
  // wrap at a space ("Windsor and / Maidenhead"); the longest word, "Buckinghamshire", fits.
  narrow: { width: 320, plotHeight: 160, nameWidth: 130, leader: 16 },
};
const FONT = 14;
/** Baseline of the line above the plot that holds the unit and the plan's label. */
const UNIT_Y = 14;
const TOP = 40;
/** Height of a line of a name, and the space between two names. */
const LINE = 16;
const NAME_GAP = 2;

const KIND_CLASS = { southEast: 'se', england: 'england' } as const;

function lastPoint(values: readonly (number | null)[]): { index: number; value: number } | null {
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const value = values[i];
    if (value !== null && value !== undefined) return { index: i, value };
  }
  return null;
}

/** A line that has a value to end at: where it ends, and its name's lines. */
interface Named {
  key: string;
  end: { index: number; value: number };
  rows: string[];
}

/** Positions on the drawing: x of a period's index, y of a value. */
interface Scales {
  x: (index: number) => number;
  y: (value: number) => number;
}

/**
 * Where names go in the names' column, as SVG y positions: given each name's wanted centre (its
 * line's end) and its number of lines, sorted top to bottom, each name's centre and the baseline
 * of each of its lines, so that none touches another within [top, bottom]. Drawn here for every
 * name; the compare page's script calls it again for the names shown once councils are ticked.
 * @example placeNames([100, 100], [1, 1], 0, 400) // [{ centre: 91, baselines: [96] }, { centre: 109, baselines: [114] }]
 */
export function placeNames(
  wanted: readonly number[],
  lineCounts: readonly number[],
  top: number,
  bottom: number,
): { centre: number; baselines: number[] }[] {
  const centres = spreadBlocks(
    wanted,
    lineCounts.map((n) => n * LINE),
    NAME_GAP,
    top,
    bottom,
  );
  return centres.map((centre, k) => {
    const lines = lineCounts[k] ?? 1;
    const first = centre - ((lines - 1) * LINE) / 2 + FONT * 0.35;
    return { centre, baselines: Array.from({ length: lines }, (_, j) => r(first + j * LINE)) };
  });
}

/**
 * Each named line's end dot, leader and name, by line key, the names placed by `placeNames`.
 */
function nameMarks(named: readonly Named[], { x, y }: Scales, nameX: number, top: number, bottom: number) {
  const order = [...named].sort((a, b) => y(a.end.value) - y(b.end.value));
  const places = placeNames(
    order.map((n) => y(n.end.value)),
    order.map((n) => n.rows.length),
    top,
    bottom,
  );
  return new Map(
    order.map(({ key, end, rows }, k) => {
      const { centre, baselines } = places[k]!;
      const text = rows
        .map((row, j) => `<tspan x="${nameX}" y="${baselines[j]}">${escapeXml(row)}</tspan>`)
        .join('');
      const dot = `<circle class="end" cx="${r(x(end.index))}" cy="${r(y(end.value))}" r="3"/>`;
      const leader = `<line class="leader" x1="${r(x(end.index) + 4)}" y1="${r(y(end.value))}" x2="${nameX - 4}" y2="${r(centre)}"/>`;
      return [key, `${dot}${leader}<text class="name">${text}</text>`];
    }),
  );
}

/**
 * The period labels under the axis at `baseline`: the plan's year, the last and the first, then
 * the others that fit without touching.
 */
function periodLabels(
  periods: CompareChartSpec['periods'],
  planIndex: number,
  x: Scales['x'],
  baseline: number,
) {
  const labels = periods.map((p) => p.label);
  const n = labels.length;
  const step = n <= 1 ? 0 : x(1) - x(0);
  const shown = new Set(
    pickTicks(
      labels,
      [labels[planIndex] ?? '', labels[n - 1] ?? '', labels[0] ?? ''],
      n <= 1 ? 1 : minTickSteps(labels, FONT, step, 10),
    ),
  );
  return labels
    .map((label, i) =>
      shown.has(label)
        ? `<text x="${r(x(i))}" y="${baseline}" text-anchor="middle">${escapeXml(label)}</text>`
        : '',
    )
    .join('');
}

/**
 * The chart's SVG markup at one of its two sizes.
 * @example compareChartSvg(spec, { labelledBy: 'compare-lac-title' }, 'narrow') // '<svg …>'
 */
export function compareChartSvg(spec: CompareChartSpec, labels: SvgLabels, size: CompareChartSize): string {
  const frame = FRAMES[size];
  const all = spec.lines.flatMap((l) => l.values).filter((v): v is number => v !== null);
  const [lo, hi] = niceDomain(all);
  const mid = (lo + hi) / 2;
  const ticks = [lo, mid, hi].map((v) => spec.format(v));
  // Room for the widest tick, estimated generously, and 6 units between it and the axis.
  const left = Math.ceil(Math.max(...ticks.map((t) => textWidth(t, FONT)))) + 12;

  // The names' column: each name's lines, sorted by where its line ends, top to bottom.
  const named = spec.lines.flatMap((line): Named[] => {
    const end = lastPoint(line.values);
    return end ? [{ key: line.key, end, rows: wrapText(line.name, frame.nameWidth, FONT) }] : [];
  });
  const nameX =
    frame.width - Math.ceil(Math.max(0, ...named.flatMap((n) => n.rows.map((row) => textWidth(row, FONT)))));
  // Room between the lines' last points and the names' column, for the leaders.
  const right = nameX - frame.leader;
  const needed =
    named.reduce((sum, n) => sum + n.rows.length * LINE, 0) + NAME_GAP * Math.max(0, named.length - 1);
  // Names may sit from the unit's line to just above the year labels; the plot grows to hold them.
  const namesTop = TOP - 20;
  const plotHeight = Math.max(frame.plotHeight, Math.ceil(needed - (TOP - namesTop) - 4));
  const bottom = TOP + plotHeight;
  const height = bottom + 26;

  const n = spec.periods.length;
  const x = (i: number) => (n <= 1 ? (left + right) / 2 : left + (i / (n - 1)) * (right - left));
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - TOP);
  const planIndex = spec.periods.findIndex((p) => p.year === spec.planYear);
  const planX = r(x(Math.max(0, planIndex)));

  const nameOf = nameMarks(named, { x, y }, nameX, namesTop, bottom + 4);
  const groups = spec.lines.map((line) => {
    const cls = line.kind === 'council' ? `la la-${line.key}` : KIND_CLASS[line.kind];
    const marks = polylines(
      line.values.map((v, i) => [i, v] as const),
      x,
      y,
    );
    return `<g class="${cls}">${marks}${nameOf.get(line.key) ?? ''}</g>`;
  });
  // Councils first, so the South East and England are drawn over them.
  const parts = [
    `<g class="grid">`,
    [lo, mid, hi].map((v) => `<line x1="${left}" x2="${right}" y1="${r(y(v))}" y2="${r(y(v))}"/>`).join(''),
    `</g>`,
    [lo, mid, hi]
      .map(
        (v, i) => `<text x="${left - 6}" y="${r(y(v)) + 5}" text-anchor="end">${escapeXml(ticks[i]!)}</text>`,
      )
      .join(''),
    spec.text.unit ? `<text x="0" y="${UNIT_Y}" class="unit">${escapeXml(spec.text.unit)}</text>` : '',
    periodLabels(spec.periods, planIndex, x, bottom + 20),
    `<line class="plan" x1="${planX}" x2="${planX}" y1="${UNIT_Y + 6}" y2="${bottom}"/>`,
    `<text x="${planX + 3}" y="${TOP - 8}" class="plan-label">${escapeXml(spec.text.plan)}</text>`,
    ...groups,
  ];
  // data-names: the names' column's bounds, for the page's script to place the names shown.
  return `<svg class="rp-line-chart rp-compare-chart rp-compare-chart--${size}" data-names="${namesTop} ${bottom + 4}" viewBox="0 0 ${frame.width} ${height}" role="img" aria-labelledby="${labels.labelledBy}" focusable="false" font-size="${FONT}" font-family="inherit"><g aria-hidden="true">${parts.join('')}</g></svg>`;
}
