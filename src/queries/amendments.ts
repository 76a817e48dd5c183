import { getCollection } from 'astro:content';
import type { Amendment } from '../schemas/changelog-entry';

/** An amendment to the plan's words with the date of the changelog entry that records it. */
export interface DatedAmendment extends Amendment {
  /** yyyy-mm-dd, from the changelog entry. */
  date: string;
}

/** Every amendment recorded in content/changelog.yaml, oldest first. */
export async function getAmendments(): Promise<DatedAmendment[]> {
  return (await getCollection('changelog'))
    .map((entry) => entry.data)
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((entry) => entry.amendments.map((amendment) => ({ ...amendment, date: entry.date })));
}
