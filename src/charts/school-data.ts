import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import type { SchoolDataRow } from '../schemas/plan-data';
import { SOUTH_EAST } from '../schemas/areas';
import { formatNumber, listOf } from '../lib/data/format';
import { COLOURS, type ChartDefinition, type ChartLayout } from './types';
import { csvFields } from '../lib/data/tables';

/** The row label readers see: the measure with its group, e.g. "KS2 Reading". */
export function schoolLabel(row: SchoolDataRow): string {
  if (row.group.startsWith('KS')) return `${row.group.slice(0, 3)} ${row.measure}`;
  const text = row.measure.replace(/^% /, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** How the South East's figure compares with England's, in the words its direction allows. */
export type Comparison = 'better' | 'worse' | 'higher' | 'lower' | 'the same';

/**
 * Compares the South East with England on one measure: "better" or "worse" only where the row
 * records which way is better (polarity, with its source), otherwise "higher" or "lower".
 * @example compareToEngland(9.4, 9.2, 'lower_is_better') // "worse"
 * @example compareToEngland(77, 75, '') // "higher"
 */
export function compareToEngland(
  se: number,
  england: number,
  polarity: SchoolDataRow['polarity'],
): Comparison {
  if (se === england) return 'the same';
  const higher = se > england;
  if (polarity === 'higher_is_better') return higher ? 'better' : 'worse';
  if (polarity === 'lower_is_better') return higher ? 'worse' : 'better';
  return higher ? 'higher' : 'lower';
}

const DIRECTION_WORDS: Record<SchoolDataRow['polarity'], string> = {
  higher_is_better: 'higher is better',
  lower_is_better: 'lower is better',
  '': 'no recorded direction',
};

/** Percentage rows of Table 1 (Progress 8 and Attainment 8 are scores, left to the table). */
export function selectSchoolPercentages(rows: readonly SchoolDataRow[]): SchoolDataRow[] {
  return rows
    .filter((r) => r.unit === 'percent')
    .sort((a, b) => a.row - b.row || (a.area === SOUTH_EAST ? -1 : 1));
}

const KEY = '● South East  ◆ England';
const dotFill = (r: SchoolDataRow) => (r.area === SOUTH_EAST ? COLOURS.se : COLOURS.england);
const dotSymbol = (r: SchoolDataRow) => (r.area === SOUTH_EAST ? 'circle' : 'diamond');
const values = (p: SchoolDataRow[]) => p.map((r) => `${formatNumber(r.value, 1)}%`).join('  ');

/**
 * The narrow drawing: each measure's name on a line of its own above its pair of dots, the two
 * percentages at the right of the dots (South East first, as the key), the key at the top.
 */
export function narrowSchoolSpec(rows: readonly SchoolDataRow[], layout: ChartLayout): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const labels = [...new Set(rows.map(schoolLabel))];
  const pairs = labels.map((label) => rows.filter((r) => schoolLabel(r) === label));
  const top = 30;
  // Each measure: its name, then its dots just under it, then more space before the next name.
  const block = 2 * fontSize + 22;
  const nameY = (i: number) => top + i * block + fontSize / 2;
  const dotsY = (i: number) => top + i * block + fontSize + 11;
  const rowOf = (label: string) => labels.indexOf(label);
  const marginLeft = 14;
  const marginRight = 104;
  const bottom = top + labels.length * block;
  return {
    width,
    height: bottom + 48,
    marginTop: top,
    marginLeft,
    marginRight,
    marginBottom: 48,
    style: { fontSize: `${fontSize}px` },
    x: {
      domain: [0, 100],
      ticks: [0, 50, 100],
      label: 'Percentage',
      labelAnchor: 'center',
      labelOffset: 40,
      tickFormat: (d: number) => `${d}%`,
    },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX({ stroke: COLOURS.grid, strokeOpacity: 1, y1: top - 4, y2: bottom }),
      Plot.text(labels, {
        x: 0,
        y: (label: string) => nameY(rowOf(label)),
        text: (label: string) => label,
        textAnchor: 'start',
        dx: -marginLeft + 2,
        fill: COLOURS.text,
        stroke: COLOURS.background,
        strokeWidth: 4,
        paintOrder: 'stroke',
        fontSize,
      }),
      Plot.link(
        pairs.filter((p) => p.length === 2),
        {
          x1: (p: SchoolDataRow[]) => p[0]!.value,
          x2: (p: SchoolDataRow[]) => p[1]!.value,
          y1: (p: SchoolDataRow[]) => dotsY(rowOf(schoolLabel(p[0]!))),
          y2: (p: SchoolDataRow[]) => dotsY(rowOf(schoolLabel(p[0]!))),
          stroke: COLOURS.la,
          strokeWidth: 2,
        },
      ),
      Plot.dot(rows, {
        x: 'value',
        y: (r: SchoolDataRow) => dotsY(rowOf(schoolLabel(r))),
        r: 5,
        fill: dotFill,
        symbol: dotSymbol,
      }),
      Plot.text(pairs, {
        x: 100,
        y: (p: SchoolDataRow[]) => dotsY(rowOf(schoolLabel(p[0]!))),
        text: values,
        dx: marginRight - 4,
        textAnchor: 'end',
        fill: COLOURS.text,
        fontSize,
      }),
      Plot.text([KEY], {
        frameAnchor: 'top-left',
        dx: -marginLeft + 2,
        dy: -top + 4,
        lineAnchor: 'top',
        text: (d: string) => d,
        textAnchor: 'start',
        fill: COLOURS.text,
        fontWeight: 'bold',
        fontSize,
      }),
    ],
  };
}

