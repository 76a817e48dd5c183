import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import type { TriadRow } from '../schemas/plan-data';
import { listOf } from '../lib/data/format';
import { absoluteFrame, wrapText } from './shared/layout';
import { COLOURS, type ChartDefinition, type ChartLayout } from './types';
import { csvFields } from '../lib/data/tables';

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

/**
 * The narrow drawing: the triads in two columns, each a heading over its three places stacked in
 * boxes (names wrapped to the box), instead of one row of three boxes per triad.
 */
export function narrowTriadSpec(rows: readonly TriadMember[], layout: ChartLayout): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const side = 4;
  const columnGap = 10;
  const boxWidth = (width - 2 * side - columnGap) / 2;
  const lineHeight = Math.round(fontSize * 1.2);
  const headHeight = fontSize + 10;
  const triadNumbers = [...new Set(rows.map((r) => r.triad))];
  const heads: { x: number; y: number; text: string }[] = [];
  const boxes: { x1: number; x2: number; y1: number; y2: number; text: string }[] = [];
  let top = 4;
  for (let i = 0; i < triadNumbers.length; i += 2) {
    let bottom = top;
    triadNumbers.slice(i, i + 2).forEach((n, column) => {
      const x1 = side + column * (boxWidth + columnGap);
      heads.push({ x: x1, y: top + headHeight / 2, text: triadName(n) });
      let y = top + headHeight;
      for (const member of rows.filter((r) => r.triad === n)) {
        const lines = wrapText(member.name, boxWidth - 12, fontSize);
        const height = lines.length * lineHeight + 10;
        boxes.push({ x1, x2: x1 + boxWidth, y1: y, y2: y + height, text: lines.join('\n') });
        y += height + 4;
      }
      bottom = Math.max(bottom, y);
    });
    top = bottom + 10;
  }
  return {
    ...absoluteFrame(width, Math.ceil(top), fontSize),
    marks: [
      Plot.text(heads, {
        x: 'x',
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        fontWeight: 'bold',
        fill: COLOURS.text,
        fontSize,
      }),
      Plot.rect(boxes, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        rx: 6,
        fill: 'none',
        stroke: COLOURS.la,
        strokeWidth: 1.5,
      }),
      Plot.text(boxes, {
        x: (b: { x1: number; x2: number }) => (b.x1 + b.x2) / 2,
        y: (b: { y1: number; y2: number }) => (b.y1 + b.y2) / 2,
        text: 'text',
        lineHeight: 1.2,
        fill: COLOURS.text,
        fontSize,
      }),
    ],
  };
}

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
  spec(rows, layout) {
    if (layout.narrow) return narrowTriadSpec(rows, layout);
    const { fontSize } = layout;
    const triadNumbers = [...new Set(rows.map((r) => r.triad))];
    return {
      width: layout.width,
      height: 24 + triadNumbers.length * 46,
      marginTop: 12,
      marginLeft: 70,
      marginRight: 8,
      marginBottom: 12,
      style: { fontSize: `${fontSize}px` },
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
          fontSize,
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
    columns: csvFields([
      ['triad', 'integer', 'The triad’s number in Annex 4 of the plan'],
      ['position', 'integer', 'The place in the triad'],
      ['plan_label', 'string', 'The place as the plan labels it'],
      ['authorities', 'string', 'The councils in that place, separated by "; "'],
      ['source_id', 'string', 'The source, an id in sources.csv'],
    ]),
    rows: rows.map((r) => [r.triad, r.position, r.planLabel, r.areas.join('; '), r.source_id]),
  }),
};
