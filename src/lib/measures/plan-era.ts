import type { MeasureSummary } from './summary';
import type { Measure } from './measure';
import { formatGbp, formatNumber } from '../data/format';

/** A plan-era figure: one row of the data behind the plan's own figure. */
export interface PlanEraRow {
  area: string;
  year: string;
  value: number;
  source_id: string;
}

/** The plan's year for one area in two sources: the plan era's and LAIT's (possibly revised). */
export interface PlanEraComparison {
  area: 'South East' | 'England';
  /** The figure in the source the plan's own figure uses; null if that source has none. */
  planEra: number | null;
  planEraSource: string | undefined;
  /** LAIT's figure for the same year. */
  lait: number | null;
  /** True when both are published and differ. */
  differs: boolean;
}

/**
 * Sets the plan-era source's figures for the plan's year beside LAIT's, for the South East and
 * England, so a page can say which is which where DfE has revised a figure.
 * @param planRows the rows the plan's figure shows (its `select`).
 * @param planYearLabel the plan's year as the plan-era files write it, e.g. "2017" or "2016-17".
 */
export function comparePlanEra(
  planRows: readonly PlanEraRow[],
  summary: Pick<MeasureSummary, 'southEast' | 'england'>,
  planYearLabel: string,
): PlanEraComparison[] {
  return (['South East', 'England'] as const).map((area) => {
    const row = planRows.find((r) => r.area === area && r.year === planYearLabel);
    const lait = area === 'South East' ? summary.southEast.from : summary.england.from;
    const planEra = row?.value ?? null;
    return {
      area,
      planEra,
      planEraSource: row?.source_id,
      lait,
      differs: planEra !== null && lait !== null && planEra !== lait,
    };
  });
}

/** The plan's figure from its text beside LAIT's for the same year and area. */
export interface PlanQuoteComparison {
  /** The plan's figure, as a number. */
  plan: number;
  /** LAIT's figure, or null when it publishes none. */
  lait: number | null;
  /** LAIT's figure rounded as the plan writes its own (same number of decimals). */
  laitRounded: number | null;
  /** True when LAIT's figure, so rounded, is the plan's. */
  matches: boolean;
}

/**
 * Compares the figure the plan writes (e.g. "15" for 15%) with LAIT's, rounded to as many
 * decimals as the plan gives.
 * @example comparePlanQuote('15', 16) // { plan: 15, lait: 16, laitRounded: 16, matches: false }
 */
export function comparePlanQuote(planValue: string, lait: number | null): PlanQuoteComparison {
  const decimals = planValue.split('.')[1]?.length ?? 0;
  const plan = Number(planValue);
  const laitRounded = lait === null ? null : Number(lait.toFixed(decimals));
  return { plan, lait, laitRounded, matches: laitRounded === plan };
}

/** One area's figures for the plan's year: the plan's printed figure beside DfE's. */
export interface PlanFigureRow {
  area: 'South East' | 'England';
  /** The figure as the plan printed it (digits only), or undefined when it printed none. */
  plan: string | undefined;
  /** DfE's figure in the release the figure of the plan's time is drawn from (null: none published). */
  release: number | null;
  /** LAIT's figure for the plan's year (null: none published). */
  lait: number | null;
  /** Whether LAIT's figure, rounded as the plan rounds, is the plan's; undefined when either is missing. */
  laitRoundsToPlan: boolean | undefined;
}

/**
 * The plan's printed figures for the South East and England beside DfE's: the release of the
 * plan's time (from the figure's rows, if any) and LAIT. Only numbers the plan printed fill `plan`.
 */
export function planFigureRows(
  quote: { value: string; england?: string | undefined } | undefined,
  planEra: readonly PlanEraComparison[] | undefined,
  summary: Pick<MeasureSummary, 'southEast' | 'england'>,
): PlanFigureRow[] {
  return (['South East', 'England'] as const).map((area) => {
    const plan = area === 'South East' ? quote?.value : quote?.england;
    const lait = area === 'South East' ? summary.southEast.from : summary.england.from;
    const release = planEra?.find((r) => r.area === area)?.planEra ?? null;
    return {
      area,
      plan,
      release,
      lait,
      laitRoundsToPlan:
        plan === undefined || lait === null ? undefined : comparePlanQuote(plan, lait).matches,
    };
  });
}

/**
 * A figure as the plan printed it: "554", "15%", "£1,165".
 * @example formatPlanFigure({ kind: 'cost' }, '1165') // "£1,165"
 */
export function formatPlanFigure(measure: Pick<Measure, 'kind'>, digits: string): string {
  if (measure.kind === 'cost') return formatGbp(Number(digits));
  const text = formatNumber(Number(digits), digits.split('.')[1]?.length ?? 0);
  return measure.kind === 'percent' ? `${text}%` : text;
}
