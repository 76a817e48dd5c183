import { getCollection } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary-term';

/** The glossary in the plan's order (Annex 5 lists terms alphabetically, near enough). */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}
