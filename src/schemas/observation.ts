import { z } from 'astro/zod';
import { AREAS, AREA_TYPES } from './areas';
import { numberCell, oneOfCell, optionalTextCell, textCell } from './cells';

/** The columns every DfE long file shares, in order. */
export const OBSERVATION_COLUMNS = [
  'area',
  'area_type',
  'year',
  'period',
  'measure',
  'value',
  'unit',
  'source_id',
  'note',
] as const;

/** A year as the files write it: a calendar year ("2017") or a financial year ("2016-17"). */
export const yearCell = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-\d{2})?$/,
    'expected a year such as "2017" (31 March) or a financial year such as "2016-17"',
  );

/**
 * The row schema shared by the DfE long files (lac_rates, cpp_rates, cin_referral_rates,
 * s251_unit_costs): one published figure per row.
 * @param measures the measure codes the file may hold.
 * @param file the file name, for messages.
 */
export function observationRowSchema<const M extends readonly [string, ...string[]]>(measures: M) {
  return z.object({
    /** Area name in its canonical spelling, e.g. "South East" or "Windsor and Maidenhead". */
    area: oneOfCell(AREAS, 'src/schemas/areas.ts'),
    /** "country", "region" or "local_authority". */
    area_type: oneOfCell(AREA_TYPES, 'src/schemas/areas.ts'),
    /** "2017" for a figure at 31 March 2017 or in the year to 31 March 2017; "2016-17" for a financial year. */
    year: yearCell,
    /** What the year means, e.g. "31 March" or "financial year outturn". */
    period: textCell,
    /** Measure code, e.g. "cla_rate_per_10k". */
    measure: oneOfCell(measures, 'the dataset module in src/datasets/'),
    /** The figure as published, e.g. 51 or 303.8. Never blank. */
    value: numberCell,
    /** Unit of `value`, e.g. "rate per 10,000 children aged under 18". */
    unit: textCell,
    /** Where the figure comes from: a source_id in data/sources.csv, e.g. "DFE_CIN_2020". */
    source_id: textCell,
    /** Which column of the source file, and any caveat. May be blank. */
    note: optionalTextCell,
  });
}

/** One published figure from a DfE long file. */
export type ObservationRow = z.infer<ReturnType<typeof observationRowSchema<readonly [string, ...string[]]>>>;

/** The first calendar year a year cell refers to: 2017 for "2017", 2016 for "2016-17". */
export function startYear(year: string): number {
  return Number(year.slice(0, 4));
}
