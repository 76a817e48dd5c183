import type { Measure } from '../lib/measures/measure';
import { measureCouncilsChart } from './measure-councils';
import { measureTrendChart } from './measure-trend';
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
    trend: measureTrendChart(measure, `S${index + 1}.1`) as ChartDefinition<unknown>,
    councils: measureCouncilsChart(measure, `S${index + 1}.2`) as ChartDefinition<unknown>,
  };
}

/** Every measure figure, in page order: the ids the CSV endpoint serves. */
export function allMeasureFigures(measures: readonly Measure[]): ChartDefinition<unknown>[] {
  return measures.flatMap((m, i) => {
    const f = measureFigures(m, i);
    return [f.trend, f.councils];
  });
}
