import { sourceRowSchema, type SourceRow } from '../schemas/sources';
import { defineDataset } from './define';

/** The register of sources every data row cites. */
export const sources = defineDataset<SourceRow>(
  {
    id: 'sources',
    title: 'Source register',
    description:
      'Every source a data row may cite, with publisher, the publication’s address where recorded, the copy read (repository, commit), licence and notes. data/SOURCES.md is the full provenance record.',
    columns: [
      { name: 'source_id', description: 'Id cited by data rows' },
      { name: 'title', description: 'Title as the publisher gives it' },
      { name: 'publisher', description: 'Publishing body' },
      { name: 'url_or_repository', description: 'Web address or repository read' },
      { name: 'path', description: 'File or folder in the repository' },
      { name: 'commit', description: 'Git commit read' },
      { name: 'release_date', description: 'Publication date, when known (yyyy-mm-dd)' },
      { name: 'licence', description: 'Licence' },
      { name: 'notes', description: 'What a reader should know' },
      {
        name: 'publication_url',
        description:
          'Web address of the publication that released the figures; blank where no address is recorded',
      },
    ],
    coverage: 'All sources used on this site.',
    sourceIds: [],
    keyColumns: ['source_id'],
  },
  sourceRowSchema,
);
