import { adoptionUnitCosts } from './adoption-unit-costs';
import { cinRates } from './cin-rates';
import { cppRates } from './cpp-rates';
import { fosteringUnitCosts } from './fostering-unit-costs';
import { lacRates } from './lac-rates';
import { lacUnitCosts } from './lac-unit-costs';
import { ofstedGradesByRegion } from './ofsted-grades-by-region';
import { referralRates } from './referral-rates';
import { residentialUnitCosts } from './residential-unit-costs';
import { schoolData } from './school-data';
import { sendInspections } from './send-inspections';
import { systemMap } from './system-map';
import { triads } from './triads';
import type { ChartDefinition } from './types';
import { CHART_IDS, type ChartId } from './ids';

/** Every figure, keyed by id (= module name = `<Chart id>` = `<figure id>`), in the order they appear in the plan. */
export const charts = {
  'system-map': systemMap,
  'ofsted-grades-by-region': ofstedGradesByRegion,
  'send-inspections': sendInspections,
  'referral-rates': referralRates,
  'cin-rates': cinRates,
  'cpp-rates': cppRates,
  'lac-rates': lacRates,
  'school-data': schoolData,
  'lac-unit-costs': lacUnitCosts,
  'fostering-unit-costs': fosteringUnitCosts,
  'adoption-unit-costs': adoptionUnitCosts,
  'residential-unit-costs': residentialUnitCosts,
  triads,
} as const satisfies Record<ChartId, unknown>;

export type { ChartId };

/** The ids in the order the figures appear. */
export const chartIds: ChartId[] = [...CHART_IDS];

/**
 * Looks up a figure; an unknown id fails the build with the list of valid ones.
 * @example getChart('lac-rates').number // "2"
 */
export function getChart(id: string): ChartDefinition<unknown> {
  if (!Object.hasOwn(charts, id)) {
    throw new Error(`Unknown chart id "${id}". Valid ids: ${chartIds.join(', ')}.`);
  }
  return charts[id as ChartId];
}
