import * as Plot from '@observablehq/plot';
import type { AllData } from '../datasets/index';
import type { TriadRow } from '../schemas/plan-data';
import { listOf } from '../lib/format';
import { CHART_WIDTH, COLOURS, FONT_SIZE, type ChartDefinition } from './types';

/** One place in a triad: the plan's label and the authorities it stands for. */
export interface TriadMember {
  triad: number;
  position: number;
  planLabel: string;
  /** Canonical names, joined: "Hampshire and Isle of Wight" for the plan's "Hampshire and IoW". */
  name: string;
  areas: string[];
  source_id: string;
}

/** Groups the one-row-per-authority file into the plan's places (3 per triad). */
export function triadMembers(rows: readonly TriadRow[]): TriadMember[] {
  const byPlace = new Map<string, TriadMember>();
  for (const r of [...rows].sort((a, b) => a.triad - b.triad || a.position - b.position)) {
    const key = `${r.triad}-${r.position}`;
    const member = byPlace.get(key) ?? {
      triad: r.triad,
      position: r.position,
      planLabel: r.plan_label,
      name: '',
      areas: [],
      source_id: r.source_id,
    };
    member.areas.push(r.area);
    member.name = listOf(member.areas);
    byPlace.set(key, member);
  }
  return [...byPlace.values()];
}

const triadName = (n: number): string => `Triad ${n}`;

/** Figure S8: the six peer-challenge triads (Annex 4, para 1). */
export const triads: ChartDefinition<TriadMember> = {
  id: 'triads',
  number: 'S8',
  title: 'DCS regional peer challenge triads, February 2019',
  subtitle:
    'The 19 South East authorities in six triads of three places (Hampshire and Isle of Wight share one place)',
  caveat:
    'As listed in Annex 4 of the plan. A SESLIP newsletter of January 2019 lists different triads; this figure follows the plan. Abbreviations are written out: W&M is Windsor and Maidenhead, MK Milton Keynes, BHCC Brighton and Hove.',
  source: { datasets: ['triads'], sourceIds: ['SEED_PLAN_TEXT'] },
  select: (all: AllData) => triadMembers(all.triads),
  spec(rows) {
    const triadNumbers = [...new Set(rows.map((r) => r.triad))];
    return {
      width: CHART_WIDTH,
      height: 24 + triadNumbers.length * 46,
      marginTop: 12,
      marginLeft: 70,
      marginRight: 8,
      marginBottom: 12,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { domain: [1, 2, 3], axis: null, padding: 0.06 },
      y: { domain: triadNumbers, tickFormat: triadName, label: null, tickSize: 0, padding: 0.12 },
      marks: [
        Plot.cell(rows, {
          x: 'position',
          y: 'triad',
          fill: 'none',
          stroke: COLOURS.la,
          strokeWidth: 1.5,
          rx: 6,
        }),
        Plot.text(rows, {
          x: 'position',
          y: 'triad',
          text: 'name',
          lineWidth: 13,
          fontSize: FONT_SIZE,
          fill: COLOURS.text,
        }),
      ],
    };
  },
  summary(rows) {
    const triadNumbers = [...new Set(rows.map((r) => r.triad))];
    const authorities = rows.reduce((n, r) => n + r.areas.length, 0);
    const parts = triadNumbers.map(
      (n) =>
        `${triadName(n)}: ${rows
          .filter((r) => r.triad === n)
          .map((r) => r.name)
          .join('; ')}`,
    );
    return `${authorities} authorities in ${triadNumbers.length} triads. ${parts.join('. ')}.`;
  },
  table: (rows) => ({
    columns: [
      { label: 'Triad', numeric: false },
      { label: 'Authority', numeric: false },
      { label: 'As the plan writes it', numeric: false },
    ],
    rows: rows.map((r) => [triadName(r.triad), r.name, r.planLabel]),
  }),
  csv: (rows) => ({
    columns: ['triad', 'position', 'plan_label', 'authorities', 'source_id'],
    rows: rows.map((r) => [r.triad, r.position, r.planLabel, r.areas.join('; '), r.source_id]),
  }),
};
