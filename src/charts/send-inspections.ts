import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import type { SendInspectionRow } from '../schemas/plan-data';
import { SOUTH_EAST } from '../schemas/areas';
import { percentOf } from '../lib/data/format';
import { textWidth } from './shared/layout';
import { COLOURS, type ChartDefinition } from './types';
import { csvFields } from '../lib/data/tables';

/** A SEND inspection row with the computed share needing a written statement of action. */
export interface SendShare extends SendInspectionRow {
  percent: number;
}

/** Adds the computed percentage, South East first. */
export function sendShares(rows: readonly SendInspectionRow[]): SendShare[] {
  return [...rows]
    .sort((a, b) => (a.area === SOUTH_EAST ? -1 : b.area === SOUTH_EAST ? 1 : 0))
    .map((r) => ({ ...r, percent: percentOf(r.written_statement_of_action, r.authorities_with_report) }));
}

const label = (r: SendShare): string =>
  `${r.percent}% (${r.written_statement_of_action} of ${r.authorities_with_report})`;

/** Figure S3: SEND inspections needing a written statement of action (para 2.6). */
export const sendInspections: ChartDefinition<SendShare> = {
  id: 'send-inspections',
  number: 'S3',
  title: 'SEND inspections that required a written statement of action',
  subtitle:
    'Percentage of local area SEND inspection reports that required a written statement of action, South East and England, as the plan gives them (para 2.6)',
  caveat:
    'Figures as the plan states them in para 2.6; percentages are computed from its counts. The plan does not give the dates the counts refer to.',
  source: { datasets: ['send_inspections'], sourceIds: ['SEED_PLAN_TEXT'] },
  select: (all: AllData) => sendShares(all.send_inspections),
  // Narrow: a little less room for the area names at the left, and the labels after the bars in
  // a right margin just wide enough for the "100%" tick; a label that would not fit after its bar is written inside it.
  spec(rows, { width, fontSize, narrow }) {
    const marginLeft = narrow ? 88 : 100;
    const marginRight = narrow ? 20 : 150;
    const end = (r: SendShare) => marginLeft + (r.percent / 100) * (width - marginLeft - marginRight);
    const inside = (r: SendShare) => end(r) + 6 + textWidth(label(r), fontSize) > width;
    return {
      width,
      height: narrow ? 156 : 150,
      marginTop: 16,
      marginLeft,
      marginRight,
      marginBottom: narrow ? 46 : 40,
      style: { fontSize: `${fontSize}px` },
      x: {
        domain: [0, 100],
        ...(narrow ? { ticks: [0, 50, 100] } : {}),
        label: 'Percentage of reports',
        labelAnchor: 'center',
        labelOffset: narrow ? 40 : 34,
        tickFormat: (d: number) => `${d}%`,
      },
      y: { domain: rows.map((r) => r.area), label: null, tickSize: 0 },
      marks: [
        Plot.gridX({ stroke: COLOURS.grid, strokeOpacity: 1 }),
        Plot.barX(rows, {
          y: 'area',
          x: 'percent',
          fill: (r: SendShare) => (r.area === SOUTH_EAST ? COLOURS.se : COLOURS.england),
        }),
        Plot.text(
          rows.filter((r) => !inside(r)),
          { y: 'area', x: 'percent', text: label, textAnchor: 'start', dx: 6, fill: COLOURS.text, fontSize },
        ),
        ...(rows.some(inside)
          ? [
              Plot.text(rows.filter(inside), {
                y: 'area',
                x: 'percent',
                text: label,
                textAnchor: 'end',
                dx: -6,
                fill: COLOURS.background,
                fontSize,
              }),
            ]
          : []),
        Plot.ruleX([0], { stroke: COLOURS.text }),
      ],
    };
  },
  summary(rows) {
    const se = rows.find((r) => r.area === SOUTH_EAST);
    const england = rows.find((r) => r.area === 'England');
    if (!se || !england) return 'The South East and England figures are not both in the data.';
    return `${se.authorities_with_report} South East authorities had had a SEND inspection report; ${se.written_statement_of_action} of them (${se.percent}%) required a written statement of action, compared with ${england.written_statement_of_action} of ${england.authorities_with_report} (${england.percent}%) in England.`;
  },
  table: (rows) => ({
    columns: [
      { label: 'Area', numeric: false },
      { label: 'Authorities with a SEND inspection report', numeric: true },
      { label: 'Required a written statement of action', numeric: true },
      { label: 'Percentage', numeric: true },
    ],
    rows: rows.map((r) => [
      r.area,
      String(r.authorities_with_report),
      String(r.written_statement_of_action),
      `${r.percent}%`,
    ]),
  }),
  csv: (rows) => ({
    columns: csvFields([
      ['area', 'string', 'The South East or England'],
      ['authorities_with_report', 'integer', 'Authorities with a SEND inspection report'],
      [
        'written_statement_of_action',
        'integer',
        'Of those, authorities required to write a statement of action',
      ],
      ['percent', 'number', 'written_statement_of_action as a percentage of authorities_with_report'],
      ['paragraph', 'string', 'The plan’s paragraph that gives the figures'],
      ['source_id', 'string', 'The source, an id in sources.csv'],
    ]),
    rows: rows.map((r) => [
      r.area,
      r.authorities_with_report,
      r.written_statement_of_action,
      r.percent,
      r.paragraph,
      r.source_id,
    ]),
  }),
};
