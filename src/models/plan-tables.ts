import { getChart } from '../charts/index';
import type { TableModel } from '../lib/data/tables';
import type { AllData } from '../lib/data/all-data';
import { formatNumber } from '../lib/data/format';
import { citeSource, type SourceCitation } from './figure-model';

import { PLAN_TABLE_IDS, type PlanTableId } from '../charts/ids';

export { PLAN_TABLE_IDS, type PlanTableId };

/** A plan table, ready to print: caption, cells, notes and sources. */
export interface PlanTableModel {
  id: PlanTableId;
  caption: string;
  table: TableModel;
  /** Lines printed under the table, such as the sources the plan itself names. */
  notes: string[];
  sources: SourceCitation[];
}

function schoolTable(data: AllData): PlanTableModel {
  const rows = [...data.school_data].sort((a, b) => a.row - b.row);
  const numbers = [...new Set(rows.map((r) => r.row))];
  const cell = (row: number, area: string) => {
    const r = rows.find((x) => x.row === row && x.area === area);
    return r ? formatNumber(r.value, 2) : 'not given';
  };
  return {
    id: 'school-data',
    caption: 'Table 1 – School Data',
    table: {
      columns: [
        { label: 'Group', numeric: false },
        { label: 'Measure', numeric: false },
        { label: 'South East', numeric: true },
        { label: 'England', numeric: true },
      ],
      rows: numbers.map((n) => {
        const first = rows.find((r) => r.row === n)!;
        const group = first.group_qualifier ? `${first.group} (${first.group_qualifier})` : first.group;
        return [group, first.measure, cell(n, 'South East'), cell(n, 'England')];
      }),
    },
    notes: [
      // The plan prints its sources in the paragraph under the table (content/plan/characteristics.mdx).
      'The plan prints its sources under this table; it names none for the secondary school rows.',
    ],
    sources: [citeSource(data.sources, 'SEED_PLAN_TEXT')],
  };
}

function triadTable(data: AllData): PlanTableModel {
  const members = getChart('triads').select(data) as {
    triad: number;
    position: number;
    planLabel: string;
    name: string;
  }[];
  const triadNumbers = [...new Set(members.map((m) => m.triad))];
  const show = (m: { planLabel: string; name: string }) =>
    m.planLabel === m.name ? m.name : `${m.name} (${m.planLabel})`;
  return {
    id: 'triads',
    caption: 'Triads for the DCS regional peer challenge, 2018-19 (Annex 4, para 1)',
    table: {
      columns: [
        { label: 'Triad', numeric: false },
        ...[1, 2, 3].map(() => ({ label: 'Member', numeric: false })),
      ],
      rows: triadNumbers.map((t) => [String(t), ...members.filter((m) => m.triad === t).map(show)]),
    },
    notes: ['Names are written in full, with the plan’s abbreviation in brackets.'],
    sources: [citeSource(data.sources, 'SEED_PLAN_TEXT')],
  };
}

/**
 * Regions the plan's Ofsted table (para 2.5) names otherwise than their official names, which
 * data/ofsted_regional_counts.csv uses: official name → the plan's label. The plan's table keeps
 * the plan's label; figures the site adds use the official name.
 */
export const OFSTED_TABLE_PLAN_LABELS: Readonly<Record<string, string>> = {
  'Yorkshire and The Humber': 'Yorkshire and Humberside',
};

function ofstedTable(data: AllData): PlanTableModel {
  const chart = getChart('ofsted-grades-by-region');
  const table = chart.table(chart.select(data));
  const renamed = Object.entries(OFSTED_TABLE_PLAN_LABELS);
  return {
    id: 'ofsted-grades-by-region',
    caption:
      'Performance according to Ofsted Grade at last full inspection (ILAC or SIF) (as at 7 March 2019)',
    table: {
      ...table,
      rows: table.rows.map(([area = '', ...cells]) => [OFSTED_TABLE_PLAN_LABELS[area] ?? area, ...cells]),
    },
    notes: [
      'Percentages are computed from the counts and agree with those the plan prints.',
      ...renamed.map(([official, plan]) => `“${plan}”, as the plan names it, is officially ${official}.`),
    ],
    sources: [citeSource(data.sources, 'SEED_PLAN_TEXT')],
  };
}

/**
 * Builds one of the plan's tables from the data; an unknown id fails with the list of valid ids.
 * @example planTable('triads', loadAllDataOnce()).caption
 */
export function planTable(id: string, data: AllData): PlanTableModel {
  switch (id) {
    case 'ofsted-grades-by-region':
      return ofstedTable(data);
    case 'school-data':
      return schoolTable(data);
    case 'triads':
      return triadTable(data);
    default:
      throw new Error(`Unknown plan table id "${id}". Valid ids: ${PLAN_TABLE_IDS.join(', ')}.`);
  }
}
