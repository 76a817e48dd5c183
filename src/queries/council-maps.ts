import { loadAllDataOnce } from '../datasets/index';
import { choropleth, MAPPED_MEASURES, type ChoroplethModel } from '../lib/councils/maps';
import { ValueIndex } from '../lib/councils/measures';
import { joinMeasures } from '../lib/measures/measure';
import { loadSelection } from '../lib/measures/selection';

/**
 * The maps of key measures on /councils/, in MAPPED_MEASURES' order, each with its table and CSV.
 * Fails, naming the file to change, when a mapped measure is not followed.
 */
export function getCouncilMaps(): ChoroplethModel[] {
  const data = loadAllDataOnce();
  const measures = joinMeasures(data.lait_measures, data.lait_values, loadSelection());
  const index = new ValueIndex(data.lait_values);
  return MAPPED_MEASURES.map((code) => {
    const measure = measures.find((m) => m.measure === code);
    if (!measure)
      throw new Error(
        `src/lib/councils/maps.ts maps "${code}", which content/since-the-plan.yaml does not follow. Valid codes: ${measures.map((m) => m.measure).join(', ')}.`,
      );
    return choropleth(measure, data.councils, index);
  });
}
