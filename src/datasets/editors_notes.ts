import { editorsNoteRowSchema, type EditorsNoteRow } from '../schemas/sources';
import { defineDataset } from './define';

/** Notes printed beside plan paragraphs where the plan and the published data disagree. */
export const editorsNotes = defineDataset<EditorsNoteRow>(
  {
    id: 'editors_notes',
    title: 'Editor\u2019s notes',
    description:
      'Notes this site prints beside a paragraph of the plan where the plan\u2019s figures and the published data disagree, citing every source a number in the note comes from.',
    columns: [
      { name: 'paragraph', description: 'Plan paragraph the note sits beside' },
      { name: 'note', description: 'The note' },
      { name: 'source_id', description: 'The first source the note relies on' },
      {
        name: 'other_source_ids',
        description: 'Further sources the note takes numbers from, separated by semicolons',
      },
    ],
    coverage: 'Paragraphs where a disagreement was found.',
    sourceIds: ['DFE_CIN_2020', 'DFE_CLA_2019_UD', 'DFE_LAIT'],
    keyColumns: ['paragraph'],
  },
  editorsNoteRowSchema,
);
