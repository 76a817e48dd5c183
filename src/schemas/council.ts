import { z } from 'astro/zod';
import { SE_AUTHORITIES } from './areas';
import { countCell, oneOfCell, optionalTextCell, textCell } from './cells';

/** Whether an authority was a unitary council or a county council in the plan's year (2019). */
export const COUNCIL_TYPES = ['unitary', 'county'] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

/** One row of data/councils.csv: one of the 19 South East children's services authorities of 2019. */
export const councilRowSchema = z.object({
  /** The page address under /councils/, lower case words joined by hyphens, e.g. "isle-of-wight". */
  slug: textCell.pipe(
    z
      .string()
      .regex(/^[a-z]+(-[a-z]+)*$/, 'expected lower case words joined by hyphens, e.g. "isle-of-wight"'),
  ),
  /** The council's name as the site and the DfE files spell it, e.g. "Windsor and Maidenhead". */
  name: oneOfCell(SE_AUTHORITIES, 'src/schemas/areas.ts'),
  /** DfE's local authority number, e.g. 921 for the Isle of Wight (from DfE's LA code list). */
  la_number: countCell,
  /** "unitary" or "county": what the council was in 2019, e.g. "county" for Buckinghamshire. */
  type_2019: oneOfCell(COUNCIL_TYPES, 'src/schemas/council.ts'),
  /**
   * The plan's own short forms of the name, separated by ";", e.g. "W&M" or "BHCC"; empty when the
   * plan always writes the name in full. The site links these to the council's page too.
   */
  plan_abbreviations: optionalTextCell,
  /**
   * "yes" when the name is also an ordinary English word that can start a sentence (e.g. "Reading"):
   * the site then links it in running text only where it cannot be that word, mid-sentence.
   */
  also_a_word: oneOfCell(['yes', 'no'] as const, 'src/schemas/council.ts'),
  /** The source of the name and LA number, from data/sources.csv, e.g. "DFE_LAIT_2026". */
  source_id: textCell,
  /** Anything a reader should know, e.g. a later change of status. */
  note: optionalTextCell,
});
export type CouncilRow = z.infer<typeof councilRowSchema>;

/**
 * The plan's short forms of a council's name, as a list.
 * @example planAbbreviations({ plan_abbreviations: 'W&M' }) // ['W&M']
 */
export function planAbbreviations(council: Pick<CouncilRow, 'plan_abbreviations'>): string[] {
  return council.plan_abbreviations === ''
    ? []
    : council.plan_abbreviations.split(';').map((label) => label.trim());
}
