import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { parquetWriteFile } from 'hyparquet-writer';
import { runImport, type RunResult } from '../scripts/lib/lait-run';
import { loadSelection } from '../src/lib/measures/selection';
import { loadAllData } from '../src/datasets';
import { joinMeasures } from '../src/lib/measures/measure';
import { latestPoint, seriesOf, ENGLAND_CODE, SOUTH_EAST_CODE } from '../src/lib/measures/series';
import { ValueIndex } from '../src/lib/councils/measures';
import { choropleth } from '../src/lib/councils/maps';
import { measureTile } from '../src/lib/measures/tiles';
import { changelogEntrySchema } from '../src/schemas/changelog-entry';
import { laitWorkspace } from './support/lait-fixture';

// TEST FIXTURE: a made-up next LAIT release, written into a temporary copy of seeds/lait/ from
// the committed files. Against DfE's release of 8 April 2026 it: adds "2026 (prov)" for LAC
// (England, South East, Kent only), revises LAC England 2024 and CIN South East 2023 by +1,
// drops the plan's year of LAC (2017), and relabels CIN "2025" as "2025 (Rev)". The figures are
// invented for the test and are never written to the repository's data/.
const selection = loadSelection();
const followed = new Set(selection.measures.map((m) => m.code));
const NEXT = {
  repository: 'dfe-analytical-services/local-authority-interactive-tool',
  folder: '01_data/02_prod/',
  commit: '0123456789abcdef0123456789abcdef01234567',
  date: '2026-06-12',
  title: 'TEST FIXTURE: made-up next release',
};
const FIXTURE_2026 = new Map([
  [970, '68'],
  [989, '56'],
  [886, '50'],
]);

interface Row {
  'Short Desc': string;
  Years: string;
  'LA and Regions': string;
  Values: string | null;
  'LA Number': number;
}

let w: ReturnType<typeof laitWorkspace>;
let run: RunResult;
const revisedFrom: Record<string, string> = {};

beforeAll(async () => {
  w = laitWorkspace();
  const parquet = join(w.lait, 'bds_long_0.parquet');
  const rows = (
    (await parquetReadObjects({
      file: await asyncBufferFromFile(parquet),
      columns: ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number'],
    })) as Row[]
  ).filter((r) => followed.has(r['Short Desc']));
  const next: Row[] = [];
  for (const r of rows) {
    const code = r['Short Desc'];
    if (code === 'LAC' && r.Years === '2017') continue;
    if (code === 'LAC' && r.Years === '2025' && FIXTURE_2026.has(r['LA Number'])) {
      next.push({ ...r, Years: '2026 (prov)', Values: FIXTURE_2026.get(r['LA Number']) as string });
    }
    const revise =
      (code === 'LAC' && r['LA Number'] === 970 && r.Years === '2024') ||
      (code === 'CIN' && r['LA Number'] === 989 && r.Years === '2023');
    if (revise) revisedFrom[code] = String(Number(r.Values));
    next.push({
      ...r,
      Years: code === 'CIN' && r.Years === '2025' ? '2025 (Rev)' : r.Years,
      Values: revise ? String(Number(r.Values) + 1) : r.Values,
    });
  }
  parquetWriteFile({
    filename: parquet,
    columnData: [
      { name: 'Short Desc', data: next.map((r) => r['Short Desc']), type: 'STRING' },
      { name: 'Years', data: next.map((r) => r.Years), type: 'STRING' },
      { name: 'LA and Regions', data: next.map((r) => r['LA and Regions']), type: 'STRING' },
      { name: 'Values', data: next.map((r) => r.Values), type: 'STRING' },
      { name: 'LA Number', data: next.map((r) => r['LA Number']), type: 'DOUBLE' },
    ],
  });
  writeFileSync(join(w.lait, 'release.json'), JSON.stringify(NEXT, null, 2));
  run = await runImport({
    sourceDir: w.lait,
    dataDir: w.data,
    changelog: w.changelog,
    selection,
    today: '2026-06-15',
  });
}, 120_000);

afterAll(() => rmSync(w.root, { recursive: true, force: true }));

