import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import type { SystemMapLinkRow } from '../schemas/plan-data';
import { listOf } from '../lib/data/format';
import { absoluteFrame, wrapText } from './shared/layout';
import { COLOURS, type ChartDefinition, type ChartLayout } from './types';
import { csvFields } from '../lib/data/tables';

/**
 * Where each factor sits on the map, in SVG units (640 wide). Layout is presentation, not data:
 * a factor named in data/system_map_links.csv but missing here fails the build with its name.
 */
export const NODE_POSITIONS: Readonly<Record<string, readonly [number, number]>> = {
  'Austerity and budget cutbacks': [95, 50],
  'Capacity to deliver services to protect children': [95, 170],
  'Increasing child poverty': [320, 50],
  'Reduced early help safety net': [320, 170],
  'Increased demand on social care': [545, 110],
  'Spiralling costs': [545, 230],
  'Marketisation of public services and schools': [95, 320],
  'More providers across the sector': [320, 320],
  'Fragmented governance': [545, 320],
  'School staff less confident in managing risk': [545, 430],
  'Social care and SEND teams expected to take responsibility': [320, 430],
  Ofsted: [95, 430],
  'Heightened sense of responsibility': [95, 540],
  'Distraction from systemic challenges': [320, 540],
};

/** The wide map is laid out by hand on a 640-unit grid, stretched sideways to the drawing's width. */
const GRID_WIDTH = 640;
const HALF_W = 92;
const HALF_H = 30;
const HEIGHT = 590;

/** "Increased demand" → "increased demand"; leaves acronyms and names such as "Ofsted" alone when they start a sentence. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && text !== 'Ofsted'
    ? `${text.charAt(0).toLowerCase()}${text.slice(1)}`
    : text;
}

/** A link with the end points of its arrow, clipped to the edges of the two boxes. */
export interface MapLink extends SystemMapLinkRow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Distance along a ray from a box centre to the edge of a box of that half size, as a share of the ray. */
function exitShare(dx: number, dy: number, halfW = HALF_W, halfH = HALF_H): number {
  const tx = dx === 0 ? Infinity : halfW / Math.abs(dx);
  const ty = dy === 0 ? Infinity : halfH / Math.abs(dy);
  return Math.min(tx, ty);
}

/**
 * Rows of the narrow drawing, top to bottom: [left column, right column]. The three chains of the
 * plan's text (austerity, marketisation, Ofsted) each keep their arrows short and uncrossed.
 */
export const NARROW_ROWS: readonly (readonly [string, string?])[] = [
  ['Austerity and budget cutbacks', 'Capacity to deliver services to protect children'],
  ['Increasing child poverty', 'Reduced early help safety net'],
  ['Increased demand on social care', 'Spiralling costs'],
  ['Marketisation of public services and schools', 'More providers across the sector'],
  ['School staff less confident in managing risk', 'Fragmented governance'],
  ['Social care and SEND teams expected to take responsibility'],
  ['Ofsted', 'Heightened sense of responsibility'],
  ['Distraction from systemic challenges'],
];

/** Rows after which a new chain starts, with more space above it. */
const CHAIN_BREAKS = new Set([2, 5]);

/** A factor's box in the narrow drawing: centre, half sizes and wrapped lines. */
interface NarrowNode {
  name: string;
  x: number;
  y: number;
  halfW: number;
  halfH: number;
  lines: string[];
}

