import type { AllData } from '../lib/data/all-data';
import { formatTick, periodLabel, type Measure } from '../lib/measures/measure';
import { renderSvg, type SvgLabels } from '../lib/svg/render-svg';
import { measureCouncilsChart } from './measure-councils';
import { measureTrendChart, SMALL_TREND, trendSpec } from './measure-trend';
import type { ChartDefinition } from './types';

/** A measure page's two figures. */
export interface MeasureFigures {
  trend: ChartDefinition<unknown>;
  councils: ChartDefinition<unknown>;
}

/**
 * The figures of the measure at `index` (0-based) in the followed list, numbered "S1.1", "S1.2"
 * for the first measure: "S" marks figures this site adds, not the plan's own.
 * @example measureFigures(measure, 0).trend.id // "looked-after-rate-trend"
 */
export function measureFigures(measure: Measure, index: number): MeasureFigures {
  return {
    trend: measureTrendChart(measure, `S${index + 1}.1`),
    councils: measureCouncilsChart(measure, `S${index + 1}.2`),
  };
}

/** Every measure figure, in page order: the ids the CSV endpoint serves. */
export function allMeasureFigures(measures: readonly Measure[]): ChartDefinition<unknown>[] {
  return measures.flatMap((m, i) => {
    const f = measureFigures(m, i);
    return [f.trend, f.councils];
  });
}

/**
 * The small chart a priority page shows for a measure: the South East and England every year,
 * the plan's year marked; one 320-unit drawing that suits both wide and narrow pages. Fails the
 * build if Plot warns.
 */
export function smallTrendSvg(measure: Measure, data: AllData, labels: SvgLabels): string {
  const chart = measureTrendChart(measure, '');
  const rows = chart.select(data);
  const { svg, warnings } = renderSvg(
    trendSpec(
      rows,
      SMALL_TREND.layout,
      (v) => formatTick(measure, v),
      periodLabel(measure.plan_period),
      SMALL_TREND.height,
    ),
    labels,
  );
  if (warnings.length > 0) {
    throw new Error(
      `The small chart of ${measure.measure} drew with warnings from Observable Plot: ${warnings.join(' | ')}.`,
    );
  }
  return svg;
}
