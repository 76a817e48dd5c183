/**
 * Means of published decimals without binary floating point: each value is read as a whole number
 * of its smallest published unit (21.55 as 2155 hundredths), summed as a BigInt, divided once, and
 * rounded half away from zero. The methods page (/methods/) states this rule.
 */

/**
 * The number of decimal places a value is written with.
 * @example decimalPlaces(21.55) // 2
 */
export function decimalPlaces(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) throw new Error(`Cannot read ${text} as a published decimal.`);
  return text.split('.')[1]?.length ?? 0;
}

/** A value as a whole number of 10^-places units, read from its decimal digits. */
function toUnits(value: number, places: number): bigint {
  const [whole = '0', fraction = ''] = String(Math.abs(value)).split('.');
  const units = BigInt(whole + fraction.padEnd(places, '0'));
  return value < 0 ? -units : units;
}

/** numerator / denominator (denominator > 0), rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const size = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * size + denominator) / (2n * denominator);
  return numerator < 0n ? -rounded : rounded;
}

/**
 * The mean of published values, rounded half away from zero to `decimals` places, or null when
 * there are none.
 * @example exactMean([22.9, 20.2], 1) // 21.6 (21.55 in exact arithmetic)
 */
export function exactMean(values: readonly number[], decimals: number): number | null {
  if (values.length === 0) return null;
  const places = Math.max(decimals, ...values.map(decimalPlaces));
  const sum = values.reduce((total, v) => total + toUnits(v, places), 0n);
  const units = divideRounded(sum, BigInt(values.length) * 10n ** BigInt(places - decimals));
  return Number(`${units}e-${decimals}`);
}
