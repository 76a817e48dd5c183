import { z } from 'astro/zod';
import { REGIONS, SE_AUTHORITIES } from './areas';
import { countCell, numberCell, oneOfCell, optionalTextCell, textCell } from './cells';

const paragraph = textCell.pipe(z.string().regex(/^\d+\.\d+$/, 'expected a paragraph number such as "2.6"'));

/** Ofsted grades in the order the plan's table prints them. */
export const OFSTED_GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;
export type OfstedGrade = (typeof OFSTED_GRADES)[number];

/** One row of data/ofsted_regional_counts.csv: how many authorities in a region had a grade. */
export const ofstedRegionalCountRowSchema = z.object({
  /** Region, e.g. "South East" (London is split into "Inner London" and "Outer London"). */
  region: oneOfCell(REGIONS, 'src/schemas/areas.ts'),
  /** Overall effectiveness grade at the last full inspection, e.g. "Good". */
  grade: oneOfCell(OFSTED_GRADES, 'src/schemas/plan-data.ts'),
  /** Number of authorities with that grade on 7 March 2019, e.g. 8. */
  count: countCell,
  /** "SEED_PLAN_TEXT" for the plan's own table, "OFSTED_REPORTS_D2I" for our recount. */
  source_id: textCell,
  /** How the figure was obtained. */
  note: optionalTextCell,
});
export type OfstedRegionalCountRow = z.infer<typeof ofstedRegionalCountRowSchema>;

/** One row of data/ofsted_se_judgements.csv: one inspection report of a South East authority. */
export const ofstedSeJudgementRowSchema = z.object({
  /** The authority inspected, e.g. "Kent". */
  area: oneOfCell(SE_AUTHORITIES, 'src/schemas/areas.ts'),
  /** "SIF" (single inspection framework) or "ILACS". */
  framework: oneOfCell(['SIF', 'ILACS'] as const, 'src/schemas/plan-data.ts'),
  /** Inspection dates as printed on the report, e.g. "13 to 17 June 2022". */
  inspection_start_text: textCell,
  /** Date the report was published, yyyy-mm-dd. */
  report_published: textCell.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd')),
  /** Overall effectiveness as printed, e.g. "Requires improvement to be good". */
  overall_effectiveness: oneOfCell(
    ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'] as const,
    'src/schemas/plan-data.ts',
  ),
  /** "yes" on the one report per authority in force on 7 March 2019, otherwise "no". */
  latest_full_inspection_as_at_2019_03_07: oneOfCell(['yes', 'no'] as const, 'src/schemas/plan-data.ts'),
  /** Source id, e.g. "OFSTED_REPORTS_D2I". */
  source_id: textCell,
  /** The report file inside the source repository. */
  source_path: textCell,
});
export type OfstedSeJudgementRow = z.infer<typeof ofstedSeJudgementRowSchema>;

/** One row of data/school_data.csv: one cell of the plan's Table 1 (para 2.15). */
export const schoolDataRowSchema = z.object({
  /** Row position in the plan's table, 1 at the top; both areas share it. */
  row: countCell,
  /** The table's group heading without its qualifier, e.g. "All Schools". */
  group: textCell,
  /** The qualifier printed with the heading, e.g. "as at 3 March 2019"; blank if none. */
  group_qualifier: optionalTextCell,
  /** The measure as the plan labels it, e.g. "% schools rated good or better". */
  measure: textCell,
  /** "South East" or "England". */
  area: oneOfCell(['South East', 'England'] as const, 'src/schemas/plan-data.ts'),
  /** The figure as printed, e.g. 88.4. */
  value: numberCell,
  /** "percent" or "score" (Progress 8 and Attainment 8). */
  unit: oneOfCell(['percent', 'score'] as const, 'src/schemas/plan-data.ts'),
  /** The source the plan prints under Table 1 for this row, verbatim. */
  plan_source: textCell,
  /** Always "SEED_PLAN_TEXT". */
  source_id: textCell,
  /**
   * Which way is better for the measure: "higher_is_better" or "lower_is_better", as DfE or Ofsted
   * define it (say where in polarity_source); blank when no source says. Only with a direction may
   * the site call a difference better or worse; without one it says higher or lower.
   */
  polarity: oneOfCell(['higher_is_better', 'lower_is_better', ''] as const, 'src/schemas/plan-data.ts'),
  /**
   * Where the direction comes from, e.g. "Department for Education, LAIT data dictionary …, measure
   * KS1R_Expected_STD: Polarity High". Required when polarity is filled in.
   */
  polarity_source: optionalTextCell,
  /** Where in the plan, and any caveat. */
  note: optionalTextCell,
});
export type SchoolDataRow = z.infer<typeof schoolDataRowSchema>;

/** One row of data/send_inspections.csv: SEND inspection outcomes the plan reports (para 2.6). */
export const sendInspectionRowSchema = z.object({
  /** "South East" or "England". */
  area: oneOfCell(['South East', 'England'] as const, 'src/schemas/plan-data.ts'),
  /** Number of authorities that had had a SEND inspection report, e.g. 10. */
  authorities_with_report: countCell,
  /** How many of them had to produce a written statement of action, e.g. 4. */
  written_statement_of_action: countCell,
  /** Plan paragraph, e.g. "2.6". */
  paragraph,
  /** The plan's own words for these figures. */
  plan_words: textCell,
  /** Always "SEED_PLAN_TEXT". */
  source_id: textCell,
});
export type SendInspectionRow = z.infer<typeof sendInspectionRowSchema>;

/** One row of data/triads.csv: an authority's place in a peer-challenge triad (Annex 4). */
export const triadRowSchema = z.object({
  /** Triad number, 1 to 6. */
  triad: countCell,
  /** Column of the plan's table the member is printed in, 1 to 3. */
  position: countCell,
  /** The member as the plan labels it, e.g. "W&M" or "Hampshire and IoW". */
  plan_label: textCell,
  /** The authority under its canonical name, e.g. "Windsor and Maidenhead". */
  area: oneOfCell(SE_AUTHORITIES, 'src/schemas/areas.ts'),
  /** Always "SEED_PLAN_TEXT". */
  source_id: textCell,
  /** Where in the plan, and how the label was read. */
  note: optionalTextCell,
});
export type TriadRow = z.infer<typeof triadRowSchema>;

/** One row of data/system_map_links.csv: one cause-and-effect link the plan states. */
export const systemMapLinkRowSchema = z.object({
  /** The cause, in a few words, e.g. "Austerity and budget cutbacks". */
  from: textCell,
  /** The effect, e.g. "Reduced early help safety net". */
  to: textCell,
  /** The paragraph that states the link, e.g. "1.4". */
  paragraph,
  /** The plan's own words for the link, quoted exactly ("…" marks words left out). */
  plan_words: textCell,
  /** Always "SEED_PLAN_TEXT". */
  source_id: textCell,
});
export type SystemMapLinkRow = z.infer<typeof systemMapLinkRowSchema>;
