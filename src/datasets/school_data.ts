import { schoolDataRowSchema, type SchoolDataRow } from '../schemas/plan-data';
import { defineDataset } from './define';
import { percentage } from './rules';
import { DataError, locate, type CsvRecord } from '../lib/data/csv';

/** Rule: a direction (polarity) is only recorded with where it comes from. */
function directionSourced(records: CsvRecord<SchoolDataRow>[], file: string): void {
  for (const { line, row } of records) {
    if (row.polarity && !row.polarity_source) {
      throw new DataError(
        `${locate(file, line, 'polarity_source')}: the row says "${row.polarity}" but not where that comes from. Name the DfE or Ofsted definition that says which way is better, or leave polarity blank.`,
        { file, line, column: 'polarity_source' },
      );
    }
  }
}

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
      {
        name: 'polarity',
        description: 'Which way is better: higher_is_better, lower_is_better, or blank when no source says',
      },
      { name: 'polarity_source', description: 'Where the direction comes from (DfE or Ofsted definitions)' },
      { name: 'note', description: 'Where in the plan, and caveats' },
    ],
    coverage:
      'South East and England; schools as at 3 March 2019, secondary measures 2018 provisional, KS1, KS2 and KS4 2018.',
    sourceIds: ['SEED_PLAN_TEXT'],
    keyColumns: ['row', 'area'],
  },
  schoolDataRowSchema,
  [percentage('value', (row) => row.unit === 'percent'), directionSourced],
);
