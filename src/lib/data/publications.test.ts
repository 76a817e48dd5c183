import { describe, expect, it } from 'vitest';
import { sourceRowSchema, type SourceRow } from '../../schemas/sources';
import { publicationOfSource, publicationsAt } from './publications';

const row = (id: string, publication_url: string): SourceRow =>
  sourceRowSchema.parse({
    source_id: id,
    title: `Title ${id}`,
    publisher: 'Department for Education',
    url_or_repository: 'https://github.com/example/copy',
    path: '',
    commit: '',
    release_date: '',
    licence: 'Open Government Licence v3.0',
    notes: '',
    publication_url,
  });

describe('publications', () => {
  const sources = [row('A', 'https://example.gov.uk/a'), row('B', '')];

  it('links a source to its publication, never to the repository our copy came from', () => {
    expect(publicationOfSource(sources, 'A').href).toBe('https://example.gov.uk/a');
    expect(publicationOfSource(sources, 'B').href).toBeUndefined();
  });

  it('names each publication once, by the source row that records its address', () => {
    const found = publicationsAt(sources, ['https://example.gov.uk/a', '', 'https://example.gov.uk/a']);
    expect(found).toEqual([
      { title: 'Title A', publisher: 'Department for Education', href: 'https://example.gov.uk/a' },
    ]);
    expect(() => publicationsAt(sources, ['https://example.gov.uk/z'])).toThrow(
      /Add a row naming that publication/,
    );
  });

  it('names a series by its own row, not by an old release that records the same address', () => {
    const release = row('CIN_2020', 'https://example.gov.uk/cin');
    const series = { ...row('PUB_CIN', 'https://example.gov.uk/cin'), url_or_repository: 'https://example.gov.uk/cin' };
    expect(publicationsAt([release, series], ['https://example.gov.uk/cin'])[0]?.title).toBe('Title PUB_CIN');
  });

  it('refuses a code repository or a bare word as a publication address', () => {
    expect(() => row('C', 'https://github.com/someone/repo')).toThrow(/is a code repository/);
    expect(() => row('D', 'www.example.gov.uk')).toThrow(/starting https:\/\//);
  });
});
