import { z } from 'astro/zod';

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
  })
  .strict();

export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
