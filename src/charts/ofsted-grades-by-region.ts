import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import { OFSTED_GRADES, type OfstedGrade, type OfstedRegionalCountRow } from '../schemas/plan-data';
import { SOUTH_EAST } from '../schemas/areas';
import { listOf, percentOf } from '../lib/data/format';
import { absoluteFrame, spreadLabels, textWidth } from './shared/layout';
import { COLOURS, type ChartDefinition, type ChartLayout } from './types';
import { csvFields } from '../lib/data/tables';

/** One bar of the figure: a region (or England) and a grade, with count and computed percentage. */
export interface GradeShare {
  area: string;
  grade: OfstedGrade;
  count: number;
  /** Authorities in the area with any grade. */
  total: number;
  /** count / total, as a whole percentage (rounded half up, as the plan's table). */
  percent: number;
  source_id: string;
}

/** Label for the row that sums all regions, as the plan's table has. */
export const ENGLAND_TOTAL = 'England (all regions)';

/** The plan's own table is the chart's source; our recount is a cross-check only. */
export const OFSTED_CHART_SOURCE = 'SEED_PLAN_TEXT';

/** Turns counts into shares per region, in the plan's region order, with an England total row. */
export function gradeShares(rows: readonly OfstedRegionalCountRow[]): GradeShare[] {
  const chosen = rows.filter((r) => r.source_id === OFSTED_CHART_SOURCE);
  // The plan's row order, which is the order of the rows in the file.
  const regions = [...new Set(chosen.map((r) => r.region))];
  const countOf = (region: string | undefined, grade: OfstedGrade): number =>
    chosen
      .filter((r) => (region === undefined || r.region === region) && r.grade === grade)
      .reduce((sum, r) => sum + r.count, 0);
  const out: GradeShare[] = [];
  for (const area of [...regions, ENGLAND_TOTAL]) {
    const region = area === ENGLAND_TOTAL ? undefined : area;
    const total = OFSTED_GRADES.reduce((sum, g) => sum + countOf(region, g), 0);
    for (const grade of OFSTED_GRADES) {
      const count = countOf(region, grade);
      out.push({
        area,
        grade,
        count,
        total,
        percent: percentOf(count, total),
        source_id: OFSTED_CHART_SOURCE,
      });
    }
  }
  return out;
}

const colourOf = (area: string): string =>
  area === SOUTH_EAST ? COLOURS.se : area === ENGLAND_TOTAL ? COLOURS.england : COLOURS.other;

const GRADE_COLOURS: Record<OfstedGrade, string> = {
  Outstanding: COLOURS.outstanding,
  Good: COLOURS.good,
  'Requires improvement': COLOURS.ri,
  Inadequate: COLOURS.inadequate,
};

/** A piece of the narrow drawing, placed in SVG units. */
interface Placed {
  x: number;
  y: number;
  text: string;
}

/** A rectangle of the narrow drawing, in SVG units. */
interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  fill: string;
}

/**
 * The narrow drawing: one 100% bar per region, split by grade in the key's order, region names
 * above the bars; the South East emphasised (bold, outlined) and, for the South East and England
 * only, each grade's percentage under its part of the bar. Every number is in the table.
 */
