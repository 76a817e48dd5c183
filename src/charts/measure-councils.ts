import * as Plot from '@observablehq/plot';
import type { AllData } from '../lib/data/all-data';
import {
  formatDifference,
  formatTick,
  formatValue,
  periodLabel,
  type Measure,
} from '../lib/measures/measure';
import { QUARTILE_METHOD, type Quartiles } from '../lib/measures/quartiles';
import { councilSentences, summariseMeasure, type MeasureSummary } from '../lib/measures/summary';
import { COLOURS, type ChartDefinition, type ChartLayout } from './types';
import { textWidth } from './shared/layout';
import { csvFields } from '../lib/data/tables';

/** What the councils figure draws: the measure's summary numbers (councils and quartiles). */
export type CouncilsData = MeasureSummary;

/**
 * The second figure of a measure page: each South East council's value in the plan's year and
 * the latest year, one row per council sorted by the latest value, over the middle half of
 * England's authorities in the latest year.
 * @param number the figure's number, e.g. "S1.2".
 */
export function measureCouncilsChart(measure: Measure, number: string): ChartDefinition<CouncilsData> {
  const fmt = (v: number) => formatValue(measure, v);
  const planLabel = periodLabel(measure.plan_period);
  return {
    id: `${measure.slug}-councils`,
    number,
    title: `${measure.name}: the 19 South East councils, the plan’s year and the latest`,
    subtitle: `Each council in the plan’s year (${planLabel}, open circle) and the latest year (filled circle), highest first; the shaded band is the middle half of England’s authorities in the latest year`,
    caveat: `England’s band: ${QUARTILE_METHOD}.${measure.kind === 'cost' ? ' Costs in cash terms, rounded to £5.' : ''}`,
    source: {
      datasets: ['lait_values', 'lait_authorities'],
      sourceIds: [measure.source_id],
      publicationUrls: [measure.publication_url],
    },
    select(all: AllData): CouncilsData[] {
      return [summariseMeasure(measure, all.lait_values, all.lait_authorities)];
    },
    spec(rows, layout) {
      return councilsSpec(rows[0] as CouncilsData, layout, fmt, (v) => formatTick(measure, v));
    },
    summary(rows) {
      return councilSentences(measure, rows[0] as CouncilsData).join(' ');
    },
    table(rows) {
      const d = rows[0] as CouncilsData;
      const latestLabel = periodLabel(d.latest.period);
      return {
        columns: [
          { label: 'Council', numeric: false },
          { label: `${planLabel} (the plan’s year)`, numeric: true },
          { label: latestLabel, numeric: true },
          { label: 'Change', numeric: true },
        ],
        rows: d.councils.map((c) => [
          c.area,
          c.from === null ? 'not published' : fmt(c.from),
          c.to === null ? 'not published' : fmt(c.to),
          c.change ? formatDifference(measure, c.change.difference) : 'cannot compare',
        ]),
      };
    },
    csv(rows) {
      const d = rows[0] as CouncilsData;
      return {
        columns: csvFields([
          ['measure', 'string', 'DfE’s code for the measure in LAIT, e.g. "LAC"'],
          ['area_code', 'integer', 'DfE’s number for the council, e.g. 886 for Kent'],
          ['area', 'string', 'The council'],
          ['plan_period', 'string', 'The plan’s year, as DfE labels it'],
          ['plan_value', 'number', 'The council’s figure in the plan’s year; empty when DfE published none'],
          ['latest_period', 'string', 'The latest year DfE has published, as it labels it'],
          [
            'latest_value',
            'number',
            'The council’s figure in the latest year; empty when DfE published none',
          ],
          ['source_id', 'string', 'The source, an id in sources.csv'],
        ]),
        rows: d.councils.map((c) => [
          measure.measure,
          c.code,
          c.area,
          d.plan.period,
          c.from ?? '',
          d.latest.period,
          c.to ?? '',
          measure.source_id,
        ]),
      };
    },
  };
}

/** Words on the drawing. */
export const COUNCILS_COPY = {
  band: 'Middle half of England’s authorities, {period}',
  bandNarrow: 'Shaded: England’s middle half, {period}',
  notPublished: 'not published',
} as const;

/**
 * Plot options: one row per council (names in a left margin; in the narrow drawing, above each
 * row), a line from the plan-year value to the latest, an open circle at the start and a filled
 * one at the end, over a shaded band from England's lower to upper quartile.
 */
