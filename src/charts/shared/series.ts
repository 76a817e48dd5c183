import * as Plot from '@observablehq/plot';
import type { AllData } from '../../lib/data/all-data';
import type { ObservationRow } from '../../schemas/observation';
import { COUNTRY, SE_AUTHORITIES, SOUTH_EAST } from '../../schemas/areas';
import { formatFixed, formatNumber, listOf } from '../../lib/data/format';
import { publishedDecimals } from '../../lib/measures/measure';
import { COLOURS, type ChartDefinition, type ChartLayout } from '../types';
import type { CsvField, CsvTable, TableModel } from '../../lib/data/tables';
import { observationColumns } from '../../datasets/observation-meta';
import { minTickSteps, pickTicks, textWidth } from './layout';

type ObservationDatasetId = 'lac_rates' | 'cpp_rates' | 'cin_referral_rates' | 's251_unit_costs';

/** How a time-series figure (South East, England and the 19 authorities) is built. */
export interface SeriesConfig {
  id: string;
  number: string;
  title: string;
  subtitle: string;
  caveat: string;
  /** Sources the caveat takes numbers from that the rows do not carry, e.g. ["DFE_LAIT"]. */
  caveatSourceIds?: string[];
  dataset: ObservationDatasetId;
  measure: string;
  /** The years the plan could see, oldest first. */
  years: readonly string[];
  /** Years the plan does not show, drawn dashed and labelled "Not in the plan"; empty to show none. */
  laterYears: readonly string[];
  /** The recommended source for a year, e.g. DFE_CLA_2018_UD for 2014 and DFE_CLA_2019_UD after. */
  sourceFor(year: string): string;
  /** Label of the y axis, e.g. "Rate per 10,000 children". */
  yLabel: string;
  /** Label of the x axis, e.g. "At 31 March". */
  xLabel: string;
  /** A value as readers see it, e.g. "51" or "£1,165"; for rates, the axis ticks. */
  format(value: number): string;
  /** Rates: values in words and tables print with the decimals the figure's values are published with. */
  publishedDecimals?: true;
  /** First sentence of the summary, e.g. "In March 2017 the South East rate was 51 per 10,000 children; England's was 62." */
  headline(year: string, se: string, england: string): string;
  /** What is compared in the spread sentence, e.g. "rates" or "weekly unit costs". */
  spreadNoun: string;
  /** Extra sentence appended to the summary, e.g. a figure from the plan text. */
  extraSummary?: string;
}

/**
 * Words that mark the years the plan does not show, on the chart and in the table. Not "published
 * after the plan": DfE published some of them (2018's children in need and looked after figures,
 * in 2018) before the plan, and the site records no first-publication date for them.
 */
export const NOT_IN_PLAN_LABEL = 'Not in the plan';

/** Says what the thin grey lines are. */
export const AUTHORITIES_LABEL = 'Grey: each of the 19 authorities';

const ORDER = [COUNTRY, SOUTH_EAST, ...SE_AUTHORITIES] as const;
const LA_SET: ReadonlySet<string> = new Set(SE_AUTHORITIES);

/** All years a figure shows: the plan's, then those it does not show. */
export function shownYears(config: Pick<SeriesConfig, 'years' | 'laterYears'>): string[] {
  return [...config.years, ...config.laterYears];
}

/**
 * Picks the rows a series figure shows: one measure, the recommended source for each year; South
 * East, England and the 19 authorities for the plan's years, and South East and England only for
 * later years (the authorities' spread matters for the years the plan discusses).
 */
export function selectSeries(
  rows: readonly ObservationRow[],
  config: Pick<SeriesConfig, 'measure' | 'years' | 'laterYears' | 'sourceFor'>,
): ObservationRow[] {
  const rank = new Map<string, number>(ORDER.map((area, i) => [area, i]));
  const years = shownYears(config);
  return rows
    .filter(
      (r) =>
        r.measure === config.measure &&
        years.includes(r.year) &&
        (config.years.includes(r.year) || !LA_SET.has(r.area)) &&
        r.source_id === config.sourceFor(r.year) &&
        rank.has(r.area),
    )
    .sort((a, b) => rank.get(a.area)! - rank.get(b.area)! || a.year.localeCompare(b.year));
}

