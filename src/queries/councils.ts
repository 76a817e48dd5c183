import { loadAllDataOnce } from '../datasets/index';
import { councilLabels } from '../lib/councils/names';
import { planMentions, type PlanMention } from '../lib/councils/plan-mentions';
import { byName } from '../lib/councils/profile';
import type { CouncilRow } from '../schemas/council';
import { getPlanSections } from './plan-sections';

/** A council and the sentences of the plan that name it. */
export interface CouncilEntry {
  council: CouncilRow;
  mentions: PlanMention[];
}

/** The 19 councils in alphabetical order, each with the plan's sentences naming it. */
export async function getCouncils(): Promise<CouncilEntry[]> {
  const { councils } = loadAllDataOnce();
  const sections = await getPlanSections();
  const mentions = planMentions(
    sections.map((s) => ({ id: s.id, body: s.body })),
    councilLabels(councils),
  );
  return byName(councils).map((council) => ({ council, mentions: mentions.get(council.slug) ?? [] }));
}
