import { observationRowSchema, type ObservationRow } from '../schemas/observation';
import { defineDataset } from './define';
import { observationColumns, OBSERVATION_KEY } from './observation-meta';
import { areaTypeAgrees, notNegative, yearsInRange } from './rules';

/** Measures in cin_referral_rates.csv. */
export const CIN_MEASURES = [
  'cin_rate_per_10k',
  'cin_number_31mar',
  'referrals_rate_per_10k',
  'referrals_number',
] as const;

/** Children in need at 31 March and referrals to children's social care in the year. */
export const cinReferralRates = defineDataset<ObservationRow>(
  {
    id: 'cin_referral_rates',
    title: 'Children in need and referrals',
    description:
      "Children in need at 31 March, rate per 10,000 children aged under 18 (cin_rate_per_10k) and number (cin_number_31mar); referrals to children's social care in the year to 31 March, rate per 10,000 (referrals_rate_per_10k) and number (referrals_number). Charts use DFE_CIN_2020; DFE_SFR61_2017 is 2017 as first published and DFE_LAIT a cross-check.",
    columns: observationColumns('rate per 10,000 children aged under 18, children or referrals (see unit)'),
    coverage: 'England, the English regions and the 19 South East authorities, 2013 to 2019.',
    sourceIds: ['DFE_CIN_2020', 'DFE_SFR61_2017', 'DFE_LAIT'],
    keyColumns: OBSERVATION_KEY,
  },
  observationRowSchema(CIN_MEASURES),
  [areaTypeAgrees, yearsInRange(2013, 2019), notNegative('value')],
);
