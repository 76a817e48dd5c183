import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { datasetIds, getDataset, loadAllData } from '../src/datasets/index';
import { rowsToCsv } from '../src/lib/data/csv-write';
import { SE_AUTHORITIES } from '../src/schemas/areas';

const data = loadAllData();
const dataDir = resolve(process.cwd(), 'data');
const sharedSources = resolve(process.cwd(), '../shared/sources');

describe('data files', () => {
  it('every dataset has a file and every row a registered source', () => {
    const known = new Set(data.sources.map((s) => s.source_id));
    for (const id of datasetIds) {
      expect(data[id].length, `${id} is empty`).toBeGreaterThan(0);
      if (id === 'sources') continue;
      for (const row of data[id] as { source_id: string }[]) expect(known.has(row.source_id)).toBe(true);
    }
  });

  it('the LAIT register entry names the years its two versions were compared for, no more', () => {
    const observations = [
      ...data.lac_rates,
      ...data.cpp_rates,
      ...data.cin_referral_rates,
      ...data.s251_unit_costs,
    ];
    const compared = observations
      .filter((r) => r.source_id === 'DFE_LAIT' && r.note.includes('identical in LAIT @2e30e39'))
      .map((r) => Number(r.year.slice(0, 4)) + (r.year.includes('-') ? 1 : 0));
    const notCompared = observations.filter(
      (r) => r.source_id === 'DFE_LAIT' && r.note.includes('no longer in LAIT @2e30e39'),
    );
    expect(notCompared.length).toBeGreaterThan(0);
    const register = data.sources.find((s) => s.source_id === 'DFE_LAIT')?.notes ?? '';
    expect(register).toContain(`only ${Math.min(...compared)} to ${Math.max(...compared)}`);
    expect(register).not.toMatch(/2015-2019|2015 to 2019/);
  });

  it('DfE and Ofsted sources are under the Open Government Licence; the plan is the plan', () => {
    const official = data.sources.filter((s) => /^(Department for Education|Ofsted)/.test(s.publisher));
    expect(official.length).toBeGreaterThanOrEqual(8);
    for (const s of official) expect(s.licence, s.source_id).toBe('Open Government Licence v3.0');
    expect(data.sources.find((s) => s.source_id === 'SEED_PLAN_TEXT')?.licence).toBe('The plan itself');
  });

  it('keeps the cross-check rows from the shared sources (row counts as SOURCES.md states)', () => {
    expect(data.lac_rates).toHaveLength(869);
    expect(data.cpp_rates).toHaveLength(961);
    expect(data.cin_referral_rates).toHaveLength(1343);
    expect(data.s251_unit_costs).toHaveLength(463);
    expect(data.ofsted_se_judgements).toHaveLength(56);
    expect(data.ofsted_regional_counts).toHaveLength(80);
    expect(data.lac_rates.some((r) => r.source_id === 'DFE_LAIT')).toBe(true);
  });

  // data/SOURCES.md began as a copy of the shared register and is now the project's own.
  // The shared folder sits beside a checkout (../shared); without it the test is reported skipped.
  it.skipIf(!existsSync(sharedSources))('matches the shared source CSVs byte for byte', () => {
    for (const f of [
      'lac_rates',
      'cpp_rates',
      'cin_referral_rates',
      's251_unit_costs',
      'ofsted_se_judgements',
      'ofsted_regional_counts',
    ]) {
      const name = `${f}.csv`;
      const shared = readFileSync(resolve(sharedSources, name), 'utf8');
      expect(readFileSync(resolve(dataDir, name), 'utf8'), name).toBe(shared);
    }
  });

  it('every South East authority has rates in each plan year of the recommended sources', () => {
    for (const year of ['2015', '2016', '2017']) {
      const areas = data.lac_rates
        .filter(
          (r) => r.measure === 'cla_rate_per_10k' && r.year === year && r.source_id === 'DFE_CLA_2019_UD',
        )
        .map((r) => r.area);
      for (const la of SE_AUTHORITIES) expect(areas).toContain(la);
    }
  });

  it('puts each of the 19 authorities in exactly one triad, three places per triad', () => {
    expect([...data.triads.map((r) => r.area)].sort()).toEqual([...SE_AUTHORITIES].sort());
    for (let t = 1; t <= 6; t += 1) {
      const places = new Set(data.triads.filter((r) => r.triad === t).map((r) => r.position));
      expect(places.size).toBe(3);
    }
  });

  it('system map links quote the plan word for word (ellipses mark cuts)', () => {
    const seed = readFileSync(resolve(process.cwd(), 'seeds/000_7f668d3e6470096a.txt'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    for (const link of data.system_map_links) {
      expect(['1.4', '1.5']).toContain(link.paragraph);
      for (const part of link.plan_words.split(' … ')) expect(seed, part).toContain(part);
    }
  });

  it('school data has both areas for each of the 14 rows of Table 1', () => {
    for (let row = 1; row <= 14; row += 1) {
      expect(
        data.school_data
          .filter((r) => r.row === row)
          .map((r) => r.area)
          .sort(),
      ).toEqual(['England', 'South East']);
    }
  });

  it('the published CSVs (/data/<id>.csv) carry every cell of the data files unchanged', () => {
    const cells = (text: string) =>
      Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.map((r) =>
        r.map((c) => c.trim()),
      );
    for (const id of datasetIds) {
      const columns = getDataset(id).meta.columns.map((c) => c.name);
      const original = cells(readFileSync(resolve(dataDir, `${id}.csv`), 'utf8'));
      expect(cells(rowsToCsv(columns, data[id])), id).toEqual(original);
    }
  });
});
