import { zipSync, strToU8 } from 'fflate';
import type { CsvField, CsvFieldType } from '../lib/data/tables';
import type { SourceRow } from '../schemas/sources';

/** One CSV of the package: where it goes, what it is, its text and its columns. */
export interface PackageCsv {
  /** Frictionless resource name: lower case, digits, "-", "_" and "." only, e.g. "lac_rates". */
  name: string;
  /** Path inside the zip, e.g. "data/lac_rates.csv". */
  path: string;
  title: string;
  description: string;
  /** The CSV exactly as the site publishes it. */
  text: string;
  fields: readonly CsvField[];
  /** Columns that together identify a row, where the data file declares them. */
  primaryKey?: readonly string[];
  /** The source_ids its rows carry (for its licences and its foreign key). */
  sourceIds: readonly string[];
}

/** A licence as a Frictionless resource lists it. */
export interface PackageLicence {
  name?: string;
  path: string;
  title: string;
}

/** Names and addresses of the licences data/sources.csv records, matched on its words. */
export function licenceOf(words: string): PackageLicence {
  if (words === 'Open Government Licence v3.0') {
    return {
      name: 'OGL-UK-3.0',
      path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      title: words,
    };
  }
  if (words.startsWith('CC BY 4.0')) {
    return { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: words };
  }
  // The plan's own terms and short quotations have no licence document: README.md says what they are.
  return { path: 'README.md', title: words };
}

/** The licences of the sources a resource draws on, each once, in the order first met. */
function licencesFor(sourceIds: readonly string[], sources: readonly SourceRow[]): PackageLicence[] {
  const seen = new Map<string, PackageLicence>();
  for (const id of sourceIds) {
    const source = sources.find((s) => s.source_id === id);
    if (!source)
      throw new Error(`A published CSV cites source_id "${id}", which data/sources.csv does not list.`);
    if (!seen.has(source.licence)) seen.set(source.licence, licenceOf(source.licence));
  }
  return [...seen.values()];
}

/** The Frictionless field type of a column of loaded rows: what zod turned its cells into. */
export function fieldTypeOf(values: readonly unknown[]): CsvFieldType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  }
  return 'string';
}

/** What the package says about itself. */
export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  /** The site's address of the package, when known. */
  homepage: string | undefined;
  /** How to cite it, in one sentence. */
  citation: string;
}

/**
 * The datapackage.json of a Frictionless Data Package v2: each CSV a tabular resource with its
 * table schema (types, descriptions, primary key where declared, `source_id` a foreign key to the
 * sources resource) and the licences of the sources its rows cite.
 */
export function dataPackage(info: PackageInfo, csvs: readonly PackageCsv[], sources: readonly SourceRow[]) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: info.name,
    title: info.title,
    description: info.description,
    ...(info.homepage ? { homepage: info.homepage } : {}),
    resources: csvs.map((csv) => ({
      name: csv.name,
      type: 'table',
      path: csv.path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: csv.title,
      description: csv.description,
      ...(csv.sourceIds.length > 0 ? { licenses: licencesFor(csv.sourceIds, sources) } : {}),
      schema: {
        $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
        fields: csv.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
        missingValues: [''],
        ...(csv.primaryKey ? { primaryKey: [...csv.primaryKey] } : {}),
        ...(csv.fields.some((f) => f.name === 'source_id') && csv.name !== 'sources'
          ? {
              foreignKeys: [
                { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } },
              ],
            }
          : {}),
      },
    })),
  };
}

/** The package's README.md: what the data are, their sources and releases, how to cite, every column. */
export function packageReadme(
  info: PackageInfo,
  csvs: readonly PackageCsv[],
  sources: readonly SourceRow[],
): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const cited = new Set(csvs.flatMap((c) => c.sourceIds));
  return [
    `# ${info.title}`,
    '',
    info.description,
    '',
    'Every file is a CSV (UTF-8, comma-separated, a header row). An empty cell in a column of numbers means no figure was published: it is never zero. `datapackage.json` describes every file, column and licence as a Frictionless Data Package (version 2).',
    '',
    '## How to cite',
    '',
    info.citation,
    '',
    '## Sources',
    '',
    '| source_id | title | publisher | release | licence |',
    '| --- | --- | --- | --- | --- |',
    ...sources
      .filter((s) => cited.has(s.source_id))
      .map(
        (s) =>
          `| ${s.source_id} | ${cell(s.title)} | ${cell(s.publisher)} | ${s.release_date || 'not recorded'} | ${cell(s.licence)} |`,
      ),
    '',
    '## Licences',
    '',
    'Each file is under the licences of the sources its rows cite (`licenses` in datapackage.json), as data/sources.csv records them:',
    '',
    ...[...new Set(sources.filter((s) => cited.has(s.source_id)).map((s) => s.licence))].map(
      (licence) =>
        `- ${licence}: ${sources
          .filter((s) => s.licence === licence && cited.has(s.source_id))
          .map((s) => s.source_id)
          .join(', ')}`,
    ),
    '',
    '## Files and columns',
    '',
    ...csvs.flatMap((csv) => [
      `### ${csv.path}`,
      '',
      `${csv.title}. ${csv.description}`,
      '',
      '| column | type | description |',
      '| --- | --- | --- |',
      ...csv.fields.map((f) => `| ${f.name} | ${f.type} | ${cell(f.description)} |`),
      '',
    ]),
  ].join('\n');
}

/** The zip's files' time: fixed (the plan's date, in local time as zip stores it), so two builds give the same bytes. */
const FIXED_TIME = new Date(2019, 2, 22, 12, 0, 0);

/**
 * The package as zip bytes: README.md, datapackage.json, then every CSV at its path. Byte for
 * byte the same for the same inputs.
 */
export function packageZip(
  info: PackageInfo,
  csvs: readonly PackageCsv[],
  sources: readonly SourceRow[],
): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const add = (path: string, text: string) => {
    files[path] = [strToU8(text), { mtime: FIXED_TIME }];
  };
  add('README.md', packageReadme(info, csvs, sources));
  add('datapackage.json', `${JSON.stringify(dataPackage(info, csvs, sources), null, 2)}\n`);
  for (const csv of csvs) add(csv.path, csv.text);
  return zipSync(files, { level: 9, mtime: FIXED_TIME });
}
