import { unitCostChart } from './shared/unit-costs';

/** Plan Figure 5: adoption, weekly unit costs. */
export const adoptionUnitCosts = unitCostChart({
  id: 'adoption-unit-costs',
  number: '5',
  title: 'Adoption - S251/Outturn weekly unit (£) costs (approximate)',
  what: 'a child freed for adoption or with a placement order',
  measure: 'adoption_weekly_unit_cost',
  extraCaveat: 'One South East authority’s 2015-16 figure was not published.',
});
