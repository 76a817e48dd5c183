import * as Plot from '@observablehq/plot';
import type { AllData } from '../../datasets/index';
import type { ObservationRow } from '../../schemas/observation';
import { COUNTRY, SE_AUTHORITIES, SOUTH_EAST } from '../../schemas/areas';
import { formatNumber, listOf } from '../../lib/format';
import { CHART_WIDTH, COLOURS, FONT_SIZE, type ChartDefinition, type CsvTable, type TableModel } from '../types';

type ObservationDatasetId = 'lac_rates' | 'cpp_rates' | 'cin_referral_rates' | 's251_unit_costs';

/** How a time-series figure (South East, England and the 19 authorities) is built. */
export interface SeriesConfig {
  id: string;
  number: string;
  title: string;
  subtitle: string;
  caveat: string;
  dataset: ObservationDatasetId;
  measure: string;
  /** The years shown, oldest first: those the plan could see. */
  years: readonly string[];
  /** The recommended source for a year, e.g. DFE_CLA_2018_UD for 2014 and DFE_CLA_2019_UD after. */
  sourceFor(year: string): string;
  /** Label of the y axis, e.g. "Rate per 10,000 children". */
  yLabel: string;
  /** Label of the x axis, e.g. "At 31 March". */
  xLabel: string;
  /** A value as readers see it, e.g. "51" or "£1,165". */
  format(value: number): string;
  /** First sentence of the summary, e.g. "In March 2017 the South East rate was 51 per 10,000 children; England's was 62." */
  headline(year: string, se: string, england: string): string;
  /** What is compared in the spread sentence, e.g. "rates" or "weekly unit costs". */
  spreadNoun: string;
  /** Extra sentence appended to the summary, e.g. a figure from the plan text. */
  extraSummary?: string;
}

const ORDER = [COUNTRY, SOUTH_EAST, ...SE_AUTHORITIES] as const;
const LA_SET: ReadonlySet<string> = new Set(SE_AUTHORITIES);

/** Picks the rows a series figure shows: one measure, the recommended source per year, the plan's years. */
export function selectSeries(rows: readonly ObservationRow[], config: Pick<SeriesConfig, 'measure' | 'years' | 'sourceFor'>): ObservationRow[] {
  const rank = new Map<string, number>(ORDER.map((area, i) => [area, i]));
  return rows
    .filter(
      (r) =>
        r.measure === config.measure &&
        config.years.includes(r.year) &&
        r.source_id === config.sourceFor(r.year) &&
        rank.has(r.area),
    )
    .sort((a, b) => rank.get(a.area)! - rank.get(b.area)! || a.year.localeCompare(b.year));
}

function latest(rows: readonly ObservationRow[], area: string, year: string): number | undefined {
  return rows.find((r) => r.area === area && r.year === year)?.value;
}

/** The text equivalent of a series figure, computed from its rows. */
export function seriesSummary(rows: readonly ObservationRow[], config: SeriesConfig): string {
  const year = config.years[config.years.length - 1]!;
  const se = latest(rows, SOUTH_EAST, year);
  const england = latest(rows, COUNTRY, year);
  if (se === undefined || england === undefined) {
    return `No South East and England figures for ${year} are in the data.`;
  }
  const parts = [config.headline(year, config.format(se), config.format(england))];
  const las = rows.filter((r) => r.year === year && LA_SET.has(r.area));
  if (las.length > 0) {
    const sorted = [...las].sort((a, b) => a.value - b.value || a.area.localeCompare(b.area));
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const above = las.filter((r) => r.value > england).length;
    parts.push(
      `Across the ${las.length} South East authorities with a figure, ${config.spreadNoun} ranged from ${config.format(low.value)} (${low.area}) to ${config.format(high.value)} (${high.area}); ${above} of ${las.length} were above England's.`,
    );
    const missing = SE_AUTHORITIES.filter((a) => !las.some((r) => r.area === a));
    if (missing.length > 0) parts.push(`No figure is published for ${listOf(missing)}.`);
  }
  if (config.extraSummary) parts.push(config.extraSummary);
  return parts.join(' ');
}

/** The data table: one row per area, one column per year. */
export function seriesTable(rows: readonly ObservationRow[], config: SeriesConfig): TableModel {
  const areas = ORDER.filter((a) => rows.some((r) => r.area === a));
  return {
    columns: [{ label: 'Area', numeric: false }, ...config.years.map((y) => ({ label: y, numeric: true }))],
    rows: areas.map((area) => [
      area,
      ...config.years.map((year) => {
        const v = latest(rows, area, year);
        return v === undefined ? 'not published' : config.format(v);
      }),
    ]),
  };
}