/** Figure S6: the plan's Table 1 percentages, South East against England (para 2.15). */
export const schoolData: ChartDefinition<SchoolDataRow> = {
  id: 'school-data',
  number: 'S6',
  title: 'School measures, South East and England',
  subtitle:
    'Percentages from the plan’s Table 1: schools and pupils in schools rated good or better (3 March 2019), secondary schools below floor or coasting (2018 provisional), and pupils reaching the expected standard at KS1 and KS2 (2018)',
  caveat:
    'Progress 8 and Attainment 8 are scores, not percentages, so they are in Table 1 but not in this figure. Below floor and coasting are measures where lower is better. The plan names no source for the secondary rows.',
  source: { datasets: ['school_data'], sourceIds: ['SEED_PLAN_TEXT'] },
  select: (all: AllData) => selectSchoolPercentages(all.school_data),
  spec(rows, layout) {
    if (layout.narrow) return narrowSchoolSpec(rows, layout);
    const { fontSize } = layout;
    const labels = [...new Set(rows.map(schoolLabel))];
    const pairs = labels.map((label) => rows.filter((r) => schoolLabel(r) === label));
    const first = pairs[0] ?? [];
    return {
      width: layout.width,
      height: 70 + labels.length * 28,
      marginTop: 36,
      // Room for the longest measure name ("% pupils in schools rated good or better") on the left
      // and the two values on the right, so no label runs outside the drawing.
      marginLeft: 280,
      marginRight: 120,
      marginBottom: 40,
      style: { fontSize: `${fontSize}px` },
      x: {
        domain: [0, 100],
        label: 'Percentage',
        labelAnchor: 'center',
        labelOffset: 34,
        tickFormat: (d: number) => `${d}%`,
      },
      y: { domain: labels, label: null, tickSize: 0 },
      marks: [
        Plot.gridX({ stroke: COLOURS.grid, strokeOpacity: 1 }),
        Plot.link(
          pairs.filter((p) => p.length === 2),
          {
            x1: (p: SchoolDataRow[]) => p[0]!.value,
            x2: (p: SchoolDataRow[]) => p[1]!.value,
            y1: (p: SchoolDataRow[]) => schoolLabel(p[0]!),
            y2: (p: SchoolDataRow[]) => schoolLabel(p[0]!),
            stroke: COLOURS.la,
            strokeWidth: 2,
          },
        ),
        Plot.dot(rows, {
          x: 'value',
          y: schoolLabel,
          r: 5,
          fill: dotFill,
          symbol: dotSymbol,
        }),
        Plot.text(pairs, {
          x: 100,
          y: (p: SchoolDataRow[]) => schoolLabel(p[0]!),
          text: values,
          dx: 16,
          textAnchor: 'start',
          fill: COLOURS.text,
          fontSize,
        }),
        Plot.text([first], {
          x: 0,
          y: (p: SchoolDataRow[]) => schoolLabel(p[0]!),
          dy: -22,
          text: () => KEY,
          textAnchor: 'start',
          fill: COLOURS.text,
          fontWeight: 'bold',
          fontSize,
        }),
      ],
    };
  },
  summary(rows) {
    const labels = [...new Set(rows.map(schoolLabel))];
    const compared = labels.flatMap((label) => {
      const se = rows.find((r) => schoolLabel(r) === label && r.area === SOUTH_EAST);
      const en = rows.find((r) => schoolLabel(r) === label && r.area !== SOUTH_EAST);
      return se && en ? [{ label, se, en, how: compareToEngland(se.value, en.value, se.polarity) }] : [];
    });
    const order: Comparison[] = ['better', 'the same', 'higher', 'lower', 'worse'];
    const groups = order
      .map((how) => ({ how, these: compared.filter((c) => c.how === how) }))
      .filter(({ these }) => these.length > 0);
    const parts = groups.map(({ how, these }, i) => {
      // Name the measures when there are few, with both figures where the South East is worse.
      const named =
        these.length > 3
          ? ''
          : ` (${these
              .map((c) =>
                how === 'worse'
                  ? `${c.label}: ${formatNumber(c.se.value, 1)}% against ${formatNumber(c.en.value, 1)}%, where ${DIRECTION_WORDS[c.se.polarity]}`
                  : c.label,
              )
              .join('; ')})`;
      const of = i === 0 ? ` of the ${labels.length} measures shown` : '';
      return `${how} on ${these.length}${of}${named}`;
    });
    const good = rows.filter((r) => r.row === rows[0]?.row);
    const se = good.find((r) => r.area === SOUTH_EAST);
    const en = good.find((r) => r.area !== SOUTH_EAST);
    const lead =
      se && en
        ? `${formatNumber(se.value, 1)}% of South East schools were rated good or better on 3 March 2019, against ${formatNumber(en.value, 1)}% in England. `
        : '';
    const unknown = compared.some((c) => c.how === 'higher' || c.how === 'lower')
      ? ' Higher or lower is said where no source records which way is better.'
      : '';
    return `${lead}Compared with England's, the South East's figure is ${listOf(parts)}. Better and worse follow the direction the Department for Education or Ofsted gives each measure.${unknown}`;
  },
  table(rows) {
    const labels = [...new Set(rows.map(schoolLabel))];
    return {
      columns: [
        { label: 'Measure', numeric: false },
        { label: 'South East (%)', numeric: true },
        { label: 'England (%)', numeric: true },
        { label: 'Which way is better', numeric: false },
      ],
      rows: labels.map((label) => {
        const cell = (area: string) => {
          const r = rows.find((x) => schoolLabel(x) === label && x.area === area);
          return r ? formatNumber(r.value, 1) : 'not given';
        };
        const polarity = rows.find((x) => schoolLabel(x) === label)?.polarity ?? '';
        return [label, cell(SOUTH_EAST), cell('England'), DIRECTION_WORDS[polarity]];
      }),
    };
  },
  csv: (rows) => ({
    columns: csvFields([
      ['group', 'string', 'The group of schools or pupils, as the plan’s table names it'],
      ['group_qualifier', 'string', 'When or how the group is counted, as the plan words it'],
      ['measure', 'string', 'The measure, as the plan’s table names it'],
      ['area', 'string', 'The South East or England'],
      ['value', 'number', 'The figure the plan printed'],
      ['unit', 'string', 'Unit of the value'],
      ['polarity', 'string', 'Which way is better, where the source says'],
      ['source_id', 'string', 'The source, an id in sources.csv'],
    ]),
    rows: rows.map((r) => [
      r.group,
      r.group_qualifier,
      r.measure,
      r.area,
      r.value,
      r.unit,
      r.polarity,
      r.source_id,
    ]),
  }),
};
