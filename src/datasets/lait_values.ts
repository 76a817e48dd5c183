import { laitValueRowSchema, type LaitValueRow } from '../schemas/lait';
import { DataError, locate } from '../lib/data/csv';
import { defineDataset, type Rule } from './define';

/** The area_type agrees with LAIT's numbering: 970 England, 980 to 990 the regions. */
const areaTypeFromCode: Rule<LaitValueRow> = (records, file) => {
  for (const { line, row } of records) {
    const expected =
      row.area_code === 970
        ? 'country'
        : row.area_code >= 980 && row.area_code <= 990
          ? 'region'
          : 'authority';
    if (row.area_type !== expected) {
      throw new DataError(
        `${locate(file, line, 'area_type')}: area ${row.area_code} (${row.area}) is a ${expected}, but the row says "${row.area_type}". Run npm run import:lait again rather than editing this file.`,
        { file, line, column: 'area_type' },
      );
    }
  }
};

/** The values of the followed measures for England, the regions and every authority LAIT lists. */
export const laitValues = defineDataset<LaitValueRow>(
  {
    id: 'lait_values',
    title: 'Values of the measures followed since the plan (LAIT)',
    description:
      'Every published value of the followed measures for England, the English regions (London also split Inner and Outer) and every local authority LAIT lists, every year DfE has published, including years DfE has since dropped from LAIT (kept with the source id of the release they came from). A blank value means DfE did not publish one. Written by npm run import:lait from seeds/lait/.',
    columns: [
      { name: 'measure', description: 'LAIT\u2019s short code, as in lait_measures.csv' },
      { name: 'area_code', description: 'DfE number: 970 England, 980 to 990 regions, others authorities' },
      { name: 'area', description: 'The area as LAIT names it' },
      { name: 'area_type', description: 'country, region or authority' },
      {
        name: 'period',
        description: 'The period as DfE labels it, without its mark, e.g. 2017 or 2016-17 (OT)',
      },
      { name: 'year', description: 'The year the period ends' },
      {
        name: 'mark',
        description:
          'DfE\u2019s mark on the year: provisional, revised or final (final is not a revision); blank when DfE gives none',
      },
      {
        name: 'value',
        description: 'The figure as DfE publishes it; blank if not published',
        unit: 'see lait_measures.csv',
      },
      { name: 'source_id', description: 'The LAIT release the row came from, as in sources.csv' },
    ],
    coverage:
      'England, 11 regional rows and every authority LAIT lists (149 to 153 with values in any one year), every year the imports have read.',
    sourceIds: ['DFE_LAIT_2026'],
    keyColumns: ['measure', 'area_code', 'year'],
  },
  laitValueRowSchema,
  [areaTypeFromCode],
);
