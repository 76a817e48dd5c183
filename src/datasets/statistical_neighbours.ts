import { statisticalNeighbourRowSchema, type StatisticalNeighbourRow } from '../schemas/lait';
import { defineDataset } from './define';

/** Each authority's ten statistical neighbours under DfE's 2021 and 2025 models. */
export const statisticalNeighbours = defineDataset<StatisticalNeighbourRow>(
  {
    id: 'statistical_neighbours',
    title: 'Statistical neighbours (DfE models)',
    description:
      'For each authority, its ten statistical neighbours in rank order (1 = nearest) with DfE\u2019s closeness band as printed, under each DfE model in seeds/lait/ (one workbook per model, named like sn_may_2025.xlsx). Written by npm run import:lait.',
    columns: [
      { name: 'model', description: 'The year of DfE\u2019s model, from its workbook\u2019s name' },
      { name: 'la_number', description: 'DfE number of the authority' },
      { name: 'la_name', description: 'The authority' },
      { name: 'rank', description: '1 for the nearest neighbour, up to 10' },
      { name: 'neighbour_number', description: 'DfE number of the neighbour' },
      { name: 'neighbour_name', description: 'The neighbour' },
      { name: 'closeness', description: 'DfE\u2019s closeness band as printed' },
      { name: 'source_id', description: 'The LAIT release the row came from, as in sources.csv' },
    ],
    coverage: 'Every authority in each model, ten neighbours each.',
    sourceIds: ['DFE_LAIT_2026'],
    keyColumns: ['model', 'la_number', 'rank'],
  },
  statisticalNeighbourRowSchema,
);
