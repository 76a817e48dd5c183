import { z } from 'astro/zod';

/** How many measures the site follows: each one adds a page and a row to every council page. */
export const FOLLOWED_MEASURES_MIN = 12;
export const FOLLOWED_MEASURES_MAX = 16;

const planNumber = z
  .string()
  .regex(/^\d+(?:\.\d+)?$/, 'write the plan’s figure in quotes, digits only, e.g. "15" or "1165"');

const paragraphNumber = z
  .string()
  .regex(/^(?:\d+\.\d+|A\d+\.\d+)$/, 'write the paragraph number in quotes, e.g. "2.13" or "A4.18"');

/** The words for what a measure's year covers, as readers see them beside its figures. */
export const PERIOD_WORDS = [
  'at 31 March',
  'in the year to 31 March',
  'at 30 September',
  'in the year to 30 September',
  'in the calendar year',
] as const;
export type PeriodWords = (typeof PERIOD_WORDS)[number];

/** What a note of DfE's, quoted from LAIT's data dictionary, tells the reader about the figures. */
export const DFE_NOTE_KINDS = ['seriesBreak', 'jointReturns', 'missingReturns'] as const;

/**
 * A note of DfE's on a measure: the opening words of a paragraph of the measure's description in
 * LAIT's data dictionary (data/lait_measures.csv, column description), which the pages quote in
 * full from the imported data, so the next import refreshes them.
 */
export const dfeNoteSchema = z
  .object({
    /**
     * seriesBreak: DfE changed how it collects the measure from `period` on; jointReturns: some
     * authorities file one return between them and LAIT repeats it for each; missingReturns:
     * some authorities gave no figures for `period`.
     */
    kind: z.enum(DFE_NOTE_KINDS, {
      error: () => `write one of ${DFE_NOTE_KINDS.join(', ')}`,
    }),
    /** Words copied exactly from the paragraph of the dictionary's description to quote. */
    words: z.string().min(10),
    /** LAIT's year label the note is about, e.g. "2022": the first year of the new collection. */
    period: z
      .string()
      .regex(/^\d{4}$/, 'write LAIT’s year label in quotes, e.g. "2022"')
      .optional(),
    /**
     * One sentence, from DfE's publication, saying how the note's words match LAIT's year labels,
     * e.g. which LAIT year is the first of a new collection.
     */
    explanation: z.string().min(1).optional(),
  })
  .strict()
  .refine((n) => n.kind === 'jointReturns' || n.period, {
    message: 'a seriesBreak or missingReturns note needs the LAIT year it is about, e.g. period: "2022"',
    path: ['period'],
  });
export type DfeNote = z.infer<typeof dfeNoteSchema>;
/** The themes /since-the-plan/ groups its measures by, in the order shown. */
export const THEMES = ['care', 'child protection', 'costs', 'workforce', 'SEND', 'care leavers'] as const;
export type Theme = (typeof THEMES)[number];

/** One measure the site follows from the plan's year to the latest published year. */
export const followedMeasureSchema = z
  .object({
    /** LAIT's short code ("Short Desc"), exactly as in the LAIT data dictionary, e.g. "LAC". */
    code: z.string().min(1),
    /** The measure's name as readers see it, short and plain, e.g. "Social worker turnover". */
    name: z.string().min(1).max(100),
    /** The group /since-the-plan/ shows the measure in, one of {@link THEMES}. */
    theme: z.enum(THEMES, {
      error: () => `write one of ${THEMES.map((t) => `"${t}"`).join(', ')}`,
    }),
    /** The page address under /since-the-plan/, e.g. "looked-after-rate". */
    slug: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'use lower-case words joined by hyphens, e.g. "looked-after-rate"',
      ),
    /**
     * The plan's year as DfE labels it in LAIT: the year of the data the plan quotes, e.g. "2017"
     * (at 31 March 2017, or the year to 31 March 2017) or "2016-17 (OT)" (financial-year outturn).
     */
    planPeriod: z.string().min(1),
    /** The paragraph where the plan itself quotes this measure, e.g. "2.13"; none if it does not. */
    planParagraph: paragraphNumber.optional(),
    /**
     * The id of the figure drawn from the data of the plan's time that this measure carries
     * forward, e.g. "lac-rates" (the plan's Figure 2) or "cin-rates" (this site's Figure S5).
     */
    planFigure: z.string().min(1).optional(),
    /**
     * Where the plan prints a figure for this measure in its text: its words, exactly as in
     * paragraph planParagraph, and the figures as the plan writes them, digits only ("15" for 15%,
     * "1165" for £1,165): `value` for the South East and `england` for England where it gives
     * one. The measure page sets DfE's figures for the plan's year beside them.
     */
    planQuote: z
      .object({
        words: z.string().min(1),
        value: planNumber,
        england: planNumber.optional(),
      })
      .strict()
      .optional(),
    /**
     * What a year of this measure covers, where LAIT's Year_Type would mislead (it files children
     * at 31 March under "Financial Year"): one of "at 31 March", "in the year to 31 March",
     * "at 30 September", "in the year to 30 September", "in the calendar year".
     */
    periodWords: z
      .enum(PERIOD_WORDS, {
        error: () => `write one of ${PERIOD_WORDS.map((w) => `"${w}"`).join(', ')}`,
      })
      .optional(),
    /** DfE's notes from LAIT's data dictionary that the pages quote beside the figures. */
    dfeNotes: z.array(dfeNoteSchema).min(1).optional(),
  })
  .strict()
  .refine((m) => !m.planQuote || m.planParagraph, {
    message: 'a planQuote needs the planParagraph its words come from',
    path: ['planQuote'],
  });
