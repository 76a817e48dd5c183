import { chartIds, getChart } from '../charts/index';
import { allMeasureFigures } from '../charts/measure-figures';
import { datasetIds, getDataset, loadAllDataOnce } from '../datasets/index';
import { rowsToCsv, toCsv } from '../lib/data/csv-write';
import type { CsvTable } from '../lib/data/tables';
import { site } from '../config/site';
import { absoluteUrl, withBase } from '../lib/site/paths';
import { councilMeasureCsv } from '../models/councils/measure-table';
import { fieldTypeOf, packageZip, type PackageCsv, type PackageInfo } from '../models/data-package';
import { getCouncils } from './councils';
import { getCouncilMaps } from './council-maps';
import { getMeasures } from './measures';

/** The package's address on the site, without the base path. */
export const DATA_PACKAGE_PATH = '/data/seslip-plan-data.zip';

const sourceIdsOf = (rows: readonly (readonly (string | number)[])[], columns: readonly string[]) => {
  const at = columns.indexOf('source_id');
  return at < 0 ? [] : [...new Set(rows.map((r) => String(r[at] ?? '')).filter(Boolean))];
};

/** A figure's or council's CSV as a package resource (their columns are declared where the CSV is written). */
function tableCsv(
  name: string,
  path: string,
  title: string,
  description: string,
  table: CsvTable,
): PackageCsv {
  return {
    name,
    path,
    title,
    description,
    text: toCsv(table),
    fields: table.columns,
    sourceIds: sourceIdsOf(
      table.rows,
      table.columns.map((c) => c.name),
    ),
  };
}

/**
 * Every CSV a reader can download from the site, as published: the data files (columns described
 * by their dataset's meta, types from the rows as zod converted them), the figures' CSVs, the
 * councils' CSVs and the maps' CSVs (columns as declared where they are written).
 */
export async function packageCsvs(): Promise<PackageCsv[]> {
  const data = loadAllDataOnce();
  const files = datasetIds.map((id): PackageCsv => {
    const { meta } = getDataset(id);
    const rows = data[id] as readonly Record<string, unknown>[];
    const names = meta.columns.map((c) => c.name);
    return {
      name: id,
      path: `data/${id}.csv`,
      title: meta.title,
      description: `${meta.description} Coverage: ${meta.coverage}`,
      text: rowsToCsv(names, rows),
      fields: meta.columns.map((c) => ({
        name: c.name,
        type: fieldTypeOf(rows.map((r) => r[c.name])),
        description: c.unit ? `${c.description} (${c.unit})` : c.description,
      })),
      primaryKey: meta.keyColumns,
      sourceIds:
        id === 'sources'
          ? []
          : [
              ...new Set(
                rows.map((r) => r['source_id']).filter((s): s is string => typeof s === 'string' && s !== ''),
              ),
            ],
    };
  });
  const charts = [...chartIds.map((id) => getChart(id)), ...allMeasureFigures(getMeasures())];
  const figures = charts.map((chart) =>
    tableCsv(
      `figure-${chart.id}`,
      `figures/${chart.id}.csv`,
      chart.title,
      `The rows behind the figure "${chart.title}", exactly as it shows them.`,
      chart.csv(chart.select(data)),
    ),
  );
  const councils = (await getCouncils()).map((entry) =>
    tableCsv(
      `council-${entry.council.slug}`,
      `councils/${entry.council.slug}.csv`,
      `${entry.council.name}: every measure followed`,
      `${entry.council.name}'s figures in the plan's year and the latest year, beside the South East, England, its statistical neighbours and its triad partners, as its page's table shows them.`,
      councilMeasureCsv(entry.council.name, entry.measures),
    ),
  );
  const maps = getCouncilMaps().map((map) =>
    tableCsv(
      `map-${map.measure.slug}`,
      `maps/${map.measure.slug}.csv`,
      `${map.measure.name}: the map of the councils`,
      `The table beside the map of "${map.measure.name}" on the councils page: each council's figure in the latest year and its quarter of England's councils.`,
      map.csv,
    ),
  );
  return [...files, ...figures, ...councils, ...maps];
}

/** What the package says about itself. */
export function packageInfo(): PackageInfo {
  const url = absoluteUrl(withBase(DATA_PACKAGE_PATH));
  return {
    name: 'seslip-regional-improvement-plan-2019-20',
    title: `${site.shortTitle}: all the data`,
    description: `Every CSV published with ${site.title}: the data files, the rows behind each figure, and each council's table of the measures followed since the plan.`,
    homepage: url,
    citation: `${site.organisation}, ${site.title}: data package${url ? `, ${url}` : ''}. Cite the publisher of each figure as listed under Sources.`,
  };
}

let cache: Promise<Uint8Array> | undefined;

/** The zip, built once per build (the endpoint writes it; /data/ prints its size). */
export function getDataPackageZip(): Promise<Uint8Array> {
  cache ??= packageCsvs().then((csvs) => packageZip(packageInfo(), csvs, loadAllDataOnce().sources));
  return cache;
}
