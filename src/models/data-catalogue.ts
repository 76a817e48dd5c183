import { chartIds, getChart } from '../charts/index';
import { datasetIds, getDataset } from '../datasets/index';
import type { AllData } from '../lib/data/all-data';
import { citeSource, FIGURE_COPY, type SourceCitation } from './figure-model';
import { withBase } from '../lib/site/paths';

/** One data file as the "Data and sources" page lists it. */
export interface CatalogueDataset {
  id: string;
  title: string;
  description: string;
  coverage: string;
  columns: { name: string; description: string; unit: string }[];
  rowCount: number;
  href: string;
  sources: SourceCitation[];
}

/** One figure as the "Data and sources" page lists it. */
export interface CatalogueFigure {
  id: string;
  label: string;
  title: string;
  csvHref: string;
  datasets: { id: string; title: string; anchor: string }[];
}

/**
 * Everything the "Data and sources" page lists, from the registries and the loaded data.
 * @param base the site's base path (site.basePath in src/config/site.ts).
 */
export function buildCatalogue(
  data: AllData,
  base: string,
): { datasets: CatalogueDataset[]; figures: CatalogueFigure[] } {
  const datasets = datasetIds.map((id) => {
    const { meta } = getDataset(id);
    const rows = data[id] as { source_id?: string }[];
    const used = id === 'sources' ? [] : [...new Set(rows.map((r) => r.source_id ?? ''))].filter(Boolean);
    const ordered = [
      ...meta.sourceIds.filter((s) => used.includes(s)),
      ...used.filter((s) => !meta.sourceIds.includes(s)),
    ];
    return {
      id,
      title: meta.title,
      description: meta.description,
      coverage: meta.coverage,
      columns: meta.columns.map((c) => ({ name: c.name, description: c.description, unit: c.unit ?? '' })),
      rowCount: rows.length,
      href: withBase(`/data/${id}.csv`, base),
      sources: ordered.map((s) => citeSource(data.sources, s)),
    };
  });
  const figures = chartIds.map((id) => {
    const chart = getChart(id);
    return {
      id,
      label: FIGURE_COPY.figureLabel.replace('{n}', chart.number),
      title: chart.title,
      csvHref: withBase(`/data/figures/${id}.csv`, base),
      datasets: chart.source.datasets.map((d) => ({
        id: d,
        title: getDataset(d).meta.title,
        anchor: `#dataset-${d}`,
      })),
    };
  });
  return { datasets, figures };
}