export type FollowedMeasure = z.infer<typeof followedMeasureSchema>;

/** One measure bearing on a priority, with the reason and the plan paragraph. */
export const priorityMeasureSchema = z
  .object({
    /** The measure's LAIT code, one of the codes under "measures", e.g. "Work_Force_TO_Rate". */
    code: z.string().min(1),
    /** The plan paragraph the measure relates to, e.g. "2.9". */
    paragraph: paragraphNumber,
    /** One sentence on why the measure bears on the priority, in the plan's terms. */
    why: z.string().min(1),
  })
  .strict();
export type PriorityMeasure = z.infer<typeof priorityMeasureSchema>;

/** What the published data can say about one priority: its measures, or why there are none. */
export const priorityMeasuresSchema = z.union([
  z.object({ measures: z.array(priorityMeasureSchema).min(1) }).strict(),
  z.object({ noMeasure: z.string().min(1) }).strict(),
]);
export type PriorityMeasures = z.infer<typeof priorityMeasuresSchema>;

/** How many headline measures a council page's key facts show. */
export const HEADLINE_MIN = 4;
export const HEADLINE_MAX = 6;

/** content/since-the-plan.yaml: the measures followed, and which priorities they bear on. */
export const sinceThePlanSchema = z
  .object({
    /** The measures a council page's key facts show first, by code, in the order shown (4 to 6). */
    headline: z.array(z.string().min(1)).min(HEADLINE_MIN).max(HEADLINE_MAX),
    /** The measures, in the order the site lists them. */
    measures: z.array(followedMeasureSchema).min(FOLLOWED_MEASURES_MIN).max(FOLLOWED_MEASURES_MAX),
    /** Keyed by priority id (the file name of content/priorities/<id>.mdx). */
    priorities: z.record(z.string(), priorityMeasuresSchema),
  })
  .strict()
  .superRefine((value, ctx) => {
    const codes = new Set<string>();
    const slugs = new Set<string>();
    value.measures.forEach((m, i) => {
      if (codes.has(m.code))
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'code'],
          message: `"${m.code}" is listed twice`,
        });
      if (slugs.has(m.slug))
        ctx.addIssue({ code: 'custom', path: ['measures', i, 'slug'], message: `"${m.slug}" is used twice` });
      codes.add(m.code);
      slugs.add(m.slug);
    });
    value.headline.forEach((code, i) => {
      if (!codes.has(code))
        ctx.addIssue({
          code: 'custom',
          path: ['headline', i],
          message: `"${code}" is not under "measures". Use one of ${[...codes].join(', ')}`,
        });
      if (value.headline.indexOf(code) !== i)
        ctx.addIssue({ code: 'custom', path: ['headline', i], message: `"${code}" is listed twice` });
    });
    for (const [priority, entry] of Object.entries(value.priorities)) {
      if (!('measures' in entry)) continue;
      entry.measures.forEach((m, i) => {
        if (!codes.has(m.code))
          ctx.addIssue({
            code: 'custom',
            path: ['priorities', priority, 'measures', i, 'code'],
            message: `"${m.code}" is not under "measures". Add it there, or use one of ${[...codes].join(', ')}`,
          });
      });
    }
  });
export type SinceThePlan = z.infer<typeof sinceThePlanSchema>;
