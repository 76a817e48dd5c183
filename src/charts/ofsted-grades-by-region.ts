import * as Plot from '@observablehq/plot';
import type { AllData } from '../datasets/index';
import { OFSTED_GRADES, type OfstedGrade, type OfstedRegionalCountRow } from '../schemas/plan-data';
import { SOUTH_EAST } from '../schemas/areas';
import { listOf, percentOf } from '../lib/format';
import { CHART_WIDTH, COLOURS, FONT_SIZE, type ChartDefinition } from './types';

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
  spec(rows) {
    const areas = [...new Set(rows.map((r) => r.area))];
    return {
      width: CHART_WIDTH,
      height: 60 + areas.length * 26,
      marginTop: 36,
      marginLeft: 200,
      marginRight: 12,
      marginBottom: 24,
      style: { fontSize: `${FONT_SIZE}px` },
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
              fontSize: FONT_SIZE,
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
    columns: ['area', 'grade', 'count', 'total', 'percent', 'source_id'],
    rows: rows.map((r) => [r.area, r.grade, r.count, r.total, r.percent, r.source_id]),
  }),
};