/** "In March" → "in March", for a sentence that follows a colon. */
function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function valueAt(rows: readonly ObservationRow[], area: string, year: string): number | undefined {
  return rows.find((r) => r.area === area && r.year === year)?.value;
}

/**
 * The figure's values in words and tables: for rates, each with the decimals the figure's values
 * are published with (a rate published as 509.5 prints 509 as "509.0"); axis ticks keep `config.format`.
 */
function valueFormat(rows: readonly ObservationRow[], config: SeriesConfig): (value: number) => string {
  if (!config.publishedDecimals) return (value) => config.format(value);
  const decimals = publishedDecimals(rows.map((r) => r.value));
  return (value) => formatFixed(value, decimals);
}

/** The text equivalent of a series figure, computed from its rows. */
export function seriesSummary(rows: readonly ObservationRow[], config: SeriesConfig): string {
  const format = valueFormat(rows, config);
  const year = config.years[config.years.length - 1]!;
  const se = valueAt(rows, SOUTH_EAST, year);
  const england = valueAt(rows, COUNTRY, year);
  if (se === undefined || england === undefined) {
    return `No South East and England figures for ${year} are in the data.`;
  }
  const parts = [config.headline(year, format(se), format(england))];
  const las = rows.filter((r) => r.year === year && LA_SET.has(r.area));
  if (las.length > 0) {
    const sorted = [...las].sort((a, b) => a.value - b.value || a.area.localeCompare(b.area));
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const above = las.filter((r) => r.value > england).length;
    parts.push(
      `Across the ${las.length} South East authorities with a figure, ${config.spreadNoun} ranged from ${format(low.value)} (${low.area}) to ${format(high.value)} (${high.area}); ${above} of ${las.length} were above England's.`,
    );
    const missing = SE_AUTHORITIES.filter((a) => !las.some((r) => r.area === a));
    if (missing.length > 0) parts.push(`No figure is published for ${listOf(missing)}.`);
  }
  const latest = config.laterYears[config.laterYears.length - 1];
  if (latest !== undefined) {
    const seLater = valueAt(rows, SOUTH_EAST, latest);
    const englandLater = valueAt(rows, COUNTRY, latest);
    if (seLater !== undefined && englandLater !== undefined) {
      parts.push(
        `${NOT_IN_PLAN_LABEL}: ${lowerFirst(config.headline(latest, format(seLater), format(englandLater)))}`,
      );
    }
  }
  if (config.extraSummary) parts.push(config.extraSummary);
  return parts.join(' ');
}

/** The data table: one row per area, one column per year, later years marked. */
export function seriesTable(rows: readonly ObservationRow[], config: SeriesConfig): TableModel {
  const format = valueFormat(rows, config);
  const areas = ORDER.filter((a) => rows.some((r) => r.area === a));
  const years = shownYears(config);
  return {
    columns: [
      { label: 'Area', numeric: false },
      ...years.map((y) => ({
        label: config.laterYears.includes(y) ? `${y} (${NOT_IN_PLAN_LABEL.toLowerCase()})` : y,
        numeric: true,
      })),
    ],
    rows: areas.map((area) => [
      area,
      ...years.map((year) => {
        const v = valueAt(rows, area, year);
        if (v !== undefined) return format(v);
        return LA_SET.has(area) && config.laterYears.includes(year) ? 'not shown' : 'not published';
      }),
    ]),
  };
}

/** The columns of a series figure's CSV: the data file's own (as data/ describes them), then whether the plan quotes the year. */
const SERIES_CSV_FIELDS: CsvField[] = [
  ...observationColumns('see the unit column')
    .filter((c) => c.name !== 'note')
    .map((c) => ({
      name: c.name,
      type: c.name === 'value' ? ('number' as const) : ('string' as const),
      description: c.description,
    })),
  { name: 'not_in_plan', type: 'string', description: '"yes" for a year the plan does not quote, else "no"' },
];

