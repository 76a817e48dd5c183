import { laitAuthorityRowSchema, type LaitAuthorityRow } from '../schemas/lait';
import { defineDataset } from './define';

/** Every authority LAIT lists, with its region and type. */
export const laitAuthorities = defineDataset<LaitAuthorityRow>(
  {
    id: 'lait_authorities',
    title: 'Local authorities in LAIT',
    description:
      'The local authorities of DfE\u2019s LAIT code list, including ones since merged or split, with their region and type. Written by npm run import:lait.',
    columns: [
      { name: 'la_number', description: 'DfE number of the authority' },
      { name: 'la_name', description: 'The authority as LAIT names it' },
      { name: 'region', description: 'Region (London split Inner and Outer)' },
      { name: 'la_type', description: 'UA, SC, MD, ILB or OLB' },
      { name: 'source_id', description: 'The LAIT release the row came from, as in sources.csv' },
    ],
    coverage:
      'All English local authorities in the latest LAIT code list, including ones since merged or split.',
    sourceIds: ['DFE_LAIT_2026'],
    keyColumns: ['la_number'],
  },
  laitAuthorityRowSchema,
);
