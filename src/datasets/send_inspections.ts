import { sendInspectionRowSchema, type SendInspectionRow } from '../schemas/plan-data';
import { DataError, locate } from '../lib/data/csv';
import { defineDataset, type Rule } from './define';

/** Authorities needing a written statement of action are a subset of those inspected. */
const statementsWithinReports: Rule<SendInspectionRow> = (records, file) => {
  for (const { line, row } of records) {
    if (row.written_statement_of_action > row.authorities_with_report) {
      throw new DataError(
        `${locate(file, line, 'written_statement_of_action')}: ${row.written_statement_of_action} is more than the ${row.authorities_with_report} authorities with a report. Check both figures against para 2.6.`,
        { file, line, column: 'written_statement_of_action' },
      );
    }
  }
};

/** SEND inspection outcomes, from the plan's para 2.6. */
export const sendInspections = defineDataset<SendInspectionRow>(
  {
    id: 'send_inspections',
    title: 'SEND inspections and written statements of action',
    description:
      'Local area SEND inspections reported by the time of the plan, and how many required a written statement of action, South East and England, as the plan states them in para 2.6.',
    columns: [
      { name: 'area', description: 'South East or England' },
      {
        name: 'authorities_with_report',
        description: 'Authorities that had had a SEND inspection report',
        unit: 'local authorities',
      },
      {
        name: 'written_statement_of_action',
        description: 'Of those, how many required a written statement of action',
        unit: 'local authorities',
      },
      { name: 'paragraph', description: 'Plan paragraph' },
      { name: 'plan_words', description: 'The plan\u2019s words for the figures' },
      { name: 'source_id', description: 'SEED_PLAN_TEXT' },
    ],
    coverage:
      'South East (19 authorities) and England, as the plan gives them in para 2.6, which gives no date.',
    sourceIds: ['SEED_PLAN_TEXT'],
    keyColumns: ['area'],
  },
  sendInspectionRowSchema,
  [statementsWithinReports],
);
