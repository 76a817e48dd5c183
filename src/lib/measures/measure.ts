import type { LaitMark, LaitMeasureRow, LaitValueRow } from '../../schemas/lait';
import type { DfeNote, PeriodWords, SinceThePlan, Theme } from '../../schemas/since-the-plan';
import { formatFixed, formatGbp, formatNumber } from '../data/format';
import { t, type UiKey } from '../../i18n/en';

/** How a measure's values read: a rate per 10,000 children, a percentage or a weekly cost in £. */
export type ValueKind = 'rate' | 'percent' | 'cost';

/**
 * A followed measure: DfE's description (data/lait_measures.csv) joined with the site's choices
 * (content/since-the-plan.yaml). One typed record; every measure page is drawn from one.
 */
export interface Measure extends LaitMeasureRow {
  /** The name readers see, from content/since-the-plan.yaml. */
  name: string;
  /** The most decimal places among the measure's published values: how many to print where DfE gives no `dps`. */
  publishedDecimals: number;
  /** The group /since-the-plan/ shows it in. */
  theme: Theme;
  /** The figure of the plan's time this measure carries forward (the plan's or this site's), if any. */
  planFigure: string | undefined;
  /** The paragraph where the plan quotes this measure, if it does. */
  planParagraph: string | undefined;
  /** The plan's words and the figures it printed, where it prints any. */
  planQuote: { words: string; value: string; england?: string | undefined } | undefined;
  /** What a year of the measure covers, e.g. "at 31 March". */
  periodWords: PeriodWords;
  /** DfE's notes on the measure that the pages quote (series breaks, joint and missing returns). */
  dfeNotes: readonly DfeNote[];
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
      publishedDecimals: publishedDecimals(
        values.filter((v) => v.measure === row.measure).map((v) => v.value),
      ),
      name: chosen.name,
      theme: chosen.theme,
      planFigure: chosen.planFigure,
      planParagraph: chosen.planParagraph,
      planQuote: chosen.planQuote,
      periodWords: chosen.periodWords ?? yearTypePeriod(row.year_type),
      dfeNotes: chosen.dfeNotes ?? [],
      kind: valueKind(row.unit),
      planYear: planRow.year,
    };
  });
}

/**
 * A period as readers see it: DfE's label without the outturn marker, and "(provisional)" when
 * DfE marks the year provisional. "revised" and "final" are not shown: a figure revised is the
 * figure DfE now publishes, and "final" is not a revision.
 * @example periodLabel('2016-17 (OT)') // "2016-17"
 * @example periodLabel('2025', 'provisional') // "2025 (provisional)"
 */
export function periodLabel(period: string, mark: LaitMark | null = null): string {
  const label = period.replace(/ \(OT\)$/, '');
  return mark === 'provisional' ? t('period.provisional', { period: label }) : label;
}

/**
 * The most decimal places among a measure's published values, for a measure whose dictionary entry
 * gives none (DfE's `dps`): LAIT publishes rates of looked after children as whole numbers.
 * @example publishedDecimals([51, 55, null]) // 0
 * @example publishedDecimals([303.8, 330]) // 1
 */
export function publishedDecimals(values: readonly (number | null)[]): number {
  let most = 0;
  for (const v of values) {
    if (v === null) continue;
    const [, fraction = ''] = String(v).split('.');
    most = Math.max(most, fraction.length);
  }
  return most;
}

/** What formatting a value needs of its measure; `publishedDecimals` is set by joinMeasures. */
type Format = Pick<Measure, 'kind' | 'decimals'> & Partial<Pick<Measure, 'publishedDecimals'>>;

/** Decimal places to print: DfE's (`dps`), else the most its published values carry, else one. */
function decimalsOf(measure: Omit<Format, 'kind'>): number {
  return measure.decimals ?? measure.publishedDecimals ?? 1;
}

/**
 * Decimal places of a computed mean: DfE's (`dps`) where set, else one more than whole-number
 * values carry (at least one), the same in every row.
 * @example meanDecimals({ decimals: null, publishedDecimals: 0 }) // 1
 */