/** The CSV of exactly the rows shown, with a column saying which years the plan does not show. */
export function seriesCsv(rows: readonly ObservationRow[], config: SeriesConfig): CsvTable {
  return {
    columns: SERIES_CSV_FIELDS,
    rows: rows.map((r) => [
      r.area,
      r.area_type,
      r.year,
      r.period,
      r.measure,
      r.value,
      r.unit,
      r.source_id,
      config.laterYears.includes(r.year) ? 'yes' : 'no',
    ]),
  };
}

/** Margins and sizes of a series figure for one layout. */
interface SeriesFrame {
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  /** Space between the frame and the first and last points. */
  inset: number;
  /** Point-scale padding, as a share of a step (Plot's default is 0.5). */
  padding: number;
}

/**
 * Wide: end labels in a right margin. Narrow: end labels inside the frame, the marker on a row of
 * its own under the y label, the note on the grey lines under the x axis. Both leave a left margin
 * wide enough for the longest y tick label (e.g. "£5,000").
 */
function seriesFrame(layout: ChartLayout, hasLater: boolean, widestYTick: string): SeriesFrame {
  const left = Math.max(40, Math.ceil(textWidth(widestYTick, layout.fontSize) + 12));
  return layout.narrow
    ? {
        height: 340,
        marginTop: hasLater ? 56 : 28,
        marginRight: 8,
        marginBottom: 66,
        marginLeft: left,
        inset: 24,
        padding: 0,
      }
    : {
        height: 400,
        marginTop: hasLater ? 44 : 24,
        marginRight: 150,
        marginBottom: 44,
        marginLeft: Math.max(56, left),
        inset: 12,
        padding: 0.5,
      };
}

/**
 * The x ticks of a series figure: every year when the labels fit; in the narrow drawing, years
 * far enough apart not to touch, keeping the plan's last year, the last year and the first.
 * @example seriesTicks(['2013', …, '2019'], '2017', LAYOUTS.narrow) // ['2013', '2015', '2017', '2019']
 */
export function seriesTicks(
  years: readonly string[],
  lastPlanYear: string,
  layout: ChartLayout,
  widestYTick = '',
): string[] {
  const frame = seriesFrame(layout, true, widestYTick);
  const steps = minTickSteps(years, layout.fontSize, pointStep(years, layout.width, frame));
  return pickTicks(years, [lastPlanYear, years[years.length - 1]!, years[0]!], steps);
}

/** Distance between two neighbouring years on the x axis, in SVG units. */
function pointStep(years: readonly string[], width: number, frame: SeriesFrame): number {
  const range = width - frame.marginLeft - frame.marginRight - 2 * frame.inset;
  return range / Math.max(1, years.length - 1 + 2 * frame.padding);
}

/** x of a year in SVG units, as Plot's point scale places it. */
function pointX(years: readonly string[], year: string, width: number, frame: SeriesFrame): number {
  const step = pointStep(years, width, frame);
  return frame.marginLeft + frame.inset + (years.indexOf(year) + frame.padding) * step;
}

/**
 * Plot options: thin grey lines for the authorities, South East and England emphasised and
 * labelled at their last point; years not in the plan dashed, behind a rule and a label.
 * The narrow layout labels the last points inside the frame (above the higher line, below the
 * lower), thins the x ticks and moves the note on the grey lines under the axis.
 */
