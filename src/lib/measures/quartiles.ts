import type { LaitValueRow } from '../../schemas/lait';

/** The method, named on every page that shows quartiles. */
export const QUARTILE_METHOD =
  'quartiles of the authorities with a value, by linear interpolation between ranks (the method of Excel\u2019s QUARTILE.INC)';

/** Where England's authorities fall in one year. */
export interface Quartiles {
  year: number;
  period: string;
  /** Number of authorities with a published value that year. */
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/**
 * The p-quantile of sorted values by linear interpolation between ranks (Excel QUARTILE.INC,
 * R type 7): position p × (n − 1) from the lowest.
 * @example quantile([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('Cannot take a quantile of no values.');
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return Number((low + (high - low) * (position - below)).toPrecision(12));
}

/**
 * Quartiles of England's local authorities (area_type "authority") with a value in a year, or
 * undefined when none has one.
 */
export function englandQuartiles(
  values: readonly LaitValueRow[],
  measure: string,
  year: number,
): Quartiles | undefined {
  const rows = values.filter((v) => v.measure === measure && v.year === year && v.area_type === 'authority');
  const sorted = rows
    .map((r) => r.value)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const first = rows[0];
  if (!first || sorted.length === 0) return undefined;
  return {
    year,
    period: first.period,
    count: sorted.length,
    min: sorted[0] as number,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

/**
 * Which quarter of England's authorities a value falls in: 1 (the lowest quarter) to 4 (the
 * highest). A value on a quartile boundary counts in the lower quarter.
 */
export function quarterOf(value: number, q: Pick<Quartiles, 'q1' | 'median' | 'q3'>): 1 | 2 | 3 | 4 {
  if (value <= q.q1) return 1;
  if (value <= q.median) return 2;
  if (value <= q.q3) return 3;
  return 4;
}
