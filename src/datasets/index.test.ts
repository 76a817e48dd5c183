import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError } from '../lib/data/csv';
import { datasetIds, getDataset, loadAllData } from './index';

const realData = resolve(process.cwd(), 'data');
const dirs: string[] = [];

/** A copy of the real data folder with one file's text changed. */
function dataWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rp-data-'));
  dirs.push(dir);
  cpSync(realData, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

function loadError(dir: string): DataError {
  try {
    loadAllData(dir);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadAllData rules', () => {
  it('loads the real data without error', () => {
    const data = loadAllData(realData);
    expect(Object.keys(data).sort()).toEqual([...datasetIds].sort());
  });

  it('rejects a duplicate key, naming both lines', () => {
    const dir = dataWith('send_inspections.csv', (t) => `${t}England,80,30,2.6,"x",SEED_PLAN_TEXT\n`);
    const error = loadError(dir);
    expect(error.message).toMatch(
      /^data\/send_inspections\.csv line 4: repeats line 3 \(same area: "England"\)/,
    );
  });

  it('rejects a source_id that is not in sources.csv', () => {
    const dir = dataWith('triads.csv', (t) =>
      t.replace('1,1,Wokingham,Wokingham,SEED_PLAN_TEXT', '1,1,Wokingham,Wokingham,SEED_PLAN'),
    );
    const error = loadError(dir);
    expect(error.message).toContain(
      'data/triads.csv line 2, column "source_id": "SEED_PLAN" is not in data/sources.csv',
    );
  });

  it('rejects an area spelled another way', () => {
    const dir = dataWith('lac_rates.csv', (t) => t.replace(/\nMedway,/, '\nMedway Towns,'));
    const error = loadError(dir);
    expect(error.column).toBe('area');
    expect(error.message).toContain('"Medway Towns" is not an allowed value');
  });

  it('rejects an area_type that does not fit the area', () => {
    const dir = dataWith('cpp_rates.csv', (t) => t.replace('England,country,2013', 'England,region,2013'));
    expect(loadError(dir).message).toContain('"England" is a country, but the row says "region"');
  });

  it('rejects a year outside the file\u2019s range', () => {
    const dir = dataWith('s251_unit_costs.csv', (t) =>
      t.replace('England,country,2015-16', 'England,country,2010-11'),
    );
    expect(loadError(dir).message).toContain('2010-11 is outside the years this file covers (2015 to 2018)');
  });

  it('rejects a negative count', () => {
    const dir = dataWith('ofsted_regional_counts.csv', (t) =>
      t.replace('East of England,Good,4,SEED_PLAN_TEXT', 'East of England,Good,-4,SEED_PLAN_TEXT'),
    );
    expect(loadError(dir).message).toContain('expected a whole number of 0 or more, found -4');
  });

  it('rejects a negative rate', () => {
    const dir = dataWith('lac_rates.csv', (t) =>
      t.replace(
        'England,country,2011,31 March,cla_number_31mar,65520',
        'England,country,2011,31 March,cla_number_31mar,-65520',
      ),
    );
    expect(loadError(dir).message).toContain('-65520 is negative');
  });

  it('rejects a percentage over 100 but allows a negative score', () => {
    const dir = dataWith('school_data.csv', (t) =>
      t.replace('South East,88.4,percent', 'South East,884,percent'),
    );
    expect(loadError(dir).message).toContain('884 is not a percentage between 0 and 100');
    expect(() => loadAllData(realData)).not.toThrow(); // Progress 8 for England is -0.02
  });

  it('rejects two reports in force on 7 March 2019 for one authority', () => {
    const dir = dataWith('ofsted_se_judgements.csv', (t) =>
      t.replace(
        'Bracknell Forest,ILACS,13 to 17 June 2022,2022-07-29,Outstanding,no',
        'Bracknell Forest,ILACS,13 to 17 June 2022,2018-07-29,Outstanding,yes',
      ),
    );
    expect(loadError(dir).message).toContain('Bracknell Forest already has a report marked "yes" on line 2');
  });
});

describe('getDataset', () => {
  it('fails on an unknown id with the list of valid ids', () => {
    expect(() => getDataset('lac')).toThrow(/^Unknown dataset id "lac"\. Valid ids: lac_rates, cpp_rates,/);
  });
});
