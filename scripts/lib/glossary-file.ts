import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary-term';

/** content/glossary.yaml, validated with the same schema as the Astro collection. */
export async function loadGlossary(file = 'content/glossary.yaml'): Promise<GlossaryTerm[]> {
  return z.array(glossaryTermSchema).parse(yaml.load(await readFile(file, 'utf8')));
}
