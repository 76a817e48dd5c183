import { formatGbp } from '../../lib/data/format';
import { seriesChart } from './series';
import type { ChartDefinition } from '../types';
import type { ObservationRow } from '../../schemas/observation';

/** What differs between the four unit-cost figures. */
export interface UnitCostConfig {
  id: string;
  number: string;
  title: string;
  /** What is paid for, in a subtitle, e.g. "a looked after child". */
  what: string;
  measure: string;
  /** Sentences added to the standard caveat. */
  extraCaveat?: string;
  extraSummary?: string;
}

/** The plan's years we hold: unit costs start in 2015-16; the plan's latest year is 2016-17. */
export const UNIT_COST_YEARS = ['2015-16', '2016-17'] as const;

/** Years the data holds that the plan does not show. */
export const UNIT_COST_LATER_YEARS = ['2017-18', '2018-19'] as const;

/** Builds a weekly unit cost figure from the S251 outturn data (LAIT). */
export function unitCostChart(config: UnitCostConfig): ChartDefinition<ObservationRow> {
  return seriesChart({
    id: config.id,
    number: config.number,
    title: config.title,
    subtitle: `Approximate weekly cost (£) of ${config.what}, from Section 251 outturn: South East, England and each of the 19 South East authorities, 2015-16 and 2016-17 (and 2017-18 to 2018-19, not in the plan)`,
    caveat: [
      'The plan compares costs over up to eight years, from 2011-12; the data we hold starts in 2015-16, so the plan’s earlier years are not in this figure. Costs are in cash terms (not adjusted for inflation), rounded to the nearest £5. 2017-18 and 2018-19, not in the plan, are shown with dashed lines for the South East and England only.',
      config.extraCaveat ?? '',
    ]
      .filter(Boolean)
      .join(' '),
    dataset: 's251_unit_costs',
    measure: config.measure,
    years: UNIT_COST_YEARS,
    laterYears: UNIT_COST_LATER_YEARS,
    sourceFor: () => 'DFE_LAIT',
    yLabel: '£ per week',
    xLabel: 'Financial year',
    format: formatGbp,
    headline: (year, se, england) =>
      `In ${year} the South East's weekly unit cost was ${se}; England's was ${england}.`,
    spreadNoun: 'weekly unit costs',
    ...(config.extraSummary ? { extraSummary: config.extraSummary } : {}),
  });
}
