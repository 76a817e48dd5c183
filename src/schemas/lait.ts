import { z } from 'astro/zod';
import { countCell, numberCell, oneOfCell, optionalTextCell, textCell } from './cells';

/**
 * Row schemas of the files `npm run import:lait` writes from DfE's Local Authority Interactive
 * Tool (LAIT). The files are generated: to change one, change content/since-the-plan.yaml or the
 * import script and run the import again, rather than editing the CSV.
 */

/** DfE's polarity for a measure: which way is better, if either. */
export const POLARITIES = ['higher_better', 'lower_better', 'neither'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Kinds of area in LAIT. */
export const LAIT_AREA_TYPES = ['country', 'region', 'authority'] as const;
export type LaitAreaType = (typeof LAIT_AREA_TYPES)[number];

/** A cell that is blank when DfE did not publish the figure, and a number otherwise. */
export const optionalNumberCell = z.string().transform((raw, ctx): number | null => {
  if (raw.trim() === '') return null;
  const parsed = numberCell.safeParse(raw);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'expected a number' });
    return z.NEVER;
  }
  return parsed.data;
});

/** One row of data/lait_measures.csv: a measure the site follows, as DfE's dictionary describes it. */
export const laitMeasureRowSchema = z.object({
  /** LAIT's short code, e.g. "LAC". */
  measure: textCell,
  /** The page address under /since-the-plan/, e.g. "looked-after-rate". */
  slug: textCell.pipe(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens'),
  ),
  /** DfE's name for the measure (dictionary column "Measure"). */
  title: textCell,
  /** DfE's chart title (dictionary column "Chart_title"). */
  chart_title: textCell,
  /** DfE's axis label, the unit of the values (dictionary column "y_axis_name"), e.g. "Rate per 10,000". */
  unit: textCell,
  /** Which way is better: "higher_better", "lower_better" or "neither" (dictionary column "Polarity"). */
  polarity: oneOfCell(POLARITIES, 'src/schemas/lait.ts'),
  /** Decimal places DfE shows (dictionary column "dps"); blank when DfE gives none. */
  decimals: optionalNumberCell,
  /** What a year means for the measure (dictionary column "Year_Type"), e.g. "Financial Year". */
  year_type: textCell,
  /** The plan's year as DfE labels it, e.g. "2017" or "2016-17 (OT)". */
  plan_period: textCell,
  /** The DfE publication the figures come from. */
  publication_url: textCell.pipe(z.url('expected a web address starting https://')),
  /**
   * DfE's description of the measure (dictionary column "Description"), verbatim with its line
   * breaks; blank when DfE gives none.
   */
  description: optionalTextCell,
  /**
   * How DfE calculates the measure (dictionary column "Methodology"), verbatim with its line
   * breaks, e.g. series breaks or joint returns; blank when DfE gives none.
   */
  methodology: optionalTextCell,
  /** Source id in data/sources.csv. */
  source_id: textCell,
});
export type LaitMeasureRow = z.infer<typeof laitMeasureRowSchema>;

const NUMBER = /^-?\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;
const VALUE_COLUMNS = [
  'measure',
  'area_code',
  'area',
  'area_type',
  'period',
  'year',
  'mark',
  'value',
  'source_id',
] as const;

/** DfE's marks on a year: provisional, revised, or final (which is not a revision). */
export const LAIT_MARKS = ['provisional', 'revised', 'final'] as const;
export type LaitMark = (typeof LAIT_MARKS)[number];
const OPTIONAL = new Set(['value', 'mark']);

/**
 * One row of data/lait_values.csv: one measure for one area and one period. The file has tens of
 * thousands of rows, so the row is checked in one pass (cell by cell, with the same messages as
 * the cell types in cells.ts) rather than through a zod type per cell.
 */