export function narrowGradeSpec(rows: readonly GradeShare[], layout: ChartLayout): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const side = 8;
  const barWidth = width - 2 * side;
  const px = (percent: number) => side + (percent / 100) * barWidth;
  const row = fontSize + 6;
  // Key: "Left to right:" then the grades, flowing over two lines in the order of the bars.
  const swatch = 12;
  const keyItems: (Box & { label: string })[] = [];
  let x = side + textWidth('Left to right: ', fontSize);
  let y = row / 2;
  for (const grade of OFSTED_GRADES) {
    const w = swatch + 4 + textWidth(grade, fontSize);
    if (x + w > width - side) {
      x = side;
      y += row + 2;
    }
    keyItems.push({
      x1: x,
      x2: x + swatch,
      y1: y - swatch / 2,
      y2: y + swatch / 2,
      fill: GRADE_COLOURS[grade],
      label: grade,
    });
    x += w + 12;
  }
  const areas = [...new Set(rows.map((r) => r.area))];
  const labels: (Placed & { area: string })[] = [];
  const boxes: Box[] = [];
  const outlines: Box[] = [];
  const percents: Placed[] = [];
  const barHeight = 20;
  y += row / 2 + 14;
  for (const area of areas) {
    const shares = OFSTED_GRADES.map((g) => rows.find((r) => r.area === area && r.grade === g)!);
    labels.push({ area, x: side, y: y + row / 2, text: area });
    const top = y + row;
    let cumulative = 0;
    const centres: number[] = [];
    const texts: string[] = [];
    for (const share of shares) {
      // Shares are cumulated from counts, so the bar ends at exactly 100% whatever the rounding.
      const start = (cumulative / share.total) * 100;
      cumulative += share.count;
      const end = (cumulative / share.total) * 100;
      boxes.push({
        x1: px(start),
        x2: px(end),
        y1: top,
        y2: top + barHeight,
        fill: GRADE_COLOURS[share.grade],
      });
      if (share.count > 0) {
        centres.push((px(start) + px(end)) / 2);
        texts.push(`${share.percent}%`);
      }
    }
    y = top + barHeight;
    const labelled = area === SOUTH_EAST || area === ENGLAND_TOTAL;
    if (area === SOUTH_EAST)
      outlines.push({ x1: side - 2, x2: width - side + 2, y1: top - 2, y2: y + 2, fill: 'none' });
    if (labelled) {
      const gap = Math.max(...texts.map((t) => textWidth(t, fontSize))) + 6;
      const half = gap / 2;
      spreadLabels(centres, gap, side + half, width - side - half).forEach((cx, i) =>
        percents.push({ x: cx, y: y + row / 2 + 2, text: texts[i]! }),
      );
      y += row + 2;
    }
    y += 8;
  }
  const text = (d: Placed) => d.text;
  return {
    ...absoluteFrame(width, Math.ceil(y), fontSize),
    marks: [
      Plot.text([{ x: side, y: keyItems[0]!.y1 + swatch / 2, text: 'Left to right:' }], {
        x: 'x',
        y: 'y',
        text,
        textAnchor: 'start',
        fill: COLOURS.text,
        fontSize,
      }),
      Plot.rect(keyItems, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill' }),
      Plot.text(keyItems, {
        x: (d: Box) => d.x2 + 4,
        y: (d: Box) => (d.y1 + d.y2) / 2,
        text: 'label',
        textAnchor: 'start',
        fill: COLOURS.text,
        fontSize,
      }),
      Plot.rect(boxes, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: 'fill',
        stroke: COLOURS.background,
        strokeWidth: 1,
      }),
      Plot.rect(outlines, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: 'none',
        stroke: COLOURS.se,
        strokeWidth: 2,
      }),
      ...[false, true].map((emphasised) =>
        Plot.text(
          labels.filter((l) => (l.area === SOUTH_EAST || l.area === ENGLAND_TOTAL) === emphasised),
          {
            x: 'x',
            y: 'y',
            text,
            textAnchor: 'start',
            fontSize,
            fontWeight: emphasised ? 'bold' : 'normal',
            fill: (l: { area: string }) => (l.area === SOUTH_EAST ? COLOURS.se : COLOURS.text),
          },
        ),
      ),
      Plot.text(percents, { x: 'x', y: 'y', text, fill: COLOURS.text, fontSize, fontWeight: 'bold' }),
    ],
  };
}

