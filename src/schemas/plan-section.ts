import { z } from 'astro/zod';

/** Frontmatter of a chapter or annex of the plan (content/plan/*.mdx). */
export const planSectionSchema = z
  .object({
    /** The section's heading exactly as the plan prints it, e.g. "Characteristics of the South-East region". */
    title: z.string().min(1),
    /** A short name for navigation and PDF footers, at most 30 characters, e.g. "Characteristics". */
    shortTitle: z.string().min(1).max(30),
    /** Position in the plan: 1 and 2 for the chapters, then the annexes. Must be unique. */
    order: z.number().int().positive(),
    /** "chapter" for the numbered chapters, "annex" for the annexes. */
    kind: z.enum(['chapter', 'annex']),
    /** The plan's own number for the section, e.g. "2" for chapter 2 or "4" for Annex 4. */
    number: z.string().regex(/^\d+$/, 'write the section number as digits in quotes, e.g. "2"'),
    /** One or two sentences that restate what the section says, for lists and search results. */
    summary: z.string().min(1),
    /** Fallback "Last updated" date (yyyy-mm-dd) for when the git history is not available. */
    lastUpdated: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export type PlanSection = z.infer<typeof planSectionSchema>;
