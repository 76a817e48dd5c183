import { t } from '../../i18n/en';
import type { LaitMark, LaitValueRow, StatisticalNeighbourRow } from '../../schemas/lait';
import type { CouncilRow } from '../../schemas/council';
import {
  formatDifference,
  formatValue,
  periodLabel,
  meanDecimals,
  roundTo,
  seriesBreakOf,
  type Measure,
} from '../measures/measure';
import { compared, judgement } from '../measures/polarity';
import { exactMean } from '../measures/exact-mean';
import { englandQuartiles, quarterOf, type Quartiles } from '../measures/quartiles';
import { ENGLAND_CODE, SOUTH_EAST_CODE } from '../measures/series';

/**
 * The DfE statistical-neighbour model used for each year compared, the one rule for it: the
 * plan's year uses the earliest model held (DfE's models all postdate the plan) and the latest
 * year the newest, so a new model (sn_<month>_<year>.xlsx in seeds/lait/) is used as soon as it is
 * imported. Today: 2021 for the plan's year, 2025 for the latest.
 */
export function neighbourModels(neighbours: readonly Pick<StatisticalNeighbourRow, 'model'>[]): {
  plan: string;
  latest: string;
} {
  const models = [...new Set(neighbours.map((n) => n.model))].sort();
  const [plan] = models;
  const latest = models[models.length - 1];
  if (plan === undefined || latest === undefined) {
    throw new Error('data/statistical_neighbours.csv has no rows. Run "npm run import:lait".');
  }
  return { plan, latest };
}

/** The mean of a group's published values, and how many of the group had one. */
export interface GroupMean {
  /** In exact decimal arithmetic, rounded half away from zero to the decimals the measure prints; null when no member has a value. */
  mean: number | null;
  withValue: number;
  of: number;
}

/** One council's figures for a measure in one year, beside the groups it is compared with. */
export interface YearFigures {
  period: string;
  year: number;
  /** DfE's mark on the year, e.g. "provisional"; null for none. */
  mark: LaitMark | null;
  council: number | null;
  southEast: number | null;
  england: number | null;
  neighbours: GroupMean & { model: string };
  triad: GroupMean;
  /** Position among the South East councils with a value, 1 = highest value; ties share a place. */
  rank: { position: number; of: number } | undefined;
  /** Quarter of England's authorities the value falls in, 1 (lowest values) to 4 (highest). */
  quarter: 1 | 2 | 3 | 4 | undefined;
}

/** One year of the small chart: the council against the South East and England. */
export interface SeriesPoint {
  period: string;
  year: number;
  mark: LaitMark | null;
  council: number | null;
  southEast: number | null;
  england: number | null;
}

/** Everything a council page shows for one measure. */
export interface CouncilMeasure {
  measure: Measure;
  plan: YearFigures;
  latest: YearFigures;
  /** Every published year, oldest first. */
  series: SeriesPoint[];
  /** The South East councils' values in the latest year, highest first (those without one left out). */
  strip: { name: string; value: number }[];
  /** One sentence computed from the numbers; "better"/"worse" only where DfE's polarity says. */
  sentence: string;
}

/** What {@link councilMeasures} reads: the imported LAIT rows and the 19 councils. */
export interface CouncilMeasureData {
  values: readonly LaitValueRow[];
  neighbours: readonly StatisticalNeighbourRow[];
  councils: readonly CouncilRow[];
}

/** A year of a measure: DfE's label, the year it ends, and DfE's mark on it (null for none). */
export interface PeriodOf {
  period: string;
  year: number;
  mark: LaitMark | null;
}

/** Values looked up by measure, area and year, built once for all 19 pages. */
export class ValueIndex {
  private readonly byKey = new Map<string, LaitValueRow>();
  private readonly years = new Map<string, PeriodOf[]>();
  private readonly quartileCache = new Map<string, Quartiles | undefined>();

  constructor(private readonly values: readonly LaitValueRow[]) {
    for (const row of values) {
      this.byKey.set(`${row.measure}|${row.area_code}|${row.year}`, row);
      if (row.area_code === ENGLAND_CODE) {
        const list = this.years.get(row.measure) ?? [];
        list.push({ period: row.period, year: row.year, mark: row.mark });
        this.years.set(row.measure, list);
      }
    }
    for (const list of this.years.values()) list.sort((a, b) => a.year - b.year);
  }

  /** The published value, or null when DfE published none (or the area has no row). */
  value(measure: string, code: number, year: number): number | null {
    return this.byKey.get(`${measure}|${code}|${year}`)?.value ?? null;
  }

  /** England's quartiles in a year (computed once per measure and year). */
  quartiles(measure: string, year: number): Quartiles | undefined {
    const key = `${measure}|${year}`;
    if (!this.quartileCache.has(key))
      this.quartileCache.set(key, englandQuartiles(this.values, measure, year));
    return this.quartileCache.get(key);
  }

  /** The latest year England has a value (as latestPoint in src/lib/measures/series.ts, without a scan). */
  latest(measure: string): PeriodOf {
    const published = this.periods(measure).filter((p) => this.value(measure, ENGLAND_CODE, p.year) !== null);
    const last = published[published.length - 1];
    if (!last) throw new Error(`data/lait_values.csv has no England value for ${measure}.`);
    return last;
  }

  /** The years England has a row for, oldest first. */
  periods(measure: string): PeriodOf[] {
    return this.years.get(measure) ?? [];
  }
}

function groupMean(index: ValueIndex, measure: Measure, codes: readonly number[], year: number): GroupMean {
  const found = codes
    .map((code) => index.value(measure.measure, code, year))
    .filter((v): v is number => v !== null);
  return {
    mean: exactMean(found, meanDecimals(measure)),
    withValue: found.length,
    of: codes.length,
  };
}

