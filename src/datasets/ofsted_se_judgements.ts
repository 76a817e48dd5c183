import { ofstedSeJudgementRowSchema, type OfstedSeJudgementRow } from '../schemas/plan-data';
import { DataError, locate } from '../lib/data/csv';
import { defineDataset, type Rule } from './define';

/** Exactly one report per authority is marked as in force on 7 March 2019, and it predates that day. */
const oneInForcePerAuthority: Rule<OfstedSeJudgementRow> = (records, file) => {
  const inForce = new Map<string, number>();
  for (const { line, row } of records) {
    if (row.latest_full_inspection_as_at_2019_03_07 !== 'yes') continue;
    if (row.report_published > '2019-03-07') {
      throw new DataError(
        `${locate(file, line, 'latest_full_inspection_as_at_2019_03_07')}: the report was published on ${row.report_published}, after 7 March 2019, so it cannot be the one in force then. Write "no".`,
        { file, line, column: 'latest_full_inspection_as_at_2019_03_07' },
      );
    }
    const first = inForce.get(row.area);
    if (first !== undefined) {
      throw new DataError(
        `${locate(file, line, 'latest_full_inspection_as_at_2019_03_07')}: ${row.area} already has a report marked "yes" on line ${first}. Only the latest report published on or before 7 March 2019 is "yes".`,
        { file, line, column: 'latest_full_inspection_as_at_2019_03_07' },
      );
    }
    inForce.set(row.area, line);
  }
};

/** Every SIF and ILACS report found for the 19 South East authorities, 2014 to 2024. */
export const ofstedSeJudgements = defineDataset<OfstedSeJudgementRow>(
  {
    id: 'ofsted_se_judgements',
    title: 'Ofsted judgements for South East authorities',
    description:
      'Overall effectiveness from each SIF and ILACS inspection report found for the 19 South East authorities. One report per authority is marked as the grade in force on 7 March 2019, the date of the plan\u2019s table.',
    columns: [
      { name: 'area', description: 'South East authority' },
      { name: 'framework', description: 'SIF (single inspection framework) or ILACS' },
      { name: 'inspection_start_text', description: 'Inspection dates as printed on the report' },
      { name: 'report_published', description: 'Publication date of the report (yyyy-mm-dd)' },
      { name: 'overall_effectiveness', description: 'Overall effectiveness as printed' },
      {
        name: 'latest_full_inspection_as_at_2019_03_07',
        description: '"yes" for the grade in force on 7 March 2019',
      },
      { name: 'source_id', description: 'OFSTED_REPORTS_D2I' },
      { name: 'source_path', description: 'The report file in the source repository' },
    ],
    coverage: 'The 19 South East authorities, reports published 2014 to 2024.',
    sourceIds: ['OFSTED_REPORTS_D2I'],
    keyColumns: ['area', 'report_published'],
  },
  ofstedSeJudgementRowSchema,
  [oneInForcePerAuthority],
);
