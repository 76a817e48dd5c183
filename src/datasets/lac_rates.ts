import { observationRowSchema, type ObservationRow } from '../schemas/observation';
import { defineDataset } from './define';
import { observationColumns, OBSERVATION_KEY } from './observation-meta';
import { areaTypeAgrees, notNegative, yearsInRange } from './rules';

/** Measures in lac_rates.csv. */
export const LAC_MEASURES = ['cla_rate_per_10k', 'cla_number_31mar'] as const;

/** Looked after children at 31 March: rates per 10,000 children and numbers. */
export const lacRates = defineDataset<ObservationRow>(
  {
    id: 'lac_rates',
    title: 'Looked after children at 31 March',
    description:
      'Children looked after by local authorities at 31 March: rate per 10,000 children aged under 18 (cla_rate_per_10k) and number (cla_number_31mar). Rows from several DfE releases are kept side by side; charts use DFE_CLA_2019_UD, with DFE_CLA_2018_UD for 2014.',
    columns: observationColumns('rate per 10,000 children aged under 18, or children (see unit)'),
    coverage:
      'England, the English regions and the 19 South East authorities. Rates 2014 to 2019; numbers 2011 to 2019.',
    sourceIds: [
      'DFE_CLA_2019_UD',
      'DFE_CLA_2018_UD',
      'DFE_LAIT',
      'DFE_CLA_2011_UD',
      'DFE_CLA_2012_UD',
      'DFE_CLA_2013_UD',
    ],
    keyColumns: OBSERVATION_KEY,
  },
  observationRowSchema(LAC_MEASURES),
  [areaTypeAgrees, yearsInRange(2011, 2019), notNegative('value')],
);
