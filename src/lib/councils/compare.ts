import { t } from '../../i18n/en';
import { ordinal } from '../data/format';
import { formatValue, periodLabel, roundTo, type Measure } from '../measures/measure';
import { movement } from '../measures/summary';
import { ENGLAND_CODE, SOUTH_EAST_CODE } from '../measures/series';
import { rankAmong, type PeriodOf, type ValueIndex } from './measures';

/** How many councils the compare page highlights at once. */
export const COMPARE_LIMIT = 6;

/** An area compared: a council (with its slug when it has a page) or the South East or England. */
export interface CompareArea {
  code: number;
  name: string;
  /** The council's slug on this site; undefined for an authority outside the South East. */
  slug?: string | undefined;
}

/** Which authorities a council is ranked among. */
export type RankScope = 'southEast' | 'england';

/** One row of a compare table: an area's figures for one measure. */
export interface CompareRow {
  area: CompareArea;
  kind: 'council' | 'southEast' | 'england';
  latest: number | null;
  plan: number | null;
  /** latest − plan, rounded to the decimals the values carry; null when either year is not published. */
  difference: number | null;
  /** Position in the latest year among the rank scope's authorities with a figure (councils only). */
  rank: { position: number; of: number } | undefined;
}

/** A measure compared across chosen areas: the table's rows and the chart's lines. */
export interface CompareMeasure {
  measure: Measure;
  plan: PeriodOf;
  latest: PeriodOf;
  /** The councils in the order given, then the South East, then England. */
  rows: CompareRow[];
  /** Every year England has a row, oldest first. */
  periods: PeriodOf[];
  /** Each row's value in every period (same order as rows). */
  lines: { area: CompareArea; kind: CompareRow['kind']; values: (number | null)[] }[];
}

/**
 * The councils' figures for every measure in the plan's year and the latest year, the change, and
 * the rank in the latest year among `rankCodes` (the 19 South East councils, or England's
 * authorities), with the South East and England as the last rows. Values are only ever read from
 * the index: a year with no row is null, never filled in.
 */
export function compareMeasures(
  councils: readonly CompareArea[],
  measures: readonly Measure[],
  index: ValueIndex,
  rankCodes: readonly number[],
): CompareMeasure[] {
  const southEast: CompareArea = { code: SOUTH_EAST_CODE, name: t('councilTable.southEast') };
  const england: CompareArea = { code: ENGLAND_CODE, name: t('councilTable.england') };
  const areas = [
    ...councils.map((area) => ({ area, kind: 'council' as const })),
    { area: southEast, kind: 'southEast' as const },
    { area: england, kind: 'england' as const },
  ];
  return measures.map((measure) => {
    const code = measure.measure;
    const periods = index.periods(code);
    const latest = index.latest(code);
    const plan = periods.find((p) => p.year === measure.planYear) ?? {
      period: measure.plan_period,
      year: measure.planYear,
      mark: null,
    };
    const ranked = rankCodes.map((c) => index.value(code, c, latest.year));
    const rows = areas.map(({ area, kind }): CompareRow => {
      const now = index.value(code, area.code, latest.year);
      const then = index.value(code, area.code, plan.year);
      return {
        area,
        kind,
        latest: now,
        plan: then,
        difference:
          now === null || then === null
            ? null
            : roundTo(now - then, measure.decimals ?? measure.publishedDecimals),
        rank: kind === 'council' ? rankAmong(now, ranked) : undefined,
      };
    });
    return {
      measure,
      plan,
      latest,
      rows,
      periods,
      lines: areas.map(({ area, kind }) => ({
        area,
        kind,
        values: periods.map((p) => index.value(code, area.code, p.year)),
      })),
    };
  });
}

/**
 * The change from the plan's year in words, as the measure pages word it (its size, "higher" or
 * "lower", and "better" or "worse" only where DfE's polarity says), or why there is none.
 * @example changeWords(lac, -4) // "4 lower, which DfE counts as better"
 */
export function changeWords(measure: Measure, difference: number | null): string {
  return difference === null ? t('compare.change.missing') : movement(measure, difference);
}

/** A compare table's columns and formatted cells, with the slug of each council row (for its data attribute). */
export interface CompareTable {
  columns: { label: string; numeric: boolean }[];
  rows: string[][];
  /** The slug of each row's council; undefined for the South East, England and councils without a page here. */
  rowKeys: (string | undefined)[];
}

/**
 * The chart's data table: a row per line drawn (the councils, then the South East and England),
 * a column per year, "not published" where DfE published nothing.
 */
export function compareSeriesTable(m: CompareMeasure): CompareTable {
  return {
    columns: [
      { label: t('councilTable.council'), numeric: false },
      ...m.periods.map((p) => ({ label: periodLabel(p.period, p.mark), numeric: true })),
    ],
    rows: m.lines.map((line) => [
      line.area.name,
      ...line.values.map((v) => (v === null ? t('councilTable.notPublished') : formatValue(m.measure, v))),
    ]),
    rowKeys: m.lines.map((line) => (line.kind === 'council' ? line.area.slug : undefined)),
  };
}

/**
 * The table of one measure: a row per council, then the South East and England; the latest
 * value, the plan's-year value, the change in words and the rank.
 */
export function compareTable(m: CompareMeasure, scope: RankScope): CompareTable {
  const fmt = (v: number | null) => (v === null ? t('councilTable.notPublished') : formatValue(m.measure, v));
  return {
    columns: [
      { label: t('councilTable.council'), numeric: false },
      { label: periodLabel(m.latest.period, m.latest.mark), numeric: true },
      { label: t('compare.planYear', { period: periodLabel(m.plan.period, m.plan.mark) }), numeric: true },
      { label: t('compare.changeHeader'), numeric: false },
      { label: t(`compare.rankHeader.${scope}`), numeric: true },
    ],
    rows: m.rows.map((row) => [
      row.area.name,
      fmt(row.latest),
      fmt(row.plan),
      changeWords(m.measure, row.difference),
      row.rank ? t('councilTable.rank', { position: ordinal(row.rank.position), of: row.rank.of }) : '',
    ]),
    rowKeys: m.rows.map((row) => (row.kind === 'council' ? row.area.slug : undefined)),
  };
}
