import { RATE_AT_31_MARCH, seriesChart } from './shared/series';

/** Plan Figure 1: child protection plans per 10,000 children, 2013 to 2017. */
export const cppRates = seriesChart({
  id: 'cpp-rates',
  number: '1',
  title: 'Rates per 10,000 of child protection plans',
  subtitle:
    'Children who were the subject of a child protection plan at 31 March, per 10,000 children aged under 18: South East, England and each of the 19 South East authorities, 2013 to 2017 (and 2018 to 2019, not in the plan)',
  caveat:
    'Figures as published by the Department for Education in 2020 (Characteristics of children in need). England’s 2017 rate as first published in 2017 (SFR 61/2017) was the same, 43.3. 2018 and 2019, not in the plan, are shown with dashed lines for the South East and England only.',
  caveatSourceIds: ['DFE_SFR61_2017'],
  dataset: 'cpp_rates',
  measure: 'cpp_rate_per_10k',
  years: ['2013', '2014', '2015', '2016', '2017'],
  laterYears: ['2018', '2019'],
  sourceFor: () => 'DFE_CIN_2020',
  ...RATE_AT_31_MARCH,
});