/** Figure S2: Ofsted grades at the last full inspection, by region, 7 March 2019 (para 2.5). */
export const ofstedGradesByRegion: ChartDefinition<GradeShare> = {
  id: 'ofsted-grades-by-region',
  number: 'S2',
  title: 'Ofsted grades of local authority children’s services, by region',
  subtitle:
    'Percentage of authorities in each region by overall effectiveness at their last full inspection (SIF or ILACS), as at 7 March 2019',
  caveat:
    'Percentages are computed from the counts in the plan’s table (para 2.5) and agree with the percentages it prints. The plan calls one region “Yorkshire and Humberside”; it is shown under its official name, Yorkshire and The Humber.',
  source: { datasets: ['ofsted_regional_counts'], sourceIds: [OFSTED_CHART_SOURCE] },
  select: (all: AllData) => gradeShares(all.ofsted_regional_counts),
  spec(rows, layout) {
    if (layout.narrow) return narrowGradeSpec(rows, layout);
    const { fontSize } = layout;
    const areas = [...new Set(rows.map((r) => r.area))];
    return {
      width: layout.width,
      height: 60 + areas.length * 26,
      marginTop: 36,
      marginLeft: 200,
      marginRight: 12,
      marginBottom: 24,
      style: { fontSize: `${fontSize}px` },
      fx: {
        domain: [...OFSTED_GRADES],
        label: null,
        axis: 'top',
        tickFormat: (g: string) => (g === 'Requires improvement' ? 'Requires impr.' : g),
        padding: 0.12,
      },
      x: { domain: [0, 100], axis: null },
      y: {
        domain: areas,
        label: null,
        tickFormat: (a: string) => (a === SOUTH_EAST ? 'South East ▶' : a),
        tickSize: 0,
      },
      marks: [
        Plot.barX(rows, { fx: 'grade', y: 'area', x: 'percent', fill: (r: GradeShare) => colourOf(r.area) }),
        ...[false, true].map((isSe) =>
          Plot.text(
            rows.filter((r) => (r.area === SOUTH_EAST) === isSe),
            {
              fx: 'grade',
              y: 'area',
              x: 'percent',
              text: (r: GradeShare) => `${r.percent}%`,
              textAnchor: 'start',
              dx: 4,
              fontSize,
              fontWeight: isSe ? 'bold' : 'normal',
              fill: COLOURS.text,
            },
          ),
        ),
        Plot.ruleX([0], { stroke: COLOURS.text }),
      ],
    };
  },
  summary(rows) {
    const se = rows.filter((r) => r.area === SOUTH_EAST);
    const all = rows.filter((r) => r.area === ENGLAND_TOTAL);
    if (se.length === 0 || all.length === 0)
      return 'The South East row of the plan’s table is not in the data.';
    const part = (r: GradeShare) => `${r.count} (${r.percent}%) ${r.grade.toLowerCase()}`;
    const grades = (shares: GradeShare[]) => listOf(shares.map(part));
    return `As at 7 March 2019, the ${se[0]!.total} South East authorities were graded: ${grades(se)}. Across all ${all[0]!.total} authorities in the plan's table: ${grades(all)}.`;
  },
  table(rows) {
    const areas = [...new Set(rows.map((r) => r.area))];
    return {
      columns: [
        { label: 'Region', numeric: false },
        ...OFSTED_GRADES.map((g) => ({ label: `${g} (number)`, numeric: true })),
        ...OFSTED_GRADES.map((g) => ({ label: `${g} (%)`, numeric: true })),
      ],
      rows: areas.map((area) => {
        const cells = OFSTED_GRADES.map((g) => rows.find((r) => r.area === area && r.grade === g)!);
        return [area, ...cells.map((c) => String(c.count)), ...cells.map((c) => `${c.percent}%`)];
      }),
    };
  },
  csv: (rows) => ({
    columns: csvFields([
      ['area', 'string', 'England or an English region'],
      ['grade', 'string', 'Ofsted’s overall judgement of children’s services'],
      ['count', 'integer', 'Councils with that judgement'],
      ['total', 'integer', 'Councils in the area with a judgement'],
      ['percent', 'number', 'count as a percentage of total'],
      ['source_id', 'string', 'The source, an id in sources.csv'],
    ]),
    rows: rows.map((r) => [r.area, r.grade, r.count, r.total, r.percent, r.source_id]),
  }),
};
