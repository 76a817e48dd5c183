import { triadRowSchema, type TriadRow } from '../schemas/plan-data';
import { DataError, locate } from '../lib/data/csv';
import { defineDataset, type Rule } from './define';

/** Triads are numbered 1 to 6 and have members in positions 1 to 3. */
const triadRange: Rule<TriadRow> = (records, file) => {
  for (const { line, row } of records) {
    if (row.triad < 1 || row.triad > 6) {
      throw new DataError(
        `${locate(file, line, 'triad')}: triad ${row.triad} does not exist; the plan has triads 1 to 6.`,
        { file, line, column: 'triad' },
      );
    }
    if (row.position < 1 || row.position > 3) {
      throw new DataError(
        `${locate(file, line, 'position')}: position ${row.position} does not exist; each triad has positions 1 to 3.`,
        { file, line, column: 'position' },
      );
    }
  }
};

/** The DCS peer-challenge triads of February 2019 (Annex 4, para 1). */
export const triads = defineDataset<TriadRow>(
  {
    id: 'triads',
    title: 'Peer challenge triads, February 2019',
    description:
      'The six triads of the DCS regional peer challenge (Annex 4, para 1), one row per authority. The plan_label column keeps the plan\u2019s own label (e.g. "W&M"); Hampshire and Isle of Wight share one place in triad 3.',
    columns: [
      { name: 'triad', description: 'Triad number, 1 to 6' },
      { name: 'position', description: 'Column of the plan\u2019s table, 1 to 3' },
      { name: 'plan_label', description: 'The member as the plan labels it' },
      { name: 'area', description: 'The authority under its full name' },
      { name: 'source_id', description: 'SEED_PLAN_TEXT' },
      { name: 'note', description: 'How the label was read' },
    ],
    coverage: 'All 19 South East authorities, 2018-19.',
    sourceIds: ['SEED_PLAN_TEXT'],
    keyColumns: ['area'],
  },
  triadRowSchema,
  [triadRange],
);
