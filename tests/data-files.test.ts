import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { datasetIds, getDataset, loadAllData } from '../src/datasets/index';
import { rowsToCsv } from '../src/lib/data/csv-write';
import { SE_AUTHORITIES } from '../src/schemas/areas';

const data = loadAllData();
const dataDir = resolve(process.cwd(), 'data');

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

  // The six CSVs copied from the shared sources (shared/sources/, beside a checkout but not in
  // it) stay byte for byte as received: their SHA-256 digests, taken from the shared files on
  // 6 December 2026, are recorded here, so the check runs on any clone.
  it('keeps the CSVs copied from the shared sources byte for byte as received', () => {
    const received: Record<string, string> = {
      lac_rates: 'f6df5c9c8a56867bad8c68bb4e13ce26f46a26cfb2561be84a029c9e97592207',
      cpp_rates: 'c16a8873ff109745d364c1a8392d2098038fd9b8815a3dc67abbe90b8be7fcde',
      cin_referral_rates: '8e8891a29cba16eccca0bf0105f1158d3a0209eb2e3256d91a82e5a85b2f5ab9',
      s251_unit_costs: 'fd67d35d72dc0acf804191c69725788eef88f124a5f81c42e997b24e16feaba4',
      ofsted_se_judgements: '88ea5e88d2317be4fc86e64948a413b5efbf1ae806900335601cb55432942735',
      ofsted_regional_counts: 'ded692a45ea3281be880d14f04005dfc745e67dc1b9d94b3c4e2ea1334a4e93e',
    };
    for (const [file, digest] of Object.entries(received)) {
      const bytes = readFileSync(resolve(dataDir, `${file}.csv`));
      expect(createHash('sha256').update(bytes).digest('hex'), `data/${file}.csv`).toBe(digest);
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
