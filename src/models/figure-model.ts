import { getChart } from '../charts/index';
import { LAYOUTS, type ChartDefinition } from '../charts/types';
import type { TableModel } from '../lib/data/tables';
import type { AllData } from '../lib/data/all-data';
import type { SourceRow } from '../schemas/sources';
import { renderSvg } from '../lib/svg/render-svg';
import { withBase } from '../lib/site/paths';
import { publicationRow } from '../lib/data/publications';

/** Reader-facing words used around every figure and plan table, in one place. */
export const FIGURE_COPY = {
  figureLabel: 'Figure {n}',
  showTable: 'Show the data table for {label}',
  download: 'Download the data for {label} (CSV)',
  source: 'Source',
  sources: 'Sources',
  licence: 'Licence',
  tableCaption: 'Data for figure {n}: {title}',
  planTableSource: 'Source: the plan',
  planFigure:
    'The plan has a figure here, captioned “{caption}”. Its drawing is not in the copy of the plan we hold; {label} below is our drawing from the plan’s text.',
} as const;

/** A source as a figure's caption cites it. */
export interface SourceCitation {
  id: string;
  title: string;
  publisher: string;
  /** The publication's web address (publication_url), or undefined when none is recorded. */
  href: string | undefined;
  /** Where our copy was read (a page or repository): provenance, shown on /data/ only. */
  copiedFrom: string | undefined;
  licence: string;
  /** True when the licence is an open one worth printing beside the source (not the plan itself). */
  openLicence: boolean;
}

/** Everything <Chart> prints, computed once at build time. */
export interface FigureModel {
  id: string;
  /** "Figure 1" or "Figure S1". */
  label: string;
  title: string;
  subtitle: string;
  caveat: string;
  summary: string;
  /** Inline SVG markup, named by `titleId`; the summary (`summaryId`) is printed beside it. */
  svg: string;
  /** The same figure drawn for narrow screens (`LAYOUTS.narrow`: 320 units wide, its own layout). */
  svgNarrow: string;
  titleId: string;
  summaryId: string;
  table: TableModel;
  tableCaption: string;
  /** Link to /data/figures/<id>.csv, prefixed with the base path. */
  csvHref: string;
  /** Links to the datasets the figure draws from (/data/<dataset>.csv). */
  datasetHrefs: { id: string; href: string }[];
  sources: SourceCitation[];
}

/** Turns a source_id into a citation, failing with the list of known ids. */
export function citeSource(sources: readonly SourceRow[], id: string): SourceCitation {
  const s = sources.find((row) => row.source_id === id);
  if (!s) {
    throw new Error(
      `Source "${id}" is not in data/sources.csv. Add a row for it, or use one of: ${sources.map((r) => r.source_id).join(', ')}.`,
    );
  }
  return {
    id,
    title: s.title,
    publisher: s.publisher,
    href: s.publication_url || undefined,
    copiedFrom: /^https?:\/\//.test(s.url_or_repository) ? s.url_or_repository : undefined,
    licence: s.licence,
    openLicence: /licen[cs]e/i.test(s.licence) && !/plan itself/i.test(s.licence),
  };
}

/**
 * Builds everything a figure shows from the loaded data: selected rows, SVG, summary, table and
 * links. Fails the build if the id is unknown or Plot warns.
 * @param base the site's base path (site.basePath in src/config/site.ts).
 */
export function buildFigure(id: string, data: AllData, base: string): FigureModel {
  return buildChartFigure(getChart(id), data, base);
}

/**
 * buildFigure for a definition in hand, such as a measure page's figures (made from a measure,
 * not listed in src/charts/index.ts). Fails the build if Plot warns.
 */
export function buildChartFigure(chart: ChartDefinition<unknown>, data: AllData, base: string): FigureModel {
  const id = chart.id;
  const rows = chart.select(data);
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const labels = { labelledBy: titleId };
  const wide = renderSvg(chart.spec(rows, LAYOUTS.wide), labels);
  const narrow = renderSvg(chart.spec(rows, LAYOUTS.narrow), labels);
  const warnings = [...wide.warnings, ...narrow.warnings];
  if (warnings.length > 0) {
    throw new Error(
      `Figure "${id}" drew with warnings from Observable Plot: ${warnings.join(' | ')}. Fix the chart module in src/charts/.`,
    );
  }
  const label = FIGURE_COPY.figureLabel.replace('{n}', chart.number);
  return {
    id,
    label,
    title: chart.title,
    subtitle: chart.subtitle,
    caveat: chart.caveat,
    summary: chart.summary(rows),
    svg: wide.svg,
    svgNarrow: narrow.svg,
    titleId,
    summaryId,
    table: chart.table(rows),
    tableCaption: FIGURE_COPY.tableCaption.replace('{n}', chart.number).replace('{title}', chart.title),
    csvHref: withBase(`/data/figures/${id}.csv`, base),
    datasetHrefs: chart.source.datasets.map((d) => ({ id: d, href: withBase(`/data/${d}.csv`, base) })),
    sources: [
      ...new Set([
        ...(chart.source.publicationUrls ?? [])
          .filter(Boolean)
          .map((url) => publicationRow(data.sources, url).source_id),
        ...chart.source.sourceIds,
        ...(chart.source.caveatSourceIds ?? []),
      ]),
    ].map((s) => citeSource(data.sources, s)),
  };
}

const builtFigures = new WeakMap<AllData, Map<string, FigureModel>>();

/**
 * buildFigure, once per figure for the same loaded data and base path: a figure shown on several
 * pages (its chapter, priorities, the home page, the whole-plan print page) is drawn only once.
 */
export function buildFigureOnce(id: string, data: AllData, base: string): FigureModel {
  const byKey = builtFigures.get(data) ?? new Map<string, FigureModel>();
  builtFigures.set(data, byKey);
  const key = `${base}\u0000${id}`;
  const figure = byKey.get(key) ?? buildFigure(id, data, base);
  byKey.set(key, figure);
  return figure;
}
