import { RATE_AT_31_MARCH, seriesChart } from './shared/series';

/** Plan Figure 2: looked after children per 10,000 children, 2014 to 2017. */
export const lacRates = seriesChart({
  id: 'lac-rates',
  number: '2',
  title: 'Rates per 10,000 of looked after children',
  subtitle:
    'Children looked after at 31 March, per 10,000 children aged under 18: South East, England and each of the 19 South East authorities, 2014 to 2017 (and 2018 to 2019, not in the plan)',
  caveat:
    'The data we hold has rates from 2014 only; the plan speaks of a “previously rising rate”, but rates for earlier years were not found. 2014 is from the 2018 release, 2015 to 2017 from the 2019 release. 2018 and 2019, not in the plan, are shown with dashed lines for the South East and England only.',
  dataset: 'lac_rates',
  measure: 'cla_rate_per_10k',
  years: ['2014', '2015', '2016', '2017'],
  laterYears: ['2018', '2019'],
  sourceFor: (year) => (year === '2014' ? 'DFE_CLA_2018_UD' : 'DFE_CLA_2019_UD'),
  ...RATE_AT_31_MARCH,
});
