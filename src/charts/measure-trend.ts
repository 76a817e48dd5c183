import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import { formatTick, formatValue, periodLabel, seriesBreakOf, type Measure } from '../lib/measures/measure';
import { changeBetween, ENGLAND_CODE, SOUTH_EAST_CODE } from '../lib/measures/series';
import { movement } from '../lib/measures/summary';
import { COLOURS, type ChartDefinition, type ChartLayout } from './types';
import { minTickSteps, pickTicks, textWidth } from './shared/layout';
import { csvFields } from '../lib/data/tables';

/** One year of the South East or England. */
export interface TrendRow {
  area: 'South East' | 'England';
  period: string;
  /** The period as readers see it, e.g. "2016-17". */
  label: string;
  year: number;
  value: number | null;
  source_id: string;
}

/** Words on the drawing. */
export const TREND_COPY = {
  planYear: 'The plan’s year',
  seriesBreak: 'New collection',
  seriesBreakColumn: '{year} (DfE’s new collection)',
  seriesBreakSummary:
    'DfE changed how it collects this measure from {year}, so the lines break between {before} and {year}: figures either side of the break were collected differently.',
} as const;

/**
 * The first figure of a measure page: the South East and England in every published year, the
 * plan's year marked. A pure definition: `measure` fixes which rows it shows.
 * @param number the figure's number, e.g. "S1.1".
 */
export function measureTrendChart(measure: Measure, number: string): ChartDefinition<TrendRow> {
  const fmt = (v: number) => formatValue(measure, v);
  const planLabel = periodLabel(measure.plan_period);
  const breakNote = seriesBreakOf(measure);
  const breakLabel = breakNote?.period && periodLabel(breakNote.period);
  return {
    id: `${measure.slug}-trend`,
    number,
    title: `${measure.name}: the South East and England`,
    subtitle: `${measure.chart_title} (DfE), every year published, the plan’s year (${planLabel}) marked`,
    caveat:
      measure.kind === 'cost'
        ? 'Weekly unit costs in cash terms: not adjusted for inflation. DfE rounds each cost to £5.'
        : '',
    source: {
      datasets: ['lait_values'],
      sourceIds: [measure.source_id],
      publicationUrls: [measure.publication_url],
    },
    select(all: AllData): TrendRow[] {
      return all.lait_values
        .filter(
          (v) =>
            v.measure === measure.measure &&
            (v.area_code === SOUTH_EAST_CODE || v.area_code === ENGLAND_CODE),
        )
        .map((v) => ({
          area: v.area_code === SOUTH_EAST_CODE ? ('South East' as const) : ('England' as const),
          period: v.period,
          label: periodLabel(v.period, v.mark),
          year: v.year,
          value: v.value,
          source_id: v.source_id,
        }))
        .sort((a, b) => (a.area === b.area ? a.year - b.year : a.area === 'South East' ? -1 : 1));
    },
    spec(rows, layout) {
      return trendSpec(rows, layout, (v) => formatTick(measure, v), planLabel, undefined, breakLabel);
    },
    summary(rows) {
      const published = rows.filter((r) => r.value !== null);
      const latest = Math.max(...published.filter((r) => r.area === 'England').map((r) => r.year));
      const latestLabel = rows.find((r) => r.year === latest)?.label ?? String(latest);
      const parts = (['South East', 'England'] as const).map((area) => {
        const change = changeBetween(
          rows.filter((r) => r.area === area),
          measure.planYear,
          latest,
        );
        return change
          ? `${area}: ${fmt(change.from)} in ${planLabel}, ${fmt(change.to)} in ${latestLabel} (${movement(measure, change.difference)}).`
          : `${area}: not published for ${planLabel} or ${latestLabel}.`;
      });
      const years = [...new Set(rows.map((r) => r.label))];
      const before = breakLabel ? years[years.indexOf(breakLabel) - 1] : undefined;
      const breakSentence =
        breakLabel && before
          ? ` ${TREND_COPY.seriesBreakSummary.replaceAll('{year}', breakLabel).replace('{before}', before)}`
          : '';
      return `The chart shows the ${measure.kind === 'cost' ? 'weekly cost' : 'figure'} for each year from ${years[0]} to ${years[years.length - 1]}. ${parts.join(' ')}${breakSentence}`;
    },
    table(rows) {
      const years = [...new Set(rows.map((r) => r.label))];
      return {
        columns: [
          { label: 'Area', numeric: false },
          ...years.map((y) => ({
            label:
              y === planLabel
                ? `${y} (the plan’s year)`
                : y === breakLabel
                  ? TREND_COPY.seriesBreakColumn.replace('{year}', y)
                  : y,
            numeric: true,
          })),
        ],
        rows: (['South East', 'England'] as const).map((area) => [
          area,
          ...years.map((y) => {
            const v = rows.find((r) => r.area === area && r.label === y)?.value ?? null;
            return v === null ? 'not published' : fmt(v);
          }),
        ]),
      };
    },
    csv(rows) {
      return {
        columns: csvFields([
          ['measure', 'string', 'DfE’s code for the measure in LAIT, e.g. "LAC"'],
          ['area', 'string', 'The South East or England'],
          ['period', 'string', 'The year as DfE labels it, e.g. "2016-17 (OT)"'],
          ['year', 'integer', 'The calendar year the period ends in'],
          ['value', 'number', 'The figure DfE published; empty when it published none'],
          ['plan_year', 'string', '"yes" for the plan’s year, else "no"'],
          [
            'series',
            'string',
            'Where DfE changed its collection: "before the break" or "from the break"; else empty',
          ],
          ['source_id', 'string', 'The source, an id in sources.csv'],
        ]),
        rows: rows.map((r) => [
          measure.measure,
          r.area,
          r.period,
          r.year,
          r.value ?? '',
          r.period === measure.plan_period ? 'yes' : 'no',
          breakNote?.period === undefined
            ? ''
            : r.year < Number(breakNote.period)
              ? 'before the break'
              : 'from the break',
          r.source_id,
        ]),
      };
    },
  };
}

