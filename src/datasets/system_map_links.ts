import { systemMapLinkRowSchema, type SystemMapLinkRow } from '../schemas/plan-data';
import { defineDataset } from './define';

/** Cause-and-effect links of the plan's "vicious circle" (paras 1.4 and 1.5). */
export const systemMapLinks = defineDataset<SystemMapLinkRow>(
  {
    id: 'system_map_links',
    title: 'The vicious circle: links stated in the plan',
    description:
      'Each cause-and-effect link the plan states in paras 1.4 and 1.5, with the paragraph and the plan\u2019s own words. Only links the text states are included.',
    columns: [
      { name: 'from', description: 'The cause' },
      { name: 'to', description: 'The effect' },
      { name: 'paragraph', description: 'The paragraph that states the link' },
      { name: 'plan_words', description: 'The plan\u2019s words, quoted' },
      { name: 'source_id', description: 'SEED_PLAN_TEXT' },
    ],
    coverage: 'Plan paragraphs 1.4 and 1.5.',
    sourceIds: ['SEED_PLAN_TEXT'],
    keyColumns: ['from', 'to'],
  },
  systemMapLinkRowSchema,
);
