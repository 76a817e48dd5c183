import { loadAllDataOnce } from '../datasets/index';
import { joinMeasures, type Measure } from '../lib/measures/measure';
import { loadSelection } from '../lib/measures/selection';
import type { SinceThePlan } from '../schemas/since-the-plan';

let cache: { measures: Measure[]; selection: SinceThePlan } | undefined;

/** The followed measures (data/lait_measures.csv joined with content/since-the-plan.yaml), read once. */
export function getMeasures(): Measure[] {
  return load().measures;
}

/** content/since-the-plan.yaml, read once: which measures bear on which priority. */
export function getSelection(): SinceThePlan {
  return load().selection;
}

function load(): { measures: Measure[]; selection: SinceThePlan } {
  if (!cache) {
    const data = loadAllDataOnce();
    const selection = loadSelection();
    cache = { selection, measures: joinMeasures(data.lait_measures, data.lait_values, selection) };
  }
  return cache;
}
