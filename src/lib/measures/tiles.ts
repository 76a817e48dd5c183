import { t } from '../../i18n/en';
import type { LaitMark } from '../../schemas/lait';
import { THEMES, type Theme } from '../../schemas/since-the-plan';
import { changeWords } from '../councils/key-facts';
import { formatValue, periodLabel, type Measure } from './measure';

/** One line of a sparkline: a CSS class (e.g. "se") and a value per year, null where none was published. */
export interface SparkSeries {
  className: string;
  values: readonly (number | null)[];
}

/** The first year a sparkline draws. */
export const SPARK_FROM = 2016;

/** One year of a measure for an area, beside the South East and England (null = not published). */
export interface TilePoint {
  period: string;
  year: number;
  /** DfE's mark on the year, e.g. "provisional"; null when it has none. */
  mark: LaitMark | null;
  /** The tile's own area: the South East on /since-the-plan/, the council on its page. */
  area: number | null;
  southEast: number | null;
  england: number | null;
}

/** A headline tile: a measure's latest value for one area, its change since the plan, and a sparkline. */
export interface Tile {
  measure: Measure;
  /** e.g. "55 in 2025", or "not published in 2025". */
  value: string;
  /** e.g. "Down 4 since 2017." (better/worse only by DfE's polarity). */
  change: string;
  /** The lines drawn, from {@link SPARK_FROM} to the latest year: the area, and the comparators. */
  spark: SparkSeries[];
}

/**
 * A tile for one measure and area. The latest year is the last in which England has a figure.
 * @param isSouthEast true on /since-the-plan/, where the area is the South East and England alone is beside it.
 * @example measureTile(lac, points, true).value // "55 in 2025"
 */
export function measureTile(measure: Measure, points: readonly TilePoint[], isSouthEast: boolean): Tile {
  const published = points.filter((p) => p.england !== null);
  const latest = published[published.length - 1] ?? points[points.length - 1];
  if (!latest) throw new Error(`data/lait_values.csv has no values for ${measure.measure}.`);
  const plan = points.find((p) => p.year === measure.planYear);
  const drawn = points.filter((p) => p.year >= SPARK_FROM && p.year <= latest.year);
  return {
    measure,
    value: t('keyFacts.value', {
      value: latest.area === null ? t('councilTable.notPublished') : formatValue(measure, latest.area),
      year: periodLabel(latest.period, latest.mark),
    }),
    change: changeWords(measure, plan?.area ?? null, latest.area, measure.plan_period),
    spark: [
      { className: 'england', values: drawn.map((p) => p.england) },
      ...(isSouthEast ? [] : [{ className: 'se', values: drawn.map((p) => p.southEast) }]),
      { className: isSouthEast ? 'se' : 'council', values: drawn.map((p) => p.area) },
    ],
  };
}

/**
 * Tiles grouped by their measure's theme, in the order of {@link THEMES}; themes without a
 * measure are left out, and measures keep their order within a theme.
 */
export function byTheme<T extends { measure: Pick<Measure, 'theme'> }>(
  tiles: readonly T[],
): { theme: Theme; tiles: T[] }[] {
  return THEMES.map((theme) => ({ theme, tiles: tiles.filter((x) => x.measure.theme === theme) })).filter(
    (g) => g.tiles.length > 0,
  );
}
