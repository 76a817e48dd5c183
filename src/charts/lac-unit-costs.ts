import { unitCostChart } from './shared/unit-costs';

/** Plan Figure 3: looked after children, weekly unit costs. */
export const lacUnitCosts = unitCostChart({
  id: 'lac-unit-costs',
  number: '3',
  title: 'Looked after children - S251/Outturn weekly unit (£) costs (approximate)',
  what: 'looking after a child',
  measure: 'lac_weekly_unit_cost',
});
