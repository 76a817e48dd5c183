import { seriesChart, formatRate } from './shared/series';

/** Site figure: referrals per 10,000 children, years to March 2013 to 2017 (para 2.11). */
export const referralRates = seriesChart({
  id: 'referral-rates',
  number: 'S4',
  title: 'Rates per 10,000 of referrals to children’s social care',
  subtitle:
    'Referrals in the year to 31 March, per 10,000 children aged under 18: South East, England and each of the 19 South East authorities, 2012-13 to 2016-17 (and 2017-18 to 2018-19, not in the plan)',
  caveat:
    'Figures as published by the Department for Education in 2020; England’s 2017 rate is the same as first published in 2017 (SFR 61/2017), 548.2. The years to March 2018 and 2019, not in the plan, are shown with dashed lines for the South East and England only.',
  caveatSourceIds: ['DFE_SFR61_2017'],
  dataset: 'cin_referral_rates',
  measure: 'referrals_rate_per_10k',
  years: ['2013', '2014', '2015', '2016', '2017'],
  laterYears: ['2018', '2019'],
  sourceFor: () => 'DFE_CIN_2020',
  yLabel: 'Referrals per 10,000 children',
  xLabel: 'Year to 31 March',
  format: formatRate,
  publishedDecimals: true,
  headline: (year, se, england) =>
    `In the year to March ${year} the South East had ${se} referrals per 10,000 children; England had ${england}.`,
  spreadNoun: 'rates',
});