export const laitValueRowSchema = z.record(z.string(), z.string()).transform((cells, ctx) => {
  const fail = (column: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [column], message });
    return z.NEVER;
  };
  const text: Record<string, string> = {};
  for (const column of VALUE_COLUMNS) {
    const cell = (cells[column] ?? '').trim();
    if (cell === '' && !OPTIONAL.has(column))
      return fail(column, 'is blank. This column needs a value on every row');
    text[column] = cell;
  }
  const areaType = text.area_type as string;
  if (!(LAIT_AREA_TYPES as readonly string[]).includes(areaType)) {
    return fail(
      'area_type',
      `"${areaType}" is not an allowed value. Use one of "country", "region", "authority"`,
    );
  }
  const mark = text.mark as string;
  if (mark !== '' && !(LAIT_MARKS as readonly string[]).includes(mark)) {
    return fail(
      'mark',
      `"${mark}" is not an allowed value. Use one of "provisional", "revised", "final", or leave it blank`,
    );
  }
  for (const column of ['area_code', 'year'] as const) {
    if (!WHOLE.test(text[column] as string)) {
      return fail(column, `expected a whole number of 0 or more, found "${text[column]}"`);
    }
  }
  const value = text.value as string;
  if (value !== '' && !NUMBER.test(value)) {
    return fail(
      'value',
      `expected a number, found "${value}". Write digits only (a minus sign and a decimal point are allowed), or leave the cell empty if the figure was not published`,
    );
  }
  return {
    /** LAIT's short code, one of data/lait_measures.csv, e.g. "LAC". */
    measure: text.measure as string,
    /** LAIT's number for the area: 970 England, 980 to 990 the regions, others authorities. */
    area_code: Number(text.area_code),
    /** The area's name as LAIT spells it, e.g. "South East". */
    area: text.area as string,
    /** "country", "region" or "authority". */
    area_type: areaType as LaitAreaType,
    /** The period as DfE labels it, without its mark, e.g. "2017" or "2016-17 (OT)". */
    period: text.period as string,
    /** The year the period ends, e.g. 2017 for "2016-17 (OT)". */
    year: Number(text.year),
    /** DfE's mark on the year ("2025 (prov)" is provisional), or null when it has none. */
    mark: mark === '' ? null : (mark as LaitMark),
    /** The figure as DfE publishes it; null when not published (never 0 for a gap). */
    value: value === '' ? null : Number(value),
    /** Source id in data/sources.csv. */
    source_id: text.source_id as string,
  };
});
export type LaitValueRow = z.infer<typeof laitValueRowSchema>;

/** One row of data/lait_authorities.csv: an authority LAIT lists, with its region and type. */
export const laitAuthorityRowSchema = z.object({
  /** DfE's number for the authority, e.g. 886 (Kent). */
  la_number: countCell,
  /** The authority's name as LAIT spells it. */
  la_name: textCell,
  /** The region, as la_code_list.csv names it (London split Inner/Outer). */
  region: textCell,
  /** UA (unitary), SC (shire county), MD (metropolitan district), ILB/OLB (Inner/Outer London borough). */
  la_type: oneOfCell(['UA', 'SC', 'MD', 'ILB', 'OLB'] as const, 'src/schemas/lait.ts'),
  /** Source id in data/sources.csv. */
  source_id: textCell,
});
export type LaitAuthorityRow = z.infer<typeof laitAuthorityRowSchema>;

/** One row of data/statistical_neighbours.csv: one of an authority's ten statistical neighbours. */
export const statisticalNeighbourRowSchema = z.object({
  /** The year of the DfE model, from its workbook's name (sn_may_2025.xlsx is "2025"). */
  model: textCell.pipe(z.string().regex(/^\d{4}$/, 'expected the model\u2019s year, four digits, e.g. 2025')),
  /** The authority's DfE number. */
  la_number: countCell,
  /** The authority's name. */
  la_name: textCell,
  /** 1 for the nearest neighbour, up to 10. */
  rank: countCell,
  /** The neighbour's DfE number. */
  neighbour_number: countCell,
  /** The neighbour's name. */
  neighbour_name: textCell,
  /** DfE's closeness band as printed, e.g. "Very close" (capitals vary in the source). */
  closeness: optionalTextCell,
  /** Source id in data/sources.csv. */
  source_id: textCell,
});
export type StatisticalNeighbourRow = z.infer<typeof statisticalNeighbourRowSchema>;