export function meanDecimals(measure: Omit<Format, 'kind'>): number {
  return measure.decimals ?? Math.max(measure.publishedDecimals ?? 1, 1);
}

/**
 * A computed mean as readers see it, with {@link meanDecimals} places: "57.3", "14.1%", "£1,967".
 * @example formatMean({ kind: 'rate', decimals: null, publishedDecimals: 0 }, 57.3) // "57.3"
 */
export function formatMean(measure: Format, value: number): string {
  return formatValue({ ...measure, decimals: meanDecimals(measure) }, value);
}

/**
 * A value as readers see it: "51", "14.8%" or "£1,165".
 * @example formatValue({ kind: 'cost', decimals: 0 }, 1165) // "£1,165"
 */
export function formatValue(measure: Format, value: number): string {
  if (measure.kind === 'cost') return formatGbp(value);
  const text = formatFixed(value, decimalsOf(measure));
  return measure.kind === 'percent' ? `${text}%` : text;
}

/**
 * An axis tick as readers see it: round numbers without trailing zeros ("10", "12.5%", "£1,000"),
 * since ticks are places on a scale, not published values.
 * @example formatTick({ kind: 'percent', decimals: null }, 10) // "10%"
 */
export function formatTick(measure: Format, value: number): string {
  if (measure.kind === 'cost') return formatGbp(value);
  const text = formatNumber(value, decimalsOf(measure));
  return measure.kind === 'percent' ? `${text}%` : text;
}

/**
 * A difference as readers see it, with its sign: "+4", "−1.4 points", "+£1,170".
 * Rounded to the decimals the values carry, so 313.9 − 303.8 prints as 10.1.
 */
export function formatDifference(measure: Format, difference: number): string {
  const rounded = roundTo(difference, decimalsOf(measure));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  const size = Math.abs(rounded);
  if (measure.kind === 'cost') return `${sign}${formatGbp(size)}`;
  const text = `${sign}${formatFixed(size, decimalsOf(measure))}`;
  return measure.kind === 'percent' ? `${text} ${size === 1 ? 'point' : 'points'}` : text;
}

/**
 * Rounds to `decimals` places, halves away from zero, first clearing binary-float noise (so a
 * difference such as 0.3 − 0.15 rounds as 0.15 does).
 * @example roundTo(-0.25, 1) // -0.3
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Number((value * f).toPrecision(12));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / f;
}

/** DfE's note that its collection of the measure changed, with the first year collected anew, if any. */
export function seriesBreakOf(measure: Pick<Measure, 'dfeNotes'>): DfeNote | undefined {
  return measure.dfeNotes.find((n) => n.kind === 'seriesBreak');
}

/** What LAIT's Year_Type says a year covers, where content/since-the-plan.yaml does not say. */
const YEAR_TYPE_PERIOD: Record<string, PeriodWords> = {
  Annual: 'at 31 March',
  'Financial Year': 'in the year to 31 March',
  'Annual (end of Sept)': 'at 30 September',
  'Calendar Year': 'in the calendar year',
};

/**
 * What a year covers, from DfE's Year_Type. Fails on a type the site has no words for, naming
 * where to give them.
 * @example yearTypePeriod('Annual (end of Sept)') // "at 30 September"
 */
export function yearTypePeriod(yearType: string): PeriodWords {
  const words = YEAR_TYPE_PERIOD[yearType];
  if (!words) {
    throw new Error(
      `DfE's year type "${yearType}" (data/lait_measures.csv) has no words on the site. Set periodWords for the measure in content/since-the-plan.yaml, or add the type to YEAR_TYPE_PERIOD in src/lib/measures/measure.ts.`,
    );
  }
  return words;
}

/**
 * A measure's period words as a phrase about every year, e.g. "at 31 March of each year".
 * @example periodPhrase({ periodWords: 'in the year to 30 September' }) // "in each year to 30 September"
 */
export function periodPhrase(measure: Pick<Measure, 'periodWords'>): string {
  return t(`since.period.${measure.periodWords}` as UiKey);
}
