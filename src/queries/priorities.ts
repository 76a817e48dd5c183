import { getCollection, type CollectionEntry } from 'astro:content';
import { sortPriorities } from '../lib/text/priorities';

export type PriorityEntry = CollectionEntry<'priorities'>;

/** The priorities in number order (1, 2, 3 …); a gap or a repeated number fails the build. */
export async function getPriorities(): Promise<PriorityEntry[]> {
  const entries = await getCollection('priorities');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return sortPriorities(entries.map((entry) => ({ id: entry.id, ...entry.data }))).map(
    (p) => byId.get(p.id) as PriorityEntry,
  );
}