describe('importing a next LAIT release (test fixture) into a copy of data/', () => {
  it('gives the release its own source id, since DFE_LAIT_2026 names another commit', () => {
    expect(run.result.sourceId).toBe('DFE_LAIT_2026_06_12');
    const sources = readFileSync(join(w.data, 'sources.csv'), 'utf8');
    expect(sources).toContain('\nDFE_LAIT_2026,');
    expect(sources).toContain(
      '\nDFE_LAIT_2026_06_12,"Local Authority Interactive Tool (LAIT): long data file, data dictionary, LA code list and statistical neighbours",Department for Education,https://github.com/dfe-analytical-services/local-authority-interactive-tool,01_data/02_prod/,0123456789abcdef0123456789abcdef01234567,2026-06-12,',
    );
  });

  it('reports exactly the changes made', () => {
    expect(run.changes).toEqual({
      yearsAdded: [{ measure: 'LAC', periods: [{ period: '2026', mark: 'provisional' }] }],
      revised: [
        {
          measure: 'LAC',
          area: 'England',
          period: '2024',
          old: revisedFrom.LAC,
          new: String(Number(revisedFrom.LAC) + 1),
        },
        {
          measure: 'CIN',
          area: 'South East',
          period: '2023',
          old: revisedFrom.CIN,
          new: String(Number(revisedFrom.CIN) + 1),
        },
      ],
      yearsKept: [
        { measure: 'LAC', periods: [{ period: '2017', sourceId: 'DFE_LAIT_2026', planYear: true }] },
      ],
      areasAdded: [],
      areasGone: [],
      marks: [{ measure: 'CIN', what: '2025', old: '2025', new: '2025 (revised)' }],
      measures: [],
      modelsAdded: [],
    });
    expect(run.report).toContain('## Years added (1)\n\n- LAC: 2026 (provisional)\n');
    expect(run.report).toContain(
      `- LAC, England, 2024: ${revisedFrom.LAC} -> ${Number(revisedFrom.LAC) + 1}\n`,
    );
    expect(run.report).toContain("- LAC: 2017 (DFE_LAIT_2026, the plan's year)");
    expect(run.report).toContain('- CIN 2025: 2025 -> 2025 (revised)');
  });

  it('drafts a valid changelog entry from the report', () => {
    const entries = yaml.load(readFileSync(w.changelog, 'utf8')) as unknown[];
    const entry = changelogEntrySchema.parse(entries[entries.length - 1]);
    expect(entry).toEqual({
      id: '2026-06-12-lait-figures-updated',
      date: '2026-06-15',
      summary:
        "Figures updated to DfE's LAIT release of 12 June 2026: 2026 added for 1 measure, 2 earlier values revised, 1 year no longer or newly marked provisional or revised, years DfE no longer publishes kept for 1 measure.",
      sections: ['all'],
      amendments: [],
    });
  });

  it('keeps the plan\u2019s year, and the data layer picks up the new year and its mark', () => {
    const data = loadAllData(w.data);
    const lac = data.lait_values.filter((v) => v.measure === 'LAC' && v.area_code === ENGLAND_CODE);
    expect(lac.find((v) => v.year === 2017)).toMatchObject({
      period: '2017',
      value: 62,
      source_id: 'DFE_LAIT_2026',
    });
    const measures = joinMeasures(data.lait_measures, data.lait_values, selection);
    expect(measures.find((m) => m.measure === 'LAC')?.planYear).toBe(2017);
    expect(latestPoint(data.lait_values, 'LAC')).toEqual({
      period: '2026',
      year: 2026,
      value: 68,
      mark: 'provisional',
    });
    expect(seriesOf(data.lait_values, 'CIN', ENGLAND_CODE).find((p) => p.year === 2025)?.mark).toBe(
      'revised',
    );
    expect(data.lait_measures.every((m) => m.source_id === 'DFE_LAIT_2026_06_12')).toBe(true);
  });

  it('marks the new year provisional on the maps and the tiles', () => {
    const data = loadAllData(w.data);
    const lac = joinMeasures(data.lait_measures, data.lait_values, selection).find(
      (m) => m.measure === 'LAC',
    );
    if (!lac) throw new Error('LAC is not followed');
    const index = new ValueIndex(data.lait_values);
    expect(choropleth(lac, data.councils, index).periodText).toBe('2026 (provisional)');
    const points = index.periods('LAC').map(({ period, year, mark }) => ({
      period,
      year,
      mark,
      area: index.value('LAC', SOUTH_EAST_CODE, year),
      southEast: index.value('LAC', SOUTH_EAST_CODE, year),
      england: index.value('LAC', ENGLAND_CODE, year),
    }));
    expect(measureTile(lac, points, true).value).toBe('56 in 2026 (provisional)');
  });
});
