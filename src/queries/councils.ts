import { loadAllDataOnce } from '../datasets/index';
import { councilLabels } from '../lib/councils/names';
import { councilMeasures, ValueIndex, type CouncilMeasure } from '../lib/councils/measures';
import { planMentions, type PlanMention } from '../lib/councils/plan-mentions';
import { byName, triadPlace } from '../lib/councils/profile';
import { joinMeasures } from '../lib/measures/measure';
import { loadSelection } from '../lib/measures/selection';
import type { CouncilRow } from '../schemas/council';
import { getPlanSections } from './plan-sections';

/** A council, the sentences of the plan that name it and its figures for every followed measure. */
export interface CouncilEntry {
  council: CouncilRow;
  mentions: PlanMention[];
  /** Its triad partners (the councils in the triad's other places). */
  partners: CouncilRow[];
  measures: CouncilMeasure[];
}

let cache: Promise<CouncilEntry[]> | undefined;

async function load(): Promise<CouncilEntry[]> {
  const data = loadAllDataOnce();
  const sections = await getPlanSections();
  const mentions = planMentions(
    sections.map((s) => ({ id: s.id, body: s.body })),
    councilLabels(data.councils),
  );
  const measures = joinMeasures(data.lait_measures, data.lait_values, loadSelection());
  const index = new ValueIndex(data.lait_values);
  const byCouncilName = new Map(data.councils.map((c) => [c.name as string, c]));
  return byName(data.councils).map((council) => {
    const partners = triadPlace(council.name, data.triads).partners.map((name) => {
      const partner = byCouncilName.get(name);
      if (!partner) throw new Error(`data/triads.csv names "${name}", which is not in data/councils.csv.`);
      return partner;
    });
    return {
      council,
      mentions: mentions.get(council.slug) ?? [],
      partners,
      measures: councilMeasures(
        council,
        partners,
        measures,
        { values: data.lait_values, neighbours: data.statistical_neighbours, councils: data.councils },
        index,
      ),
    };
  });
}

/** The 19 councils in alphabetical order, computed once per build (pages, CSVs and maps share it). */
export function getCouncils(): Promise<CouncilEntry[]> {
  cache ??= load();
  return cache;
}
