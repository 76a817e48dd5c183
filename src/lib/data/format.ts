/**
 * Number formatting for readers (en-GB): thousands separators, no trailing zeros beyond what the
 * source published.
 */

const cache = new Map<number, Intl.NumberFormat>();

/**
 * Formats a number with up to `maxDecimals` decimals, as published.
 * @example formatNumber(9830) // "9,830"
 * @example formatNumber(303.8) // "303.8"
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  let f = cache.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals });
    cache.set(maxDecimals, f);
  }
  return f.format(value).replace('-', '\u2212');
}

/**
 * Formats a number with exactly `decimals` decimal places, so that every value of one measure
 * shows the same decimals ("17.0%" beside "15.2%", not "17%"); en-GB, true minus sign.
 * @example formatFixed(17, 1) // "17.0"
 */
export function formatFixed(value: number, decimals: number): string {
  const key = -1 - decimals;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f.format(value).replace('-', '\u2212');
}

/**
 * Formats pounds, whole pounds.
 * @example formatGbp(1165) // "£1,165"
 */
export function formatGbp(value: number): string {
  return `£${formatNumber(value, 0)}`;
}

/**
 * A share as a whole percentage, rounded half up as the plan's tables are.
 * @example percentOf(7, 19) // 37
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) throw new Error(`Cannot take a percentage of ${whole}: the total must be more than 0.`);
  return Math.round((part / whole) * 100);
}

/**
 * Joins words as an English list.
 * @example listOf(['a', 'b', 'c']) // "a, b and c"
 */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * An English ordinal: 1st, 2nd, 3rd, 11th, 22nd.
 * @example ordinal(22) // "22nd"
 */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
