import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../schemas/sources';
import { dataPackage, fieldTypeOf, licenceOf, packageZip, type PackageCsv } from './data-package';

const source = (source_id: string, licence: string): SourceRow => ({
  source_id,
  licence,
  title: `Title ${source_id}`,
  publisher: 'Publisher',
  release_date: '',
  path: '',
  publication_url: '',
  url_or_repository: '',
  commit: '',
  notes: '',
});
const sources = [
  source('DFE', 'Open Government Licence v3.0'),
  source('PLAN', 'The plan itself'),
  source('GEO', 'CC BY 4.0; contains Ordnance Survey data © Crown copyright and database right 2014'),
];
const csv: PackageCsv = {
  name: 'figure-x',
  path: 'figures/x.csv',
  title: 'X',
  description: 'The rows of X.',
  text: 'area,value,source_id\r\nKent,1,DFE\r\nKent,2,PLAN\r\n',
  fields: [
    { name: 'area', type: 'string', description: 'The area' },
    { name: 'value', type: 'integer', description: 'The figure' },
    { name: 'source_id', type: 'string', description: 'The source' },
  ],
  sourceIds: ['DFE', 'PLAN'],
};
const info = { name: 'p', title: 'P', description: 'All of it.', homepage: undefined, citation: 'Cite P.' };

describe('the data package', () => {
  it('names the licences data/sources.csv records', () => {
    expect(licenceOf('Open Government Licence v3.0').name).toBe('OGL-UK-3.0');
    expect(licenceOf(sources[2]?.licence ?? '')).toMatchObject({
      name: 'CC-BY-4.0',
      title: sources[2]?.licence,
    });
    expect(licenceOf('The plan itself')).toEqual({ path: 'README.md', title: 'The plan itself' });
  });

  it('types a column by what zod made of its cells', () => {
    expect(fieldTypeOf([1, 2, null])).toBe('integer');
    expect(fieldTypeOf([1.5, 2])).toBe('number');
    expect(fieldTypeOf(['2016-17', null])).toBe('string');
    expect(fieldTypeOf([null, ''])).toBe('string');
  });

  it('gives a resource each of its sources’ licences once and a foreign key to the sources', () => {
    const [resource] = dataPackage(info, [csv], sources).resources;
    expect(resource?.licenses?.map((l) => l.title)).toEqual([
      'Open Government Licence v3.0',
      'The plan itself',
    ]);
    expect(resource?.schema.foreignKeys).toEqual([
      { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } },
    ]);
    expect(() => dataPackage(info, [{ ...csv, sourceIds: ['NONE'] }], sources)).toThrow('"NONE"');
  });

  it('zips the same bytes every time, with the README, datapackage.json and the CSV as given', () => {
    const zip = packageZip(info, [csv], sources);
    expect(Buffer.from(packageZip(info, [csv], sources)).equals(Buffer.from(zip))).toBe(true);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['README.md', 'datapackage.json', 'figures/x.csv']);
    expect(strFromU8(files['figures/x.csv'] ?? new Uint8Array())).toBe(csv.text);
    expect(strFromU8(files['README.md'] ?? new Uint8Array())).toContain('| value | integer | The figure |');
  });
});
