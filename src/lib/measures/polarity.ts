import type { Polarity } from '../../schemas/lait';

/** How a change reads: "better"/"worse" only where DfE says which way is better. */
export type Judgement = 'better' | 'worse' | 'higher' | 'lower' | 'unchanged';

/**
 * The word for a change, following DfE's polarity: "better" or "worse" for measures DfE marks as
 * higher- or lower-is-better; "higher" or "lower" and nothing more for the others.
 * @example judgement('lower_better', -1.4) // "better"
 * @example judgement('neither', 4) // "higher"
 */
export function judgement(polarity: Polarity, difference: number): Judgement {
  if (difference === 0) return 'unchanged';
  const up = difference > 0;
  if (polarity === 'higher_better') return up ? 'better' : 'worse';
  if (polarity === 'lower_better') return up ? 'worse' : 'better';
  return up ? 'higher' : 'lower';
}

/**
 * Whether a value compares well with another under DfE's polarity (for "above England's"
 * sentences): "better"/"worse" for polar measures, "higher"/"lower" for the others.
 * @example compared('higher_better', 52, 54) // "worse"
 */
export function compared(polarity: Polarity, value: number, reference: number): Judgement {
  return judgement(polarity, value - reference);
}
