import { observationRowSchema, type ObservationRow } from '../schemas/observation';
import { defineDataset } from './define';
import { observationColumns, OBSERVATION_KEY } from './observation-meta';
import { areaTypeAgrees, notNegative, yearsInRange } from './rules';

/** Measures in cpp_rates.csv. */
export const CPP_MEASURES = ['cpp_rate_per_10k', 'cpp_number_31mar', 'cpp_starts_rate_per_10k'] as const;

/** Children subject to a child protection plan: rates per 10,000 and numbers. */
export const cppRates = defineDataset<ObservationRow>(
  {
    id: 'cpp_rates',
    title: 'Child protection plans',
    description:
      'Children who were the subject of a child protection plan at 31 March: rate per 10,000 children aged under 18 (cpp_rate_per_10k) and number (cpp_number_31mar); and plans started in the year to 31 March, per 10,000 (cpp_starts_rate_per_10k). Charts use DFE_CIN_2020; DFE_SFR61_2017 is 2017 as first published and DFE_LAIT a cross-check.',
    columns: observationColumns('rate per 10,000 children aged under 18, or children (see unit)'),
    coverage: 'England, the English regions and the 19 South East authorities, 2013 to 2019.',
    sourceIds: ['DFE_CIN_2020', 'DFE_SFR61_2017', 'DFE_LAIT'],
    keyColumns: OBSERVATION_KEY,
  },
  observationRowSchema(CPP_MEASURES),
  [areaTypeAgrees, yearsInRange(2013, 2019), notNegative('value')],
);