/**
 * Plot options: two lines with dots, labelled at their last point; a dotted rule and a label at
 * the plan's year; where DfE's collection changed (`breakLabel`), the lines break before that
 * year and a rule marks it. Narrow: fewer x ticks (always the plan's year and the last), labels
 * inside.
 */
export function trendSpec(
  rows: readonly TrendRow[],
  layout: ChartLayout,
  tick: (v: number) => string,
  planLabel: string,
  height: number = layout.narrow ? 320 : 340,
  breakLabel?: string,
): Plot.PlotOptions {
  const { narrow, fontSize, width } = layout;
  const years = [...new Set(rows.map((r) => r.label))];
  const published = rows.filter((r): r is TrendRow & { value: number } => r.value !== null);
  const max = Math.max(...published.map((r) => r.value));
  // The top tick is at most the domain's end rounded up to its leading digit; its label is the widest.
  const magnitude = 10 ** Math.floor(Math.log10(max * 1.1));
  const widestY = tick(Math.ceil((max * 1.1) / magnitude) * magnitude);
  const marginLeft = Math.max(40, Math.ceil(textWidth(widestY, fontSize) + 12));
  const marginRight = narrow ? 12 : 110;
  const step = (width - marginLeft - marginRight) / Math.max(1, years.length - 1);
  const breakIndex = breakLabel === undefined ? -1 : years.indexOf(breakLabel);
  const segment = (r: TrendRow) =>
    breakIndex >= 0 && years.indexOf(r.label) >= breakIndex ? 'after' : 'before';
  const ticks = pickTicks(
    years,
    [planLabel, years[years.length - 1]!, years[0]!, ...(breakIndex >= 0 ? [breakLabel!] : [])],
    minTickSteps(years, fontSize, step),
  );
  const last = (area: TrendRow['area']) => {
    const series = published.filter((r) => r.area === area);
    return series[series.length - 1];
  };
  const seLast = last('South East');
  const enLast = last('England');
  const seUpper = (seLast?.value ?? 0) >= (enLast?.value ?? 0);

  const close = Math.abs((seLast?.value ?? 0) - (enLast?.value ?? 0)) < max * 0.08;
  const labelDy = (area: TrendRow['area']) => {
    const upper = area === 'South East' ? seUpper : !seUpper;
    return close ? (upper ? -9 : 9) : 0;
  };
  const halo = { stroke: COLOURS.background, strokeWidth: 4, paintOrder: 'stroke' } as const;
  return {
    width,
    height,
    marginTop: 36,
    marginRight,
    marginBottom: narrow ? 64 : 44,
    marginLeft,
    style: { fontSize: `${fontSize}px` },
    x: {
      type: 'point',
      domain: years,
      ticks,
      label: null,
      inset: narrow ? 16 : 12,
    },
    y: { domain: [0, max * 1.1], nice: true, label: null, tickFormat: (d: number) => tick(d) },
    marks: [
      Plot.gridY({ stroke: COLOURS.grid, strokeOpacity: 1 }),
      Plot.ruleY([0], { stroke: COLOURS.text }),
      Plot.ruleX([planLabel], { stroke: COLOURS.afterPlan, strokeDasharray: '2 3', insetTop: -24 }),
      Plot.text([planLabel], {
        x: (d: string) => d,
        frameAnchor: 'top',
        dy: -28,
        textAnchor: years.indexOf(planLabel) > years.length / 2 ? 'end' : 'start',
        dx: 4,
        text: () => TREND_COPY.planYear,
        fill: COLOURS.afterPlan,
        fontSize,
      }),
      ...(breakIndex >= 0
        ? [
            Plot.ruleX([breakLabel!], { stroke: COLOURS.text, strokeDasharray: '6 3', insetTop: 8 }),
            Plot.text([breakLabel!], {
              x: (d: string) => d,
              frameAnchor: 'bottom',
              dy: -6,
              dx: -4,
              textAnchor: 'end',
              text: () => TREND_COPY.seriesBreak,
              fill: COLOURS.text,
              fontSize,
              ...halo,
            }),
          ]
        : []),
      ...(['England', 'South East'] as const).flatMap((area) => {
        const colour = area === 'South East' ? COLOURS.se : COLOURS.england;
        const series = published.filter((r) => r.area === area);
        const end = last(area);
        return [
          Plot.lineY(series, {
            x: 'label',
            y: 'value',
            z: segment,
            stroke: colour,
            strokeWidth: area === 'South East' ? 3 : 2.5,
          }),
          Plot.dot(series, { x: 'label', y: 'value', r: 3.5, fill: colour }),
          narrow
            ? Plot.text([area], {
                frameAnchor: 'bottom-left',
                dx: -marginLeft + 4 + (area === 'England' ? textWidth('— South East', fontSize) + 16 : 0),
                dy: 50,
                textAnchor: 'start',
                text: (a: string) => `— ${a}`,
                fontWeight: 'bold',
                fill: colour,
                fontSize,
              })
            : Plot.text(end ? [end] : [], {
                x: 'label',
                y: 'value',
                dx: 10,
                dy: labelDy(area),
                textAnchor: 'start',
                text: 'area',
                fontWeight: 'bold',
                fill: colour,
                fontSize,
                ...halo,
              }),
        ];
      }),
    ],
  };
}

/** The small drawing of a priority page: the narrow layout, shorter, one per measure. */
export const SMALL_TREND = { layout: { width: 320, fontSize: 14, narrow: true }, height: 220 } as const;