export function seriesSpec(
  rows: readonly ObservationRow[],
  config: SeriesConfig,
  layout: ChartLayout,
): Plot.PlotOptions {
  const { narrow, fontSize } = layout;
  const lastPlanYear = config.years[config.years.length - 1]!;
  const years = shownYears(config);
  const last = years[years.length - 1]!;
  const inPlan = (r: ObservationRow) => config.years.includes(r.year);
  // The dashed part starts at the plan's last year so that it joins the solid line.
  const afterPlan = (r: ObservationRow) => r.year === lastPlanYear || config.laterYears.includes(r.year);
  const las = rows.filter((r) => LA_SET.has(r.area));
  const se = rows.filter((r) => r.area === SOUTH_EAST);
  const england = rows.filter((r) => r.area === COUNTRY);
  const max = Math.max(...rows.map((r) => r.value));
  // Keep the two end labels apart when the values are close.
  const seValue = valueAt(rows, SOUTH_EAST, last) ?? 0;
  const enValue = valueAt(rows, COUNTRY, last) ?? 0;
  const gap = max * 0.07 - Math.abs(seValue - enValue);
  const isUpper = (area: string): boolean => (area === SOUTH_EAST ? seValue >= enValue : enValue > seValue);
  const nudge = (area: string): number => {
    if (narrow) return isUpper(area) ? -16 : 18;
    if (gap <= 0) return 0;
    return ((isUpper(area) ? -1 : 1) * (gap / max) * 170) / 1;
  };
  const hasLater = config.laterYears.length > 0 && rows.some((r) => config.laterYears.includes(r.year));
  // The top y tick is at most the domain's end rounded up; its label is the widest.
  const widestYTick = config.format(Math.ceil(max * 1.05));
  const frame = seriesFrame(layout, hasLater, widestYTick);
  const dashed = '5 4';
  const halo = { stroke: COLOURS.background, strokeWidth: 4, paintOrder: 'stroke' } as const;
  const laLast = las.filter((r) => r.year === lastPlanYear);
  // Narrow: the short marker starts at the rule when it fits, else it ends at the frame's right.
  const marker = `${NOT_IN_PLAN_LABEL} →`;
  const markerFits =
    pointX(years, lastPlanYear, layout.width, frame) + 4 + textWidth(marker, fontSize) <= layout.width;
  return {
    width: layout.width,
    height: frame.height,
    marginTop: frame.marginTop,
    marginRight: frame.marginRight,
    marginBottom: frame.marginBottom,
    marginLeft: frame.marginLeft,
    style: { fontSize: `${fontSize}px` },
    x: {
      type: 'point',
      domain: years,
      ...(narrow
        ? { ticks: seriesTicks(years, lastPlanYear, layout, widestYTick), padding: frame.padding }
        : {}),
      label: config.xLabel,
      labelAnchor: 'center',
      labelOffset: 38,
      inset: frame.inset,
    },
    y: {
      domain: [0, max * 1.05],
      nice: true,
      label: config.yLabel,
      labelAnchor: 'top',
      grid: false,
      tickFormat: (d: number) => config.format(d),
    },
    marks: [
      Plot.gridY({ stroke: COLOURS.grid, strokeOpacity: 1 }),
      Plot.ruleY([0], { stroke: COLOURS.text }),
      ...(hasLater
        ? [
            Plot.ruleX([lastPlanYear], {
              stroke: COLOURS.afterPlan,
              strokeDasharray: '2 3',
              insetTop: narrow ? -6 : -30,
            }),
            narrow && !markerFits
              ? Plot.text([marker], {
                  frameAnchor: 'top-right',
                  dy: -26,
                  textAnchor: 'end',
                  text: (d: string) => d,
                  fill: COLOURS.afterPlan,
                  fontSize,
                })
              : Plot.text([lastPlanYear], {
                  x: (d: string) => d,
                  frameAnchor: 'top',
                  dy: narrow ? -26 : -34,
                  dx: narrow ? 4 : 6,
                  textAnchor: 'start',
                  text: () => marker,
                  fill: COLOURS.afterPlan,
                  fontSize,
                }),
          ]
        : []),
      Plot.lineY(las.filter(inPlan), {
        x: 'year',
        y: 'value',
        z: 'area',
        stroke: COLOURS.la,
        strokeWidth: 1,
      }),
      Plot.dot(laLast, { x: 'year', y: 'value', r: 2, fill: COLOURS.la }),
      ...[england, se].flatMap((series) => {
        const colour = series === se ? COLOURS.se : COLOURS.england;
        const width = series === se ? 3 : 2.5;
        return [
          Plot.lineY(series.filter(inPlan), { x: 'year', y: 'value', stroke: colour, strokeWidth: width }),
          Plot.lineY(series.filter(afterPlan), {
            x: 'year',
            y: 'value',
            stroke: colour,
            strokeWidth: width,
            strokeDasharray: dashed,
          }),
          Plot.dot(series.filter(inPlan), { x: 'year', y: 'value', r: 3.5, fill: colour }),
          Plot.dot(
            series.filter((r) => !inPlan(r)),
            { x: 'year', y: 'value', r: 3.5, fill: COLOURS.background, stroke: colour, strokeWidth: 2 },
          ),
        ];
      }),
      ...[se, england].map((series) =>
        Plot.text(
          series.filter((r) => r.year === last),
          {
            x: 'year',
            y: 'value',
            dx: narrow ? 4 : 12,
            dy: series[0] ? nudge(series[0].area) : 0,
            ...halo,
            text: 'area',
            textAnchor: narrow ? 'end' : 'start',
            fontWeight: 'bold',
            fill: series === se ? COLOURS.se : COLOURS.england,
            fontSize,
          },
        ),
      ),
      narrow
        ? Plot.text(las.length > 0 ? [AUTHORITIES_LABEL] : [], {
            frameAnchor: 'bottom-left',
            dx: -frame.marginLeft,
            dy: 48,
            lineAnchor: 'top',
            textAnchor: 'start',
            text: (d: string) => d,
            fill: COLOURS.text,
            fontSize,
          })
        : Plot.text(
            laLast.length > 0 ? [{ year: lastPlanYear, value: Math.max(...laLast.map((r) => r.value)) }] : [],
            {
              x: 'year',
              y: 'value',
              dx: 10,
              text: () => AUTHORITIES_LABEL,
              textAnchor: 'start',
              ...halo,
              lineWidth: 11,
              fill: COLOURS.text,
              fontSize,
            },
          ),
    ],
  };
}

