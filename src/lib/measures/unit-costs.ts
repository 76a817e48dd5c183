/** DfE rounds S251 weekly unit costs to the nearest £5. */
export const COST_ROUNDING = 5;

/** The South East's premium over England, as a percentage, with the range rounding allows. */
export interface Premium {
  /** (South East ÷ England − 1) × 100, to one decimal. */
  percent: number;
  /** The lowest and highest premium the unrounded costs could give, to one decimal (outwards). */
  low: number;
  high: number;
}

/**
 * How much higher (or, when negative, lower) the South East's weekly unit cost is than England's.
 * Cash terms do not distort it, since both are in the same year's prices. Each cost is rounded to
 * £5, so the true costs lie within £2.50 either side, and the premium within the range returned.
 * @example premium(1165, 1095) // { percent: 6.4, low: 5.9, high: 6.9 }
 */
export function premium(southEast: number, england: number): Premium {
  const half = COST_ROUNDING / 2;
  if (england - half <= 0) throw new Error(`England's cost of £${england} is too small to compare with.`);
  const ratio = (a: number, b: number) => (a / b - 1) * 100;
  return {
    percent: Math.round(ratio(southEast, england) * 10) / 10,
    low: Math.floor(ratio(southEast - half, england + half) * 10) / 10,
    high: Math.ceil(ratio(southEast + half, england - half) * 10) / 10,
  };
}
