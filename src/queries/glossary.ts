import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import yaml from 'js-yaml';
import type { GlossaryTerm } from '../schemas/glossary-term';

const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * The glossary in the plan's order (Annex 5 lists terms alphabetically, near enough): the order of
 * content/glossary.yaml. Astro's content store keeps a collection's entries sorted by id (since
 * Astro 6), so the order comes from the file itself.
 */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const ids = (yaml.load(readFileSync(resolve(GLOSSARY_FILE), 'utf8')) as { id: string }[]).map((t) => t.id);
  const position = (term: GlossaryTerm) => ids.indexOf(term.id);
  return (await getCollection('glossary'))
    .map((entry) => entry.data)
    .sort((a, b) => position(a) - position(b));
}
