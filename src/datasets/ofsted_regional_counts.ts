import { ofstedRegionalCountRowSchema, type OfstedRegionalCountRow } from '../schemas/plan-data';
import { defineDataset } from './define';
import { notNegative } from './rules';

/** Number of authorities per Ofsted grade in each region on 7 March 2019 (the plan's para 2.5 table). */
export const ofstedRegionalCounts = defineDataset<OfstedRegionalCountRow>(
  {
    id: 'ofsted_regional_counts',
    title: 'Ofsted grades by region, 7 March 2019',
    description:
      "Number of local authorities in each region by overall effectiveness at their last full inspection (SIF or ILACS) as at 7 March 2019. SEED_PLAN_TEXT rows are the plan's own table (para 2.5), used by the chart; OFSTED_REPORTS_D2I rows are our recount from the reports, kept as a check.",
    columns: [
      { name: 'region', description: 'English region; London split into Inner and Outer London' },
      { name: 'grade', description: 'Outstanding, Good, Requires improvement or Inadequate' },
      { name: 'count', description: 'Number of authorities with that grade', unit: 'local authorities' },
      { name: 'source_id', description: 'SEED_PLAN_TEXT (the plan) or OFSTED_REPORTS_D2I (recount)' },
      { name: 'note', description: 'How the figure was obtained' },
    ],
    coverage: '10 regions (London split into Inner and Outer London), as at 7 March 2019.',
    sourceIds: ['SEED_PLAN_TEXT', 'OFSTED_REPORTS_D2I'],
    keyColumns: ['region', 'grade', 'source_id'],
  },
  ofstedRegionalCountRowSchema,
  [notNegative('count')],
);
