import type { LaitMeasureRow, LaitValueRow } from '../../schemas/lait';
import type { SinceThePlan, Theme } from '../../schemas/since-the-plan';
import { formatGbp, formatNumber } from '../format';
import { en, t, type UiKey } from '../../i18n/en';

/** How a measure's values read: a rate per 10,000 children, a percentage or a weekly cost in £. */
export type ValueKind = 'rate' | 'percent' | 'cost';

/**
 * A followed measure: DfE's description (data/lait_measures.csv) joined with the site's choices
 * (content/since-the-plan.yaml). One typed record; every measure page is drawn from one.
 */
export interface Measure extends LaitMeasureRow {
  /** The name readers see, from content/since-the-plan.yaml. */
  name: string;
  /** The group /since-the-plan/ shows it in. */
  theme: Theme;
  /** The plan's own figure this measure carries forward, if any. */
  planFigure: string | undefined;
  /** The paragraph where the plan quotes this measure, if it does. */
  planParagraph: string | undefined;
  /** The plan's words and figure for the South East, where it gives one in its text. */
  planQuote: { words: string; value: string } | undefined;
  /** How the values read. */
  kind: ValueKind;
  /** The year the plan's period ends, e.g. 2017 for "2016-17 (OT)". */
  planYear: number;
}

/**
 * What kind of value a DfE unit label describes. Fails on a label it does not know, so a new
 * measure's unit is looked at before it is printed.
 * @example valueKind('Rate per 10,000') // "rate"
 */
export function valueKind(unit: string): ValueKind {
  if (unit === 'Unit Cost') return 'cost';
  if (/^Rate per 10,000$/.test(unit)) return 'rate';
  if (unit.startsWith('%') || unit === 'Turnover rate') return 'percent';
  throw new Error(
    `The unit "${unit}" in data/lait_measures.csv is not one the site knows how to print. Add it to valueKind in src/lib/measures/measure.ts.`,
  );
}

/**
 * Joins the imported measure rows with the selection file, in the selection's order. Fails when
 * the two disagree (the import was not re-run).
 */
export function joinMeasures(
  rows: readonly LaitMeasureRow[],
  values: readonly LaitValueRow[],
  selection: SinceThePlan,
): Measure[] {
  return selection.measures.map((chosen) => {
    const row = rows.find((r) => r.measure === chosen.code);
    if (!row || row.slug !== chosen.slug || row.plan_period !== chosen.planPeriod) {
      throw new Error(
        `Measure "${chosen.code}" in content/since-the-plan.yaml does not match data/lait_measures.csv. Run "npm run import:lait".`,
      );
    }
    const planRow = values.find((v) => v.measure === row.measure && v.period === row.plan_period);
    if (!planRow) {
      throw new Error(
        `data/lait_values.csv has no rows for ${row.measure} in ${row.plan_period}. Run "npm run import:lait".`,
      );
    }
    return {
      ...row,
      name: chosen.name,
      theme: chosen.theme,
      planFigure: chosen.planFigure,
      planParagraph: chosen.planParagraph,
      planQuote: chosen.planQuote,
      kind: valueKind(row.unit),
      planYear: planRow.year,
    };
  });
}

/**
 * A period as readers see it: DfE's label without the outturn marker.
 * @example periodLabel('2016-17 (OT)') // "2016-17"
 */
export function periodLabel(period: string): string {
  return period.replace(/ \(OT\)$/, '');
}

/** Decimal places to print: DfE's when it gives them, else the one decimal its figures carry. */
function decimalsOf(measure: Pick<Measure, 'decimals'>): number {
  return measure.decimals ?? 1;
}

/**
 * A value as readers see it: "51", "14.8%" or "£1,165".
 * @example formatValue({ kind: 'cost', decimals: 0 }, 1165) // "£1,165"
 */
export function formatValue(measure: Pick<Measure, 'kind' | 'decimals'>, value: number): string {
  if (measure.kind === 'cost') return formatGbp(value);
  const text = formatNumber(value, decimalsOf(measure));
  return measure.kind === 'percent' ? `${text}%` : text;
}

/**
 * A difference as readers see it, with its sign: "+4", "−1.4 points", "+£1,170".
 * Rounded to the decimals the values carry, so 313.9 − 303.8 prints as 10.1.
 */
export function formatDifference(measure: Pick<Measure, 'kind' | 'decimals'>, difference: number): string {
  const rounded = roundTo(difference, decimalsOf(measure));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  const size = Math.abs(rounded);
  if (measure.kind === 'cost') return `${sign}${formatGbp(size)}`;
  const text = `${sign}${formatNumber(size, decimalsOf(measure))}`;
  return measure.kind === 'percent' ? `${text} ${size === 1 ? 'point' : 'points'}` : text;
}

/** Rounds to `decimals` places without binary-float noise. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * What a year means for a measure, in words, from DfE's Year_Type. Fails on a type the site has
 * no words for, naming where to add them.
 * @example yearTypeWords('Annual (end of Sept)') // "at 30 September of each year"
 */
export function yearTypeWords(yearType: string): string {
  const key = `since.yearType.${yearType}`;
  if (!(key in en)) {
    throw new Error(
      `DfE's year type "${yearType}" (data/lait_measures.csv) has no words on the site. Add "${key}" to src/i18n/en.ts.`,
    );
  }
  return t(key as UiKey);
}