/**
 * Builds a time-series figure (South East, England and the 19 authorities) from its config.
 * @example seriesChart({ id: 'lac-rates', dataset: 'lac_rates', measure: 'cla_rate_per_10k', … })
 */
export function seriesChart(config: SeriesConfig): ChartDefinition<ObservationRow> {
  const sourceIds = [...new Set(shownYears(config).map((y) => config.sourceFor(y)))];
  return {
    id: config.id,
    number: config.number,
    title: config.title,
    subtitle: config.subtitle,
    caveat: config.caveat,
    source: {
      datasets: [config.dataset],
      sourceIds,
      ...(config.caveatSourceIds && { caveatSourceIds: config.caveatSourceIds }),
    },
    select: (all: AllData) => selectSeries(all[config.dataset], config),
    spec: (rows, layout) => seriesSpec(rows, config, layout),
    summary: (rows) => seriesSummary(rows, config),
    table: (rows) => seriesTable(rows, config),
    csv: (rows) => seriesCsv(rows, config),
  };
}

/** Formats a rate as published (up to one decimal). */
export const formatRate = (value: number): string => formatNumber(value, 1);

/**
 * The parts of a series config shared by every rate per 10,000 children at 31 March (children in
 * need, child protection plans, looked after children).
 */
export const RATE_AT_31_MARCH = {
  yLabel: 'Rate per 10,000 children',
  xLabel: 'At 31 March',
  format: formatRate,
  publishedDecimals: true,
  headline: (year: string, se: string, england: string) =>
    `In March ${year} the South East rate was ${se} per 10,000 children; England's was ${england}.`,
  spreadNoun: 'rates',
} satisfies Partial<SeriesConfig>;
