import { observationRowSchema, type ObservationRow } from '../schemas/observation';
import { defineDataset } from './define';
import { observationColumns, OBSERVATION_KEY } from './observation-meta';
import { areaTypeAgrees, notNegative, yearsInRange } from './rules';

/** Measures in s251_unit_costs.csv. */
export const UNIT_COST_MEASURES = [
  'lac_weekly_unit_cost',
  'fostering_weekly_unit_cost',
  'adoption_weekly_unit_cost',
  'residential_weekly_unit_cost',
] as const;

/** Section 251 outturn weekly unit costs, as the DfE's LAIT publishes them. */
export const s251UnitCosts = defineDataset<ObservationRow>(
  {
    id: 's251_unit_costs',
    title: 'Weekly unit costs from Section 251 outturn',
    description:
      'Approximate weekly cost per child in £ (nominal, rounded to the nearest £5) of looked after children, fostering, adoption and residential care, from local authorities\u2019 Section 251 outturn statements, as computed by the DfE Local Authority Interactive Tool (LAIT).',
    columns: observationColumns('£ per child per week (nominal, rounded to nearest £5)'),
    coverage:
      'England, 9 regions (London not split) and the 19 South East authorities, financial years 2015-16 to 2018-19. Adoption 2015-16 has 18 authorities (one suppressed). Earlier years are not in the source.',
    sourceIds: ['DFE_LAIT'],
    keyColumns: OBSERVATION_KEY,
  },
  observationRowSchema(UNIT_COST_MEASURES),
  [areaTypeAgrees, yearsInRange(2015, 2018), notNegative('value')],
);
