import { SE_AUTHORITIES } from '../schemas/areas';
import { councilRowSchema, planAbbreviations, type CouncilRow } from '../schemas/council';
import { DataError, locate } from '../lib/data/csv';
import { defineDataset, type Rule } from './define';

/** Every one of the 19 authorities has exactly one row, and no slug or abbreviation is used twice. */
const allNineteen: Rule<CouncilRow> = (records, file) => {
  const missing = SE_AUTHORITIES.filter((name) => !records.some((r) => r.row.name === name));
  if (missing.length > 0) {
    throw new DataError(
      `${file} has no row for ${missing.join(', ')}. Add one row for each of the 19 South East authorities.`,
      { file },
    );
  }
  const labels = new Map<string, number>();
  for (const { line, row } of records) {
    for (const label of [row.slug, row.name, ...planAbbreviations(row)]) {
      const first = labels.get(label);
      if (first !== undefined) {
        throw new DataError(
          `${locate(file, line)}: "${label}" is already used on line ${first}. Each slug, name and abbreviation must name one council.`,
          { file, line },
        );
      }
      labels.set(label, line);
    }
  }
};

/** The 19 South East children's services authorities of 2019: the site's council registry. */
export const councils = defineDataset<CouncilRow>(
  {
    id: 'councils',
    title: 'South East councils, 2019',
    description:
      'The 19 children\u2019s services authorities of the South East in the plan\u2019s year: the name the site uses, DfE\u2019s LA number, whether each was a unitary or a county council, and the plan\u2019s own short forms of its name. Every council page, map and name link is made from this file.',
    columns: [
      { name: 'slug', description: 'Page address under /councils/' },
      { name: 'name', description: 'Name as the site and DfE spell it' },
      { name: 'la_number', description: 'DfE local authority number' },
      { name: 'type_2019', description: 'unitary or county, in 2019' },
      {
        name: 'plan_abbreviations',
        description: 'The plan\u2019s short forms of the name, separated by ";"',
      },
      {
        name: 'also_a_word',
        description: 'yes when the name is also an ordinary word (linked mid-sentence only)',
      },
      { name: 'source_id', description: 'DFE_LAIT_2026 (LA code list)' },
      { name: 'note', description: 'Changes since 2019' },
    ],
    coverage:
      'The 19 South East authorities as they were in 2019. LA numbers from DfE\u2019s LA code list; unitary or county from the district list with the boundary data (GEO_CHORLEY_LAD13); abbreviations as the plan prints them (Annex 4).',
    sourceIds: ['DFE_LAIT_2026'],
    keyColumns: ['slug'],
  },
  councilRowSchema,
  [allNineteen],
);
