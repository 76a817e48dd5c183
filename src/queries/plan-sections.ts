import { getCollection, type CollectionEntry } from 'astro:content';
import { sortSections } from '../lib/text/sections';

export type PlanEntry = CollectionEntry<'plan'>;

/** Every chapter and annex, in the plan's reading order. */
export async function getPlanSections(): Promise<PlanEntry[]> {
  const entries = await getCollection('plan');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const sorted = sortSections(entries.map((entry) => ({ id: entry.id, ...entry.data })));
  return sorted.map((section) => byId.get(section.id) as PlanEntry);
}
