import type { CsvRecord } from '../lib/data/csv';
import { cinReferralRates } from './cin_referral_rates';
import { councils } from './councils';
import { cppRates } from './cpp_rates';
import { defaultDataDir, type Dataset } from './define';
import { editorsNotes } from './editors_notes';
import { lacRates } from './lac_rates';
import { laitAuthorities } from './lait_authorities';
import { laitMeasures } from './lait_measures';
import { laitValues } from './lait_values';
import { ofstedRegionalCounts } from './ofsted_regional_counts';
import { ofstedSeJudgements } from './ofsted_se_judgements';
import { checkKnownSources, checkUniqueKeys } from './rules';
import { s251UnitCosts } from './s251_unit_costs';
import { schoolData } from './school_data';
import { sendInspections } from './send_inspections';
import { sources } from './sources';
import { statisticalNeighbours } from './statistical_neighbours';
import { systemMapLinks } from './system_map_links';
import { triads } from './triads';
import type { AllData } from '../lib/data/all-data';

/** Every data/*.csv file, keyed by its id (= file base name = module name = /data/<id>.csv). */
export const datasets = {
  lac_rates: lacRates,
  cpp_rates: cppRates,
  cin_referral_rates: cinReferralRates,
  s251_unit_costs: s251UnitCosts,
  ofsted_se_judgements: ofstedSeJudgements,
  ofsted_regional_counts: ofstedRegionalCounts,
  school_data: schoolData,
  send_inspections: sendInspections,
  triads,
  councils,
  system_map_links: systemMapLinks,
  editors_notes: editorsNotes,
  lait_measures: laitMeasures,
  lait_values: laitValues,
  lait_authorities: laitAuthorities,
  statistical_neighbours: statisticalNeighbours,
  sources,
} as const satisfies { [K in keyof AllData]: Dataset<AllData[K][number]> };

/** A dataset id, e.g. "lac_rates". */
export type DatasetId = keyof typeof datasets;

/** The ids in registry order. */
export const datasetIds = Object.keys(datasets) as DatasetId[];

/**
 * Looks up a dataset, failing with the list of valid ids.
 * @example getDataset('lac_rates').meta.title
 */
export function getDataset(id: string): (typeof datasets)[DatasetId] {
  if (!(id in datasets)) {
    throw new Error(`Unknown dataset id "${id}". Valid ids: ${datasetIds.join(', ')}.`);
  }
  return datasets[id as DatasetId];
}

/**
 * Loads and validates every data file, then runs the rules across rows: unique keys, source_ids
 * registered in data/sources.csv, and each dataset's own rules (known areas, years in range, counts
 * not negative, percentages 0 to 100). Throws a DataError at the first problem.
 * @param dataDir folder holding the CSVs; defaults to ./data.
 */
export function loadAllData(dataDir: string = defaultDataDir()): AllData {
  const sourceRecords = sources.loadRecords(dataDir);
  checkUniqueKeys(sourceRecords, 'data/sources.csv', sources.meta.keyColumns);
  const known = new Set(sourceRecords.map((r) => r.row.source_id));

  const out: Record<string, unknown[]> = {};
  for (const id of datasetIds) {
    const dataset = datasets[id] as unknown as Dataset<{ source_id: string }>;
    const file = `data/${id}.csv`;
    const records: CsvRecord<{ source_id: string }>[] =
      id === 'sources' ? sourceRecords : dataset.loadRecords(dataDir);
    if (id !== 'sources') {
      checkUniqueKeys(records, file, dataset.meta.keyColumns);
      checkKnownSources(records, file, known);
    }
    for (const rule of dataset.rules) rule(records, file);
    out[id] = records.map((r) => r.row);
  }
  return out as AllData;
}

let cache: { dir: string; data: AllData } | undefined;

/** loadAllData, read once per process (the build renders many figures from the same data). */
export function loadAllDataOnce(dataDir: string = defaultDataDir()): AllData {
  if (!cache || cache.dir !== dataDir) cache = { dir: dataDir, data: loadAllData(dataDir) };
  return cache.data;
}
