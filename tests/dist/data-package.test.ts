/**
 * /data/seslip-plan-data.zip, opened and read with this test's own code: datapackage.json checked
 * against the parts of the Frictionless Data Package v2 profile it uses (a zod schema written for
 * that subset), every resource read against its table schema (header, types, primary keys unique,
 * every source_id found among the sources), each resource's licences as data/sources.csv records
 * them, and every CSV the site publishes found inside, byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { distDir, listAllFiles } from '../support/dist';

const NAME = /^[a-z0-9._-]+$/;
const licence = z
  .object({
    name: z
      .string()
      .regex(/^[a-zA-Z0-9._-]+$/)
      .optional(),
    path: z.string().min(1).optional(),
    title: z.string().optional(),
  })
  .strict()
  .refine((l) => l.name !== undefined || l.path !== undefined, 'a licence needs a name or a path');
const field = z
  .object({
    name: z.string().min(1),
    type: z.enum(['string', 'number', 'integer', 'boolean', 'date', 'year']),
    description: z.string().min(1),
  })
  .strict();
const tableSchema = z
  .object({
    $schema: z.literal('https://datapackage.org/profiles/2.0/tableschema.json'),
    fields: z.array(field).min(1),
    missingValues: z.array(z.string()),
    primaryKey: z.array(z.string()).min(1).optional(),
    foreignKeys: z
      .array(
        z.object({
          fields: z.array(z.string()).min(1),
          reference: z.object({ resource: z.string(), fields: z.array(z.string()).min(1) }),
        }),
      )
      .optional(),
  })
  .strict();
const resource = z
  .object({
    name: z.string().regex(NAME),
    type: z.literal('table'),
    path: z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, 'a relative POSIX path'),
    format: z.literal('csv'),
    mediatype: z.literal('text/csv'),
    encoding: z.literal('utf-8'),
    title: z.string().min(1),
    description: z.string().min(1),
    licenses: z.array(licence).min(1).optional(),
    schema: tableSchema,
  })
  .strict();
const dataPackageProfile = z
  .object({
    $schema: z.literal('https://datapackage.org/profiles/2.0/datapackage.json'),
    name: z.string().regex(NAME),
    title: z.string().min(1),
    description: z.string().min(1),
    homepage: z.url().optional(),
    resources: z.array(resource).min(1),
  })
  .strict();

const zip = unzipSync(readFileSync(path.join(distDir, 'data/seslip-plan-data.zip')));
const text = (file: string) => {
  const bytes = zip[file];
  if (!bytes) throw new Error(`${file} is not in the zip`);
  return strFromU8(bytes);
};
const pkg = dataPackageProfile.parse(JSON.parse(text('datapackage.json')));
const rowsOf = (file: string) => Papa.parse<string[]>(text(file), { skipEmptyLines: true }).data;
const sources = Papa.parse<Record<string, string>>(readFileSync('data/sources.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('the data package', () => {
  it('has a README and a datapackage.json that follows the v2 profile’s parts it uses, names unique', () => {
    expect(text('README.md')).toContain('## How to cite');
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('sources');
  });

  it('holds every CSV the site publishes, byte for byte, and nothing else', async () => {
    const published = (await listAllFiles(path.join(distDir, 'data'))).filter((f) => f.endsWith('.csv'));
    expect(published.length).toBeGreaterThan(70);
    const inZip = (file: string) => (file.includes('/') ? file : `data/${file}`);
    for (const file of published) {
      expect(
        Buffer.from(zip[inZip(file)] ?? []).equals(readFileSync(path.join(distDir, 'data', file))),
        file,
      ).toBe(true);
    }
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(published.map(inZip).sort());
    expect(Object.keys(zip).sort()).toEqual(
      ['README.md', 'datapackage.json', ...published.map(inZip)].sort(),
    );
  });

  it('reads every resource against its table schema: header, types, primary keys, source_ids', () => {
    const sourceIds = new Set(
      rowsOf('data/sources.csv')
        .slice(1)
        .map((r) => r[0]),
    );
    const problems: string[] = [];
    for (const r of pkg.resources) {
      const [header = [], ...rows] = rowsOf(r.path);
      const names = r.schema.fields.map((f) => f.name);
      if (header.join() !== names.join())
        problems.push(`${r.path}: header ${header.join()} is not ${names.join()}`);
      rows.forEach((row, i) => {
        r.schema.fields.forEach((f, c) => {
          const cell = row[c] ?? '';
          if (cell === '') return;
          const ok =
            f.type === 'integer'
              ? /^-?\d+$/.test(cell)
              : f.type === 'number'
                ? /^-?\d+(\.\d+)?$/.test(cell)
                : true;
          if (!ok) problems.push(`${r.path} row ${i + 2}, ${f.name}: "${cell}" is not ${f.type}`);
        });
      });
      if (r.schema.primaryKey) {
        const at = r.schema.primaryKey.map((k) => names.indexOf(k));
        if (at.includes(-1))
          problems.push(`${r.path}: primary key ${r.schema.primaryKey.join()} not among its fields`);
        const keys = rows.map((row) => JSON.stringify(at.map((i) => row[i])));
        if (new Set(keys).size !== keys.length) problems.push(`${r.path}: primary key values repeat`);
      }
      for (const fk of r.schema.foreignKeys ?? []) {
        expect(fk.reference).toEqual({ resource: 'sources', fields: ['source_id'] });
        const at = names.indexOf(fk.fields[0] ?? '');
        for (const row of rows) {
          if (!sourceIds.has(row[at]))
            problems.push(`${r.path}: source_id "${row[at]}" is not among the sources`);
        }
      }
      if (names.includes('source_id') && r.name !== 'sources' && !r.schema.foreignKeys) {
        problems.push(`${r.path}: source_id is not declared a foreign key`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('gives each resource the licences of the sources its rows cite, as data/sources.csv records them', () => {
    const problems: string[] = [];
    for (const r of pkg.resources) {
      const [header = [], ...rows] = rowsOf(r.path);
      const at = header.indexOf('source_id');
      if (at < 0 || r.name === 'sources') continue;
      const expected = [
        ...new Set(rows.map((row) => sources.find((s) => s['source_id'] === row[at])?.['licence'] ?? '?')),
      ];
      const titles = (r.licenses ?? []).map((l) => l.title);
      if (titles.join('|') !== expected.join('|')) {
        problems.push(`${r.path}: licences ${titles.join('; ')}, sources say ${expected.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
    const lait = pkg.resources.find((r) => r.name === 'lait_values');
    expect(lait?.licenses).toEqual([
      {
        name: 'OGL-UK-3.0',
        path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
        title: 'Open Government Licence v3.0',
      },
    ]);
  });
});
