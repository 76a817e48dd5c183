import type { PlotOptions } from '@observablehq/plot';
import type { DatasetId } from '../datasets/index';
import type { AllData } from '../lib/data/all-data';
import type { TableModel, CsvTable } from '../lib/data/tables';

/** Where a figure's numbers come from, for the caption. */
export interface FigureSource {
  /** Dataset ids (= data/<id>.csv) the figure draws from. */
  datasets: DatasetId[];
  /** source_ids from data/sources.csv the figure's rows carry. */
  sourceIds: string[];
  /**
   * Further source_ids the caveat takes a number from (a revised or first-published figure the
   * rows do not carry), cited with the figure's sources.
   */
  caveatSourceIds?: string[];
  /**
   * Addresses of the publications that released the figures (a LAIT measure's publication_url),
   * cited first, each by its row in data/sources.csv.
   */
  publicationUrls?: string[];
}

/**
 * A figure, as a pure definition: no I/O, no DOM, no clock. The build loads the rows, calls these,
 * renders `spec` to SVG once and writes `csv` to `/data/figures/<id>.csv`.
 */
export interface ChartDefinition<Row = unknown> {
  /** Same as the module's file name and the `<figure id>`. */
  id: string;
  /** "1" … "5" for the plan's own figures; "S1", "S2" … for figures this site adds. */
  number: string;
  /** Title, as the plan words it where the plan gives one. */
  title: string;
  /** Measure, unit, areas and dates, e.g. "Rate per 10,000 children under 18, South East and England, 31 March 2013 to 2017". */
  subtitle: string;
  /** What is missing from the data shown, said plainly; empty when nothing is. */
  caveat: string;
  source: FigureSource;
  /** The rows the figure shows, picked from everything loaded. */
  select(all: AllData): Row[];
  /**
   * Observable Plot options for these rows, drawn for one layout (margins and font sizes
   * explicit). Called once with `LAYOUTS.wide` and once with `LAYOUTS.narrow`.
   */
  spec(rows: Row[], layout: ChartLayout): PlotOptions;
  /** A text equivalent of what the chart shows, computed from the rows. */
  summary(rows: Row[]): string;
  table(rows: Row[]): TableModel;
  /** The rows as a CSV table, with the source_id of each. */
  csv(rows: Row[]): CsvTable;
}

/** Chart colours: CSS variables defined in src/styles/tokens.css (light, dark and print). */
export const COLOURS = {
  se: 'var(--rp-chart-se)',
  england: 'var(--rp-chart-england)',
  other: 'var(--rp-chart-other)',
  la: 'var(--rp-chart-la)',
  grid: 'var(--rp-chart-grid)',
  text: 'var(--rp-chart-text)',
  afterPlan: 'var(--rp-chart-after-plan)',
  background: 'var(--rp-color-bg)',
  outstanding: 'var(--rp-chart-grade-outstanding)',
  good: 'var(--rp-chart-grade-good)',
  ri: 'var(--rp-chart-grade-ri)',
  inadequate: 'var(--rp-chart-grade-inadequate)',
} as const;

/** Chart width in SVG units; the SVG scales down with its viewBox. */
export const CHART_WIDTH = 840;
/**
 * Width of the second rendering shown on narrow screens (under 30rem), so that labels stay near
 * their full size on a 320 px phone instead of shrinking with a 640-unit drawing.
 */
export const NARROW_CHART_WIDTH = 320;
/**
 * Font size of every label, in px at full width: 14 px in the 840 px text column, 12.3 px when the
 * wide drawing is shown at its narrowest (45rem, 720 px), 8 pt on an A4 page.
 */
export const FONT_SIZE = 14;
/**
 * Font size of every label in the narrow drawing. On a 320 px phone the page leaves about 288 px
 * for a figure, so the 320-unit drawing is shown at 0.9 scale: 14 units show as 12.6 px.
 */
export const NARROW_FONT_SIZE = 14;

/** How a figure is drawn: its width and label size, and whether to use the compact layout. */
export interface ChartLayout {
  /** Drawing width in SVG units. */
  width: number;
  /** Font size of every label, in SVG units. */
  fontSize: number;
  /** True for the phone drawing: fewer ticks, labels moved inside the frame, stacked layouts. */
  narrow: boolean;
}

/** The two drawings of every figure: `wide` (shown from 30rem) and `narrow` (phones). */
export const LAYOUTS = {
  wide: { width: CHART_WIDTH, fontSize: FONT_SIZE, narrow: false },
  narrow: { width: NARROW_CHART_WIDTH, fontSize: NARROW_FONT_SIZE, narrow: true },
} as const satisfies Record<string, ChartLayout>;

/** A layout name, used in snapshot file names (`<id>.narrow.svg`). */
export type LayoutName = keyof typeof LAYOUTS;
