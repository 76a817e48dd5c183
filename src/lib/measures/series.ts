import type { LaitMark, LaitValueRow } from '../../schemas/lait';
import { decimalPlaces } from './exact-mean';
import { roundTo } from './measure';

/** LAIT's numbers for England and the South East region. */
export const ENGLAND_CODE = 970;
export const SOUTH_EAST_CODE = 989;

/** One published year of a measure for one area; `value` is null when DfE published none. */
export interface Point {
  period: string;
  year: number;
  value: number | null;
  /** DfE's mark on the year, e.g. "provisional"; null when it has none. */
  mark: LaitMark | null;
}

/**
 * The measure's values for one area, oldest first.
 * @example seriesOf(values, 'LAC', SOUTH_EAST_CODE)[0] // { period: '2016', year: 2016, value: 51, mark: null }
 */
export function seriesOf(values: readonly LaitValueRow[], measure: string, areaCode: number): Point[] {
  return values
    .filter((v) => v.measure === measure && v.area_code === areaCode)
    .map((v) => ({ period: v.period, year: v.year, value: v.value, mark: v.mark }))
    .sort((a, b) => a.year - b.year);
}

/** The value in a year, or null when not published (or the area has no row that year). */
export function valueIn(series: readonly Point[], year: number): number | null {
  return series.find((p) => p.year === year)?.value ?? null;
}

/**
 * The latest year DfE has published the measure for England: the "latest year" pages compare
 * with the plan's year.
 */
export function latestPoint(values: readonly LaitValueRow[], measure: string): Point {
  const published = seriesOf(values, measure, ENGLAND_CODE).filter((p) => p.value !== null);
  const latest = published[published.length - 1];
  if (!latest) throw new Error(`data/lait_values.csv has no England value for ${measure}.`);
  return latest;
}

/**
 * The newest year of any followed measure with a value for England: the year LAIT runs to. A
 * measure whose latest year is older says so rather than taking another year's place.
 */
export function newestYear(values: readonly LaitValueRow[]): number {
  let newest = -Infinity;
  for (const v of values)
    if (v.area_code === ENGLAND_CODE && v.value !== null && v.year > newest) newest = v.year;
  if (newest === -Infinity) throw new Error('data/lait_values.csv has no England value.');
  return newest;
}

/** A change between two years, when both values are published. */
export interface Change {
  from: number;
  to: number;
  /** to − from, rounded to the decimals the values carry. */
  difference: number;
}

/**
 * The change in an area's value from one year to another, or undefined if either is missing.
 * @example changeBetween([{ year: 2017, value: 51 }, { year: 2025, value: 55 }], 2017, 2025) // { from: 51, to: 55, difference: 4 }
 */
export function changeBetween(
  series: readonly Pick<Point, 'year' | 'value'>[],
  fromYear: number,
  toYear: number,
): Change | undefined {
  const from = series.find((p) => p.year === fromYear)?.value ?? null;
  const to = series.find((p) => p.year === toYear)?.value ?? null;
  if (from === null || to === null) return undefined;
  const places = Math.max(decimalPlaces(from), decimalPlaces(to));
  return { from, to, difference: roundTo(to - from, places) };
}
