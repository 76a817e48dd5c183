import { unitCostChart } from './shared/unit-costs';

/** Site figure for para 2.21: residential care, weekly unit costs. */
export const residentialUnitCosts = unitCostChart({
  id: 'residential-unit-costs',
  number: 'S7',
  title: 'Residential care - S251/Outturn weekly unit (£) costs (approximate)',
  what: 'a week of residential care',
  measure: 'residential_weekly_unit_cost',
  extraCaveat:
    'The plan’s text (para 2.21) gives a South East figure of £2,795 four years before its latest year; that year is not in the data, so it is not drawn.',
  extraSummary: 'The plan’s text gives £2,795 for the South East four years earlier (not in the data shown).',
});
