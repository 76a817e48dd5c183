import { laitMeasureRowSchema, type LaitMeasureRow } from '../schemas/lait';
import { defineDataset } from './define';

/** The measures followed since the plan, as DfE's LAIT dictionary describes them. */
export const laitMeasures = defineDataset<LaitMeasureRow>(
  {
    id: 'lait_measures',
    title: 'Measures followed since the plan (LAIT)',
    description:
      'One row per measure the site follows from the plan\u2019s year to the latest published year: DfE\u2019s code, name, unit, polarity, decimal places, publication, description and methodology, from the LAIT data dictionary, with the page slug and the plan\u2019s year chosen in content/since-the-plan.yaml. Written by npm run import:lait.',
    columns: [
      { name: 'measure', description: 'LAIT\u2019s short code, e.g. LAC' },
      { name: 'slug', description: 'Page address under /since-the-plan/' },
      { name: 'title', description: 'DfE\u2019s name for the measure' },
      { name: 'chart_title', description: 'DfE\u2019s chart title' },
      { name: 'unit', description: 'DfE\u2019s axis label (unit of the values)' },
      { name: 'polarity', description: 'higher_better, lower_better or neither, as DfE marks it' },
      { name: 'decimals', description: 'Decimal places DfE shows; blank when DfE gives none' },
      { name: 'year_type', description: 'What a year means for the measure, as DfE says' },
      { name: 'plan_period', description: 'The plan\u2019s year as DfE labels it' },
      { name: 'publication_url', description: 'The DfE publication' },
      {
        name: 'description',
        description:
          'DfE\u2019s description of the measure (dictionary column Description), verbatim with its line breaks; blank where DfE gives none',
      },
      {
        name: 'methodology',
        description:
          'How DfE calculates the measure (dictionary column Methodology), verbatim with its line breaks, e.g. series breaks and joint returns; blank where DfE gives none',
      },
      { name: 'source_id', description: 'DFE_LAIT_2026' },
    ],
    coverage: 'Between 12 and 16 measures.',
    sourceIds: ['DFE_LAIT_2026'],
    keyColumns: ['measure'],
  },
  laitMeasureRowSchema,
);