/** Places the factors for the narrow drawing; throws with the name of a factor it lacks. */
export function narrowNodes(names: readonly string[], layout: ChartLayout): NarrowNode[] {
  const side = 4;
  const boxWidth = Math.floor((layout.width - 2 * side - 40) / 2);
  const lineHeight = Math.round(layout.fontSize * 1.2);
  const placed = new Map<string, NarrowNode>();
  let top = 4;
  NARROW_ROWS.forEach((row, i) => {
    const cells = row.map((name) => ({
      name: name!,
      lines: wrapText(name!, boxWidth - 12, layout.fontSize),
    }));
    const height = Math.max(...cells.map((c) => c.lines.length)) * lineHeight + 12;
    cells.forEach((c, column) => {
      const x = column === 0 ? side + boxWidth / 2 : layout.width - side - boxWidth / 2;
      placed.set(c.name, { ...c, x, y: top + height / 2, halfW: boxWidth / 2, halfH: height / 2 });
    });
    top += height + (CHAIN_BREAKS.has(i) ? 44 : 28);
  });
  return names.map((name) => {
    const node = placed.get(name);
    if (!node) {
      throw new Error(
        `The narrow system map has no place for "${name}". Add it to NARROW_ROWS in src/charts/system-map.ts.`,
      );
    }
    return node;
  });
}

/** The narrow drawing: factors in two columns, names wrapped inside their boxes. */
function narrowMapSpec(rows: readonly MapLink[], layout: ChartLayout): Plot.PlotOptions {
  const names = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
  const nodes = narrowNodes(names, layout);
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const links = rows.map((row) => {
    const from = byName.get(row.from)!;
    const to = byName.get(row.to)!;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const s = exitShare(dx, dy, from.halfW, from.halfH) + 0.02;
    const e = 1 - exitShare(dx, dy, to.halfW, to.halfH) - 0.02;
    return { x1: from.x + dx * s, y1: from.y + dy * s, x2: from.x + dx * e, y2: from.y + dy * e };
  });
  const height = Math.ceil(Math.max(...nodes.map((n) => n.y + n.halfH)) + 4);
  return {
    ...absoluteFrame(layout.width, height, layout.fontSize),
    marks: [
      Plot.rect(nodes, {
        x1: (n: NarrowNode) => n.x - n.halfW,
        x2: (n: NarrowNode) => n.x + n.halfW,
        y1: (n: NarrowNode) => n.y - n.halfH,
        y2: (n: NarrowNode) => n.y + n.halfH,
        rx: 6,
        fill: 'none',
        stroke: COLOURS.la,
        strokeWidth: 1.5,
      }),
      Plot.text(nodes, {
        x: 'x',
        y: 'y',
        text: (n: NarrowNode) => n.lines.join('\n'),
        lineHeight: 1.2,
        fontSize: layout.fontSize,
        fill: COLOURS.text,
      }),
      Plot.arrow(links, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: COLOURS.se,
        strokeWidth: 2,
        headLength: 10,
      }),
    ],
  };
}

/** Positions each link; throws with the factor's name if the layout lacks it. */
export function layoutLinks(rows: readonly SystemMapLinkRow[]): MapLink[] {
  return rows.map((row) => {
    const from = NODE_POSITIONS[row.from];
    const to = NODE_POSITIONS[row.to];
    const missing = !from ? row.from : !to ? row.to : undefined;
    if (missing !== undefined || !from || !to) {
      throw new Error(
        `The system map has no place for "${missing}". Add it to NODE_POSITIONS in src/charts/system-map.ts, or spell it as an existing factor in data/system_map_links.csv.`,
      );
    }
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const s = exitShare(dx, dy) + 0.02;
    const e = 1 - exitShare(dx, dy) - 0.02;
    return { ...row, x1: from[0] + dx * s, y1: from[1] + dy * s, x2: from[0] + dx * e, y2: from[1] + dy * e };
  });
}