/** The CSV of exactly the rows shown. */
export function seriesCsv(rows: readonly ObservationRow[]): CsvTable {
  return {
    columns: ['area', 'area_type', 'year', 'period', 'measure', 'value', 'unit', 'source_id'],
    rows: rows.map((r) => [r.area, r.area_type, r.year, r.period, r.measure, r.value, r.unit, r.source_id]),
  };
}

/** Plot options: thin grey lines for the authorities, South East and England emphasised and labelled. */
export function seriesSpec(rows: readonly ObservationRow[], config: SeriesConfig): Plot.PlotOptions {
  const las = rows.filter((r) => LA_SET.has(r.area));
  const se = rows.filter((r) => r.area === SOUTH_EAST);
  const england = rows.filter((r) => r.area === COUNTRY);
  const last = config.years[config.years.length - 1]!;
  const max = Math.max(...rows.map((r) => r.value));
  // Keep the two end labels apart when the values are close.
  const seValue = latest(rows, SOUTH_EAST, last) ?? 0;
  const enValue = latest(rows, COUNTRY, last) ?? 0;
  const gap = (max * 0.07) - Math.abs(seValue - enValue);
  const nudge = (r: ObservationRow): number => {
    if (gap <= 0) return 0;
    const up = r.area === SOUTH_EAST ? seValue >= enValue : enValue > seValue;
    return up ? -(gap / max) * 170 : (gap / max) * 170;
  };
  return {
    width: CHART_WIDTH,
    height: 380,
    marginTop: 24,
    marginRight: 150,
    marginBottom: 44,
    marginLeft: 56,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { type: 'point', domain: [...config.years], label: config.xLabel, labelAnchor: 'center', labelOffset: 38, inset: 12 },
    y: { domain: [0, max * 1.05], nice: true, label: config.yLabel, labelAnchor: 'top', grid: false, tickFormat: (d: number) => config.format(d) },
    marks: [
      Plot.gridY({ stroke: COLOURS.grid, strokeOpacity: 1 }),
      Plot.ruleY([0], { stroke: COLOURS.text }),
      Plot.lineY(las, { x: 'year', y: 'value', z: 'area', stroke: COLOURS.la, strokeWidth: 1 }),
      Plot.dot(las.filter((r) => r.year === last), { x: 'year', y: 'value', r: 2, fill: COLOURS.la }),
      Plot.lineY(england, { x: 'year', y: 'value', stroke: COLOURS.england, strokeWidth: 2.5 }),
      Plot.dot(england, { x: 'year', y: 'value', r: 3.5, fill: COLOURS.england }),
      Plot.lineY(se, { x: 'year', y: 'value', stroke: COLOURS.se, strokeWidth: 3 }),
      Plot.dot(se, { x: 'year', y: 'value', r: 3.5, fill: COLOURS.se }),
      ...[se, england].map((series) =>
        Plot.text(
          series.filter((r) => r.year === last),
          {
            x: 'year',
            y: 'value',
            dx: 12,
            dy: series[0] ? nudge(series[0]) : 0,
            stroke: COLOURS.background,
            strokeWidth: 4,
            paintOrder: 'stroke',
            text: (r: ObservationRow) => `${r.area} ${config.format(r.value)}`,
            textAnchor: 'start',
            fontWeight: 'bold',
            fill: series === se ? COLOURS.se : COLOURS.england,
            fontSize: FONT_SIZE,
          },
        ),
      ),
      Plot.text(las.length > 0 ? [{ year: last, value: Math.max(...las.filter((r) => r.year === last).map((r) => r.value)) }] : [], {
        x: 'year',
        y: 'value',
        dx: 10,
        text: () => 'Grey: each of the 19 authorities',
        textAnchor: 'start',
        lineWidth: 11,
        fill: COLOURS.text,
        fontSize: FONT_SIZE,
      }),
    ],
  };
}

/**
 * Builds a time-series figure (South East, England and the 19 authorities) from its config.
 * @example seriesChart({ id: 'lac-rates', dataset: 'lac_rates', measure: 'cla_rate_per_10k', … })
 */
export function seriesChart(config: SeriesConfig): ChartDefinition<ObservationRow> {
  const sourceIds = [...new Set(config.years.map((y) => config.sourceFor(y)))];
  return {
    id: config.id,
    number: config.number,
    title: config.title,
    subtitle: config.subtitle,
    caveat: config.caveat,
    source: { datasets: [config.dataset], sourceIds },
    select: (all: AllData) => selectSeries(all[config.dataset], config),
    spec: (rows) => seriesSpec(rows, config),
    summary: (rows) => seriesSummary(rows, config),
    table: (rows) => seriesTable(rows, config),
    csv: seriesCsv,
  };
}

/** Formats a rate as published (up to one decimal). */
export const formatRate = (value: number): string => formatNumber(value, 1);
