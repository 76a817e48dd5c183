import type { ColumnMeta } from './define';

/**
 * Column descriptions shared by the DfE long files.
 * @param valueUnit what the value column is measured in, e.g. "see the unit column".
 */
export function observationColumns(valueUnit: string): ColumnMeta[] {
  return [
    { name: 'area', description: 'England, an English region or one of the 19 South East authorities' },
    { name: 'area_type', description: 'country, region or local_authority' },
    { name: 'year', description: 'Calendar year of 31 March, or financial year such as 2016-17' },
    { name: 'period', description: 'What the year refers to, e.g. "31 March" or "year ending 31 March"' },
    { name: 'measure', description: 'Code of the measure, listed in the description above' },
    { name: 'value', description: 'The figure as published', unit: valueUnit },
    { name: 'unit', description: 'Unit of the value' },
    { name: 'source_id', description: 'The source, from the list of sources below' },
    { name: 'note', description: 'Source column and any caveat' },
  ];
}

/** Key columns of every DfE long file: one figure per area, year, measure and source. */
export const OBSERVATION_KEY = ['area', 'year', 'measure', 'source_id'] as const;
