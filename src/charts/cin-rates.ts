import { RATE_AT_31_MARCH, seriesChart } from './shared/series';

/** Site figure: children in need per 10,000 children, 2013 to 2017 (para 2.11). */
export const cinRates = seriesChart({
  id: 'cin-rates',
  number: 'S5',
  title: 'Rates per 10,000 of children in need',
  subtitle:
    'Children in need at 31 March, per 10,000 children aged under 18: South East, England and each of the 19 South East authorities, 2013 to 2017 (and 2018 to 2019, not in the plan)',
  caveat:
    'Figures as published by the Department for Education in 2020 (Characteristics of children in need). For 31 March 2017 the plan gives the South East a rate of 303; this release gives 300.6, the figure shown here, and the Department’s Local Authority Interactive Tool (LAIT), which uses revised population estimates, gives 303.8. Neither rounds to 303. 2018 and 2019, not in the plan, are shown with dashed lines for the South East and England only.',
  caveatSourceIds: ['DFE_LAIT'],
  dataset: 'cin_referral_rates',
  measure: 'cin_rate_per_10k',
  years: ['2013', '2014', '2015', '2016', '2017'],
  laterYears: ['2018', '2019'],
  sourceFor: () => 'DFE_CIN_2020',
  ...RATE_AT_31_MARCH,
});
