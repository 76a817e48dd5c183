/**
 * Every figure id (= chart module name = `<Chart id="…">` = the `<figure id>`), in the order the
 * figures appear in the plan. The registry in ./index.ts must have exactly these keys (the type
 * checker says which is missing or extra). Kept apart from the chart modules so that `npm run
 * check` knows the ids without loading Plot.
 */
export const CHART_IDS = [
  'system-map',
  'ofsted-grades-by-region',
  'send-inspections',
  'referral-rates',
  'cin-rates',
  'cpp-rates',
  'lac-rates',
  'school-data',
  'lac-unit-costs',
  'fostering-unit-costs',
  'adoption-unit-costs',
  'residential-unit-costs',
  'triads',
] as const;

/** A figure id, e.g. "lac-rates". */
export type ChartId = (typeof CHART_IDS)[number];

/** Ids of the plan's own tables that <PlanTable> can print (src/models/plan-tables.ts builds them). */
export const PLAN_TABLE_IDS = ['ofsted-grades-by-region', 'school-data', 'triads'] as const;
export type PlanTableId = (typeof PLAN_TABLE_IDS)[number];