/**
 * Rank of `value` among `others` (all the councils' values, its own included): 1 + the number of
 * councils with a higher value, so ties share a place.
 * @example rankAmong(5, [9, 5, 5, 1]) // { position: 2, of: 4 }
 */
export function rankAmong(value: number | null, all: readonly (number | null)[]): YearFigures['rank'] {
  if (value === null) return undefined;
  const published = all.filter((v): v is number => v !== null);
  return { position: 1 + published.filter((v) => v > value).length, of: published.length };
}

/**
 * The council's sentence for a measure, from the numbers alone. It says "better" or "worse" only
 * for measures DfE gives a polarity, and otherwise "higher" or "lower"; it never says why.
 */
export function councilSentence(
  measure: Measure,
  name: string,
  plan: Pick<YearFigures, 'period' | 'council' | 'mark'>,
  latest: Pick<YearFigures, 'period' | 'council' | 'england' | 'mark'>,
): string {
  const fmt = (v: number) => formatValue(measure, v);
  const planPeriod = periodLabel(plan.period, plan.mark);
  const latestPeriod = periodLabel(latest.period, latest.mark);
  if (latest.council === null) {
    return plan.council === null
      ? t('councilMeasure.none', { name, plan: planPeriod, latest: latestPeriod })
      : t('councilMeasure.noLatest', {
          name,
          plan: planPeriod,
          from: fmt(plan.council),
          latest: latestPeriod,
        });
  }
  const england =
    latest.england === null
      ? ''
      : t(`councilMeasure.england.${compared(measure.polarity, latest.council, latest.england)}`, {
          england: fmt(latest.england),
        });
  if (plan.council === null) {
    return t('councilMeasure.noPlan', {
      name,
      latest: latestPeriod,
      to: fmt(latest.council),
      plan: planPeriod,
      england,
    });
  }
  const difference = roundTo(latest.council - plan.council, measure.decimals ?? 1);
  const word = judgement(measure.polarity, difference);
  return t('councilMeasure.both', {
    name,
    latest: latestPeriod,
    to: fmt(latest.council),
    plan: planPeriod,
    from: fmt(plan.council),
    movement:
      difference === 0
        ? t('councilMeasure.unchanged')
        : t(difference > 0 ? 'councilMeasure.up' : 'councilMeasure.down', {
            size: formatDifference(measure, difference).replace(/^[+\u2212]/, ''),
          }),
    polarity: word === 'better' || word === 'worse' ? t(`councilMeasure.polarity.${word}`) : '',
    england,
  });
}

/** The sentence on DfE's change of collection between the two years compared, or "" when none falls between. */
function breakSentence(measure: Measure, plan: YearFigures, latest: YearFigures): string {
  const year = Number(seriesBreakOf(measure)?.period);
  return year > plan.year && year <= latest.year
    ? t('measure.break', {
        year,
        planPeriod: periodLabel(plan.period),
        latestPeriod: periodLabel(latest.period),
      })
    : '';
}

/**
 * A council's figures for every followed measure: its value in the plan's year and the latest
 * year beside the South East, England, the mean of its DfE statistical neighbours (models as
 * neighbourModels chooses them) and of its triad partners, its rank among the South East
 * councils and its quarter of England's authorities; the series for its small chart; and a
 * sentence.
 */
export function councilMeasures(
  council: CouncilRow,
  partners: readonly CouncilRow[],
  measures: readonly Measure[],
  data: CouncilMeasureData,
  index: ValueIndex = new ValueIndex(data.values),
): CouncilMeasure[] {
  const neighboursIn = (model: string) =>
    data.neighbours
      .filter((n) => n.model === model && n.la_number === council.la_number)
      .sort((a, b) => a.rank - b.rank)
      .map((n) => n.neighbour_number);
  const partnerCodes = partners.map((p) => p.la_number);
  const figures = (measure: Measure, period: string, year: number, model: string): YearFigures => {
    const value = index.value(measure.measure, council.la_number, year);
    const quartiles = index.quartiles(measure.measure, year);
    return {
      period,
      year,
      mark: index.periods(measure.measure).find((p) => p.year === year)?.mark ?? null,
      council: value,
      southEast: index.value(measure.measure, SOUTH_EAST_CODE, year),
      england: index.value(measure.measure, ENGLAND_CODE, year),
      neighbours: { ...groupMean(index, measure, neighboursIn(model), year), model },
      triad: groupMean(index, measure, partnerCodes, year),
      rank: rankAmong(
        value,
        data.councils.map((c) => index.value(measure.measure, c.la_number, year)),
      ),
      quarter: value === null || !quartiles ? undefined : quarterOf(value, quartiles),
    };
  };
  const model = neighbourModels(data.neighbours);
  return measures.map((measure) => {
    const latestYear = index.latest(measure.measure);
    const plan = figures(measure, measure.plan_period, measure.planYear, model.plan);
    const latest = figures(measure, latestYear.period, latestYear.year, model.latest);
    return {
      measure,
      plan,
      latest,
      series: index.periods(measure.measure).map(({ period, year, mark }) => ({
        period,
        year,
        mark,
        council: index.value(measure.measure, council.la_number, year),
        southEast: index.value(measure.measure, SOUTH_EAST_CODE, year),
        england: index.value(measure.measure, ENGLAND_CODE, year),
      })),
      strip: data.councils
        .map((c): { name: string; value: number | null } => ({
          name: c.name,
          value: index.value(measure.measure, c.la_number, latest.year),
        }))
        .filter((c): c is { name: string; value: number } => c.value !== null)
        .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name)),
      sentence: [councilSentence(measure, council.name, plan, latest), breakSentence(measure, plan, latest)]
        .filter(Boolean)
        .join(' '),
    };
  });
}
