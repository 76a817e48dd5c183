import { z } from 'astro/zod';

/** A change to the plan's own words, recorded so the site can show it and the checks accept it. */
export const amendmentSchema = z
  .object({
    /** The paragraph changed, as in <Para n="…">, e.g. "2.2" or "A4.3". */
    paragraph: z.string().regex(/^(?:\d+\.\d+|A\d+\.\d+)$/, 'write the paragraph number as "2.18" or "A4.1"'),
    /** The words as the plan had them, copied exactly (a phrase or whole sentences), e.g. "Child poverty was most frequently referred to by directors." */
    old: z.string().min(1),
    /** The words as they now read in content/plan, e.g. "Child poverty was the issue directors raised most often." */
    new: z.string().min(1),
    /** Why the plan's words changed and on whose authority, e.g. "Agreed by the Steering Group on 12 March 2020." */
    reason: z.string().min(1),
  })
  .strict();

export type Amendment = z.infer<typeof amendmentSchema>;

/** One entry of content/changelog.yaml: a change to the published plan or site. */
export const changelogEntrySchema = z
  .object({
    /** A unique id, e.g. "2026-11-26-first-web-edition". */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
    /** When the change was published, yyyy-mm-dd. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as yyyy-mm-dd'),
    /** What changed, in a sentence or two a councillor would understand. */
    summary: z.string().min(1),
    /** Ids of the sections or priorities affected (content/plan or content/priorities file names), or "all". */
    sections: z.array(z.string().min(1)).min(1),
    /** Changes to the plan's own words made by this entry, each shown on its paragraph. */
    amendments: z.array(amendmentSchema).default([]),
  })
  .strict();

export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
