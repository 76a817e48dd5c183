import { unitCostChart } from './shared/unit-costs';

/** Plan Figure 4: fostering, weekly unit costs. */
export const fosteringUnitCosts = unitCostChart({
  id: 'fostering-unit-costs',
  number: '4',
  title: 'Fostering - S251/Outturn weekly unit (£) costs (approximate)',
  what: 'a foster placement',
  measure: 'fostering_weekly_unit_cost',
  extraCaveat:
    'The caption of Figure 4 is missing from the copy of the plan we hold; this title follows the pattern of Figures 3 and 5 and the matching DfE chart.',
});