export function councilsSpec(
  d: CouncilsData,
  layout: ChartLayout,
  fmt: (v: number) => string,
  tick: (v: number) => string = fmt,
): Plot.PlotOptions {
  const { narrow, fontSize, width } = layout;
  const names = d.councils.map((c) => c.area);
  const values = d.councils.flatMap((c) => [c.from, c.to]).filter((v): v is number => v !== null);
  const q = d.quartiles.latest;
  const max = Math.max(...values, q?.q3 ?? 0);
  const rowHeight = narrow ? 40 : 24;
  const marginLeft = narrow ? 12 : Math.ceil(Math.max(...names.map((n) => textWidth(n, fontSize)))) + 12;
  const marginTop = narrow ? 76 : 56;
  const height = marginTop + names.length * rowHeight + 40;
  const latestLabel = periodLabel(d.latest.period);
  const planLabel = periodLabel(d.plan.period);
  const both = d.councils.filter((c) => c.from !== null && c.to !== null);
  const halo = { stroke: COLOURS.background, strokeWidth: 4, paintOrder: 'stroke' } as const;
  // The x axis runs from 0 to a little past the highest value, so its mark is not on the edge.
  const xMax = max * 1.05;
  const widestX = fmt(Math.ceil(xMax));
  const ticks = Math.max(2, Math.floor((width - marginLeft - 16) / (textWidth(widestX, fontSize) + 24)));
  // Room at the right for half the widest x tick label, centred on a tick at the edge ("£14,000").
  const marginRight = Math.max(narrow ? 16 : 24, Math.ceil(textWidth(widestX, fontSize) / 2) + 4);
  const bandLabel = COUNCILS_COPY.band.replace('{period}', latestLabel);
  const bandLabelFits = (band: Quartiles) => {
    const centre = marginLeft + ((band.q1 + band.q3) / 2 / xMax) * (width - marginLeft - marginRight);
    return centre + textWidth(bandLabel, fontSize) / 2 <= width - 4;
  };
  return {
    width,
    height,
    marginTop,
    marginRight,
    marginBottom: 40,
    marginLeft,
    style: { fontSize: `${fontSize}px` },
    x: {
      domain: [0, xMax],
      nice: true,
      label: null,
      ticks,
      tickFormat: (v: number) => tick(v),
      grid: false,
    },
    y: {
      type: 'band',
      domain: names,
      axis: narrow ? null : 'left',
      label: null,
      tickSize: 0,
      padding: 0,
      ...(narrow ? {} : { tickPadding: 8 }),
    },
    marks: [
      ...(q
        ? [
            Plot.rectX([q], {
              x1: 'q1',
              x2: 'q3',
              fill: COLOURS.grid,
              fillOpacity: 1,
              insetTop: narrow ? -8 : -28,
            }),
            Plot.ruleX([q.median], {
              stroke: COLOURS.other,
              strokeDasharray: '3 3',
              insetTop: narrow ? -8 : -28,
            }),
            narrow
              ? Plot.text([COUNCILS_COPY.bandNarrow.replace('{period}', latestLabel)], {
                  frameAnchor: 'top-left',
                  dx: -marginLeft + 4,
                  dy: -marginTop + 56,
                  textAnchor: 'start',
                  text: (t: string) => t,
                  fill: COLOURS.text,
                  fontSize,
                })
              : Plot.text([q], {
                  // Centred over the band, unless that would run past the drawing's right edge;
                  // then ending at the edge.
                  ...(bandLabelFits(q)
                    ? { x: (v: Quartiles) => (v.q1 + v.q3) / 2, frameAnchor: 'top', textAnchor: 'middle' }
                    : { frameAnchor: 'top-right', dx: marginRight - 4, textAnchor: 'end' }),
                  dy: -22,
                  text: () => bandLabel,
                  fill: COLOURS.text,
                  fontSize,
                  ...halo,
                }),
          ]
        : []),
      Plot.gridX({ stroke: COLOURS.grid, strokeOpacity: 1, strokeDasharray: '1 3' }),
      Plot.axisX({ anchor: 'bottom', ticks, tickFormat: (v: number) => tick(v), label: null }),
      Plot.text([`○ ${planLabel} (the plan’s year)`], {
        frameAnchor: 'top-left',
        dx: -marginLeft + 4,
        dy: -marginTop + 14,
        textAnchor: 'start',
        text: (t: string) => t,
        fill: COLOURS.text,
        fontSize,
      }),
      Plot.text([`● ${latestLabel}`], {
        frameAnchor: 'top-left',
        // Beside the plan's year on a desktop; under it on a phone, where the two do not fit a line.
        dx: narrow
          ? -marginLeft + 4
          : -marginLeft + 4 + textWidth(`○ ${planLabel} (the plan’s year)`, fontSize) + 12,
        dy: narrow ? -marginTop + 34 : -marginTop + 14,
        textAnchor: 'start',
        text: (t: string) => t,
        fill: COLOURS.se,
        fontWeight: 'bold',
        fontSize,
      }),
      ...(narrow
        ? [
            Plot.text(d.councils, {
              y: 'area',
              frameAnchor: 'left',
              dy: -11,
              textAnchor: 'start',
              text: 'area',
              fill: COLOURS.text,
              fontSize,
            }),
          ]
        : []),
      Plot.link(both, {
        y1: 'area',
        y2: 'area',
        x1: 'from',
        x2: 'to',
        dy: narrow ? 7 : 0,
        stroke: COLOURS.la,
        strokeWidth: 2,
      }),
      Plot.dot(
        d.councils.filter((c) => c.from !== null),
        {
          y: 'area',
          x: 'from',
          dy: narrow ? 7 : 0,
          r: 4.5,
          stroke: COLOURS.england,
          strokeWidth: 1.5,
          fill: COLOURS.background,
        },
      ),
      Plot.dot(
        d.councils.filter((c) => c.to !== null),
        { y: 'area', x: 'to', dy: narrow ? 7 : 0, r: 4.5, fill: COLOURS.se },
      ),
      Plot.text(
        d.councils.filter((c) => c.to === null),
        {
          y: 'area',
          frameAnchor: narrow ? 'left' : 'left',
          dx: 4,
          dy: narrow ? 7 : 0,
          textAnchor: 'start',
          text: () => COUNCILS_COPY.notPublished,
          fill: COLOURS.text,
          fontSize,
        },
      ),
    ],
  };
}
