import { z } from 'astro/zod';

/** The plan's four groups of priorities, worded as the plan words them. */
export const PRIORITY_THEMES = [
  'Actions that will address practice issues',
  'Actions that will develop leadership capacity and staff resources',
  'Actions that will underpin the cycle of self-assessment and peer challenge',
  'Action to address the funding gap',
] as const;

/** The six key systemic challenges of paragraph 1.2, by short id. */
export const SYSTEMIC_CHALLENGES = {
  'financial-stringency': 'Financial stringency',
  'workforce-recruitment': 'Social work and social work manager recruitment and retention',
  placements: 'Affordable effective placements',
  'early-help': 'Effective early help',
  'fragmented-governance': 'Fragmented governance',
  send: 'Quality SEND provision and funding and managing rise in ECHPs',
} as const;

export type ChallengeId = keyof typeof SYSTEMIC_CHALLENGES;

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write the date as yyyy-mm-dd, or yyyy-mm');

/** A dated, sourced report of progress on a priority. */
export const progressUpdateSchema = z
  .object({
    /**
     * When the progress was reported: the source's date, yyyy-mm-dd, or yyyy-mm when the source
     * gives only its month (its release_date in data/sources.csv is blank). A later event the
     * source mentions goes in the text, e.g. "with a call scheduled for 26 November 2019".
     */
    date: isoDate,
    /** What was reported, in a sentence or two, close to the source's words. */
    text: z.string().min(1),
    /** The source_id in data/sources.csv the update comes from, e.g. "ADCS_SE_2019_12". */
    source: z.string().min(1),
  })
  .strict();

/**
 * Progress items must run oldest first. ISO dates compare as text, and "2019-06" sorts before
 * "2019-06-03": a month-only date comes before the days of its month.
 */
function checkProgressOrder(items: readonly { date: string }[], ctx: z.RefinementCtx): void {
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous && item.date < previous.date) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'date'],
        message: `item ${i + 1} (${item.date}) is listed after item ${i} (${previous.date}). List progress oldest first; a month-only date such as "2019-06" goes before the days of that month`,
      });
    }
  });
}

/** Frontmatter of one of the plan's priorities (content/priorities/*.mdx). */
export const prioritySchema = z
  .object({
    /** The priority's number: 1, 2, 3 … without gaps, each used once (the next new one is 11). */
    number: z.number().int().min(1),
    /** The title exactly as the plan lists it, e.g. "Data benchmarking". */
    title: z.string().min(1),
    /** A short name for navigation, at most 40 characters. */
    shortTitle: z.string().min(1).max(40),
    /** Which of the plan's four groups the priority belongs to, copied exactly. */
    theme: z.enum(PRIORITY_THEMES),
    /** One to three sentences, only restating what the plan says, citing its paragraphs. */
    summary: z.string().min(1),
    /** Plan paragraphs that set out the need, e.g. ["1.2", "2.18"]; each must exist. */
    paragraphs: z
      .array(z.string().regex(/^(?:\d+\.\d+|A\d+\.\d+)$/, 'write paragraph numbers as "2.18" or "A4.1"'))
      .min(1),
    /** Ids of figures (as in <Chart id="…">) that give the evidence; each must exist. */
    figures: z.array(z.string()).default([]),
    /** The systemic challenges of paragraph 1.2 the site's editors link to the priority. */
    challenges: z
      .array(z.enum(Object.keys(SYSTEMIC_CHALLENGES) as [ChallengeId, ...ChallengeId[]]))
      .default([]),
    /** Glossary ids (content/glossary.yaml) the priority page relies on, e.g. ["lac"]. */
    terms: z.array(z.string()).default([]),
    /** The plan's detailed actions for the priority, when an editor has them. */
    actions: z.array(z.string().min(1)).optional(),
    /** The lead or sponsor named by the plan. */
    lead: z.string().min(1).optional(),
    /** The plan's timescale, in its words. */
    timescale: z.string().min(1).optional(),
    /** The plan's success measures. */
    successMeasures: z.array(z.string().min(1)).optional(),
    /**
     * Progress reported since the plan was adopted, each dated and sourced, oldest first. A date
     * with only its month ("2019-06") goes before the days of that month ("2019-06-03").
     */
    progress: z.array(progressUpdateSchema).superRefine(checkProgressOrder).default([]),
    /** Fallback "Last updated" date (yyyy-mm-dd) for when the git history is not available. */
    lastUpdated: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export type Priority = z.infer<typeof prioritySchema>;
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