/** Figure S1: the "vicious circle" of paras 1.4 and 1.5 as a cause-and-effect map. */
export const systemMap: ChartDefinition<MapLink> = {
  id: 'system-map',
  number: 'S1',
  title: 'The vicious circle in the South East children’s services system',
  subtitle:
    'Cause-and-effect links stated in paragraphs 1.4 and 1.5 of the plan; an arrow points from a cause to its effect',
  caveat:
    'The plan’s own system map is not in the copy we hold. This map is drawn from paragraphs 1.4 and 1.5 and shows only the links they state.',
  source: { datasets: ['system_map_links'], sourceIds: ['SEED_PLAN_TEXT'] },
  select: (all: AllData) => layoutLinks(all.system_map_links),
  spec(rows, layout) {
    if (layout.narrow) return narrowMapSpec(rows, layout);
    const { fontSize } = layout;
    // Stretching x alone keeps each arrow clipped to its boxes' edges (an affine map keeps them).
    const k = layout.width / GRID_WIDTH;
    const names = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
    const nodes = names.map((name) => ({
      name,
      x: NODE_POSITIONS[name]![0] * k,
      y: NODE_POSITIONS[name]![1],
    }));
    const arrows = rows.map((r) => ({ ...r, x1: r.x1 * k, x2: r.x2 * k }));
    return {
      ...absoluteFrame(layout.width, HEIGHT, fontSize),
      marks: [
        Plot.rect(nodes, {
          x1: (n: { x: number }) => n.x - HALF_W * k,
          x2: (n: { x: number }) => n.x + HALF_W * k,
          y1: (n: { y: number }) => n.y - HALF_H,
          y2: (n: { y: number }) => n.y + HALF_H,
          rx: 6,
          fill: 'none',
          stroke: COLOURS.la,
          strokeWidth: 1.5,
        }),
        Plot.text(nodes, {
          x: 'x',
          y: 'y',
          text: 'name',
          lineWidth: 14,
          fontSize,
          fill: COLOURS.text,
        }),
        Plot.arrow(arrows, {
          x1: 'x1',
          y1: 'y1',
          x2: 'x2',
          y2: 'y2',
          stroke: COLOURS.se,
          strokeWidth: 2,
          headLength: 10,
        }),
      ],
    };
  },
  summary(rows) {
    const factors = new Set(rows.flatMap((r) => [r.from, r.to]));
    const effectsOf = (f: string) => rows.filter((r) => r.from === f).map((r) => lowerFirst(r.to));
    const causesOf = (f: string) => rows.filter((r) => r.to === f).map((r) => lowerFirst(r.from));
    const byEffects = [...factors].sort(
      (a, b) => effectsOf(b).length - effectsOf(a).length || a.localeCompare(b),
    );
    const byCauses = [...factors].sort(
      (a, b) => causesOf(b).length - causesOf(a).length || a.localeCompare(b),
    );
    const parts = [`The map shows ${rows.length} links the plan states between ${factors.size} factors.`];
    const top = byEffects[0];
    if (top && effectsOf(top).length > 1)
      parts.push(`${top} has the most effects: ${listOf(effectsOf(top))}.`);
    const sink = byCauses[0];
    if (sink && causesOf(sink).length > 1) {
      const next = effectsOf(sink);
      parts.push(
        `${sink} has ${causesOf(sink).length} causes (${listOf(causesOf(sink))})${next.length > 0 ? ` and leads to ${listOf(next)}` : ''}.`,
      );
    }
    parts.push('Every link, with the plan’s own words, is in the data table.');
    return parts.join(' ');
  },
  table: (rows) => ({
    columns: [
      { label: 'Link', numeric: false },
      { label: 'Paragraph', numeric: false },
      { label: 'The plan’s words', numeric: false },
    ],
    rows: rows.map((r) => [`${r.from} leads to ${lowerFirst(r.to)}`, r.paragraph, `“${r.plan_words}”`]),
  }),
  csv: (rows) => ({
    columns: csvFields([
      ['from', 'string', 'The factor the plan says leads to another'],
      ['to', 'string', 'The factor it leads to'],
      ['paragraph', 'string', 'The plan’s paragraph that says so'],
      ['plan_words', 'string', 'The plan’s words'],
      ['source_id', 'string', 'The source, an id in sources.csv'],
    ]),
    rows: rows.map((r) => [r.from, r.to, r.paragraph, r.plan_words, r.source_id]),
  }),
};
