import { z } from 'astro/zod';

/** One entry of the plan's glossary (Annex 5), in content/glossary.yaml. */
export const glossaryTermSchema = z
  .object({
    /** Lower-case id used in links (`/glossary/#term-lac`), e.g. "lac" or "section-251-outturn-statement". */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "lac"'),
    /** The term as the plan prints it, e.g. "LAC". */
    term: z.string().min(1),
    /** The plan's definition, word for word, e.g. "Looked after children". */
    definition: z.string().min(1),
    /** true when the term is an abbreviation (shown with <abbr> in the text), false for a phrase. */
    abbreviation: z.boolean(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
