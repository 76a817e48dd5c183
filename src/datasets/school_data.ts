import { schoolDataRowSchema, type SchoolDataRow } from '../schemas/plan-data';
import { defineDataset } from './define';
import { percentage } from './rules';

/** The plan's Table 1 (para 2.15): school measures, South East and England. */
export const schoolData = defineDataset<SchoolDataRow>(
  {
    id: 'school_data',
    title: 'School data (the plan\u2019s Table 1)',
    description:
      'The plan\u2019s Table 1 (para 2.15), typed from the plan: Ofsted ratings of schools (as at 3 March 2019), secondary floor and coasting (2018 provisional), KS1 and KS2 percentages achieving the expected standard, and KS4 Progress 8 and Attainment 8, for the South East and England. The plan_source column repeats the source the plan prints under the table.',
    columns: [
      { name: 'row', description: 'Row position in the plan\u2019s table' },
      { name: 'group', description: 'Group heading in the table, e.g. "All Schools"' },
      {
        name: 'group_qualifier',
        description: 'Date or status printed with the heading, e.g. "as at 3 March 2019"',
      },
      { name: 'measure', description: 'The measure as the plan labels it' },
      { name: 'area', description: 'South East or England' },
      {
        name: 'value',
        description: 'The figure as printed',
        unit: 'percent, or score for Progress 8 and Attainment 8 (see unit)',
      },
      { name: 'unit', description: 'percent or score' },
      { name: 'plan_source', description: 'The source printed under Table 1, verbatim' },
      { name: 'source_id', description: 'SEED_PLAN_TEXT' },
      { name: 'note', description: 'Where in the plan, and caveats' },
    ],
    coverage:
      'South East and England; schools as at 3 March 2019, secondary measures 2018 provisional, KS1, KS2 and KS4 2018.',
    sourceIds: ['SEED_PLAN_TEXT'],
    keyColumns: ['row', 'area'],
  },
  schoolDataRowSchema,
  [percentage('value', (row) => row.unit === 'percent')],
);
