import type { LaitAuthorityRow, LaitMark, LaitValueRow } from '../../schemas/lait';
import { t } from '../../i18n/en';
import { formatNumber, listOf } from '../data/format';
import { formatDifference, formatValue, periodLabel, seriesBreakOf, type Measure } from './measure';
import { judgement } from './polarity';
import { englandQuartiles, type Quartiles } from './quartiles';
import {
  changeBetween,
  ENGLAND_CODE,
  latestPoint,
  newestYear,
  seriesOf,
  SOUTH_EAST_CODE,
  type Change,
} from './series';
import { premium, type Premium } from './unit-costs';

/** One area's values in the plan's year and the latest year. */
export interface AreaChange {
  area: string;
  code: number;
  from: number | null;
  to: number | null;
  /** Present when both years are published. */
  change: Change | undefined;
}

/** Every number a measure page's summary states, computed from data/lait_values.csv. */
export interface MeasureSummary {
  plan: { period: string; year: number };
  latest: { period: string; year: number; mark: LaitMark | null };
  /** The newest year of any followed measure (LAIT runs to it); later than latest.year when DfE has not published this measure for it. */
  newestYear: number;
  southEast: AreaChange;
  england: AreaChange;
  /** The 19 South East councils, highest latest value first; those without one last, by name. */
  councils: AreaChange[];
  /** Councils whose figure rose, fell or stayed the same between the two years. */
  counts: { up: number; down: number; same: number; notComparable: string[] };
  /** Highest and lowest latest values among the councils. */
  highest: { area: string; value: number } | undefined;
  lowest: { area: string; value: number } | undefined;
  quartiles: { plan: Quartiles | undefined; latest: Quartiles | undefined };
  /** For unit costs: the South East's premium over England in both years. */
  premium: { plan: Premium; latest: Premium } | undefined;
}

/** The South East councils' LAIT numbers, from data/lait_authorities.csv. */
export function southEastCouncils(authorities: readonly LaitAuthorityRow[]): LaitAuthorityRow[] {
  return authorities.filter((a) => a.region === 'South East');
}

function areaChange(
  values: readonly LaitValueRow[],
  measure: string,
  code: number,
  area: string,
  from: number,
  to: number,
): AreaChange {
  const series = seriesOf(values, measure, code);
  const at = (year: number) => series.find((p) => p.year === year)?.value ?? null;
  return { area, code, from: at(from), to: at(to), change: changeBetween(series, from, to) };
}

/**
 * Computes a measure page's numbers: the South East and England in the plan's year and the
 * latest year, the 19 councils' changes, England's quartiles and, for unit costs, the premium.
 */
export function summariseMeasure(
  measure: Measure,
  values: readonly LaitValueRow[],
  authorities: readonly LaitAuthorityRow[],
): MeasureSummary {
  const rows = values.filter((v) => v.measure === measure.measure);
  const latest = latestPoint(rows, measure.measure);
  const planYear = measure.planYear;
  const make = (code: number, area: string) =>
    areaChange(rows, measure.measure, code, area, planYear, latest.year);
  const southEast = make(SOUTH_EAST_CODE, 'South East');
  const england = make(ENGLAND_CODE, 'England');
  const councils = southEastCouncils(authorities)
    .map((a) => make(a.la_number, a.la_name))
    .sort((a, b) => (b.to ?? -Infinity) - (a.to ?? -Infinity) || a.area.localeCompare(b.area));
  const compared = councils.filter((c) => c.change);
  const withLatest = councils.filter((c) => c.to !== null);
  const top = withLatest[0];
  const bottom = withLatest[withLatest.length - 1];
  let costPremium: MeasureSummary['premium'];
  if (
    measure.kind === 'cost' &&
    southEast.from !== null &&
    england.from !== null &&
    southEast.to !== null &&
    england.to !== null
  ) {
    costPremium = { plan: premium(southEast.from, england.from), latest: premium(southEast.to, england.to) };
  }
  return {
    plan: { period: measure.plan_period, year: planYear },
    latest: { period: latest.period, year: latest.year, mark: latest.mark },
    newestYear: newestYear(values),
    southEast,
    england,
    councils,
    counts: {
      up: compared.filter((c) => (c.change as Change).difference > 0).length,
      down: compared.filter((c) => (c.change as Change).difference < 0).length,
      same: compared.filter((c) => (c.change as Change).difference === 0).length,
      notComparable: councils
        .filter((c) => !c.change)
        .map((c) => c.area)
        .sort(),
    },
    highest: top && top.to !== null ? { area: top.area, value: top.to } : undefined,
    lowest: bottom && bottom.to !== null ? { area: bottom.area, value: bottom.to } : undefined,
    quartiles: {
      plan: englandQuartiles(rows, measure.measure, planYear),
      latest: englandQuartiles(rows, measure.measure, latest.year),
    },
    premium: costPremium,
  };
}

/**
 * How a change reads: "4 higher", or for measures with a DfE polarity "1.4 points lower, which
 * DfE counts as better". Never says why it changed.
 */
export function movement(
  measure: Pick<Measure, 'kind' | 'decimals' | 'polarity'>,
  difference: number,
): string {
  if (difference === 0) return t('measure.unchanged');
  const amount = formatDifference(measure, difference).replace(/^[+\u2212]/, '');
  const direction = difference > 0 ? 'higher' : 'lower';
  const word = judgement(measure.polarity, difference);
  return measure.polarity === 'neither'
    ? t('measure.amount', { amount, direction })
    : t('measure.amount.judged', { amount, direction, judgement: word });
}

function premiumText(p: Premium): { headline: string; range: string } {
  const percent = formatNumber(Math.abs(p.percent), 1);
  return {
    headline:
      p.percent >= 0 ? t('measure.premium.above', { percent }) : t('measure.premium.below', { percent }),
    range:
      p.low >= 0
        ? t('measure.premium.range', { low: formatNumber(p.low, 1), high: formatNumber(p.high, 1) })
        : p.high <= 0
          ? t('measure.premium.range.below', { low: formatNumber(-p.high, 1), high: formatNumber(-p.low, 1) })
          : t('measure.premium.range.across', {
              low: formatNumber(-p.low, 1),
              high: formatNumber(p.high, 1),
            }),
  };
}

/** A count as a word in a sentence: "none" for 0. */
function countWord(n: number): string | number {
  return n === 0 ? 'none' : n;
}

/** The sentences on how the South East and England moved (and, for unit costs, the premium). */
export function areaSentences(measure: Measure, s: MeasureSummary): string[] {
  const planPeriod = periodLabel(s.plan.period);
  const latestPeriod = periodLabel(s.latest.period, s.latest.mark);
  const fmt = (v: number) => formatValue(measure, v);
  const areaSentence = (key: 'measure.area.southEast' | 'measure.area.england', a: AreaChange) =>
    a.change
      ? t(measure.kind === 'cost' ? 'measure.moved.cost' : 'measure.moved', {
          area: t(key),
          from: fmt(a.change.from),
          to: fmt(a.change.to),
          planPeriod,
          latestPeriod,
          movement: movement(measure, a.change.difference),
        })
      : t('measure.missing', { area: t(key), planPeriod, latestPeriod });
  const out = [
    areaSentence('measure.area.southEast', s.southEast),
    areaSentence('measure.area.england', s.england),
  ];
  const breakYear = Number(seriesBreakOf(measure)?.period);
  if (breakYear > s.plan.year && breakYear <= s.latest.year) {
    out.push(t('measure.break', { year: breakYear, planPeriod, latestPeriod }));
  }
  const behind = s.newestYear - s.latest.year;
  if (behind > 0) {
    out.push(
      behind === 1
        ? t('measure.notYet', { newest: String(s.newestYear), latestPeriod })
        : t('measure.stopped', { latestPeriod }),
    );
  }
  if (s.premium) {
    const plan = premiumText(s.premium.plan);
    const latest = premiumText(s.premium.latest);
    out.push(
      t('measure.premium', {
        plan: plan.headline,
        latest: latest.headline,
        planPeriod,
        latestPeriod,
        planRange: plan.range,
        latestRange: latest.range,
      }),
    );
  }
  return out;
}

/** The sentences on the 19 councils and where England's authorities fall. */
export function councilSentences(measure: Measure, s: MeasureSummary): string[] {
  const planPeriod = periodLabel(s.plan.period);
  const latestPeriod = periodLabel(s.latest.period, s.latest.mark);
  const fmt = (v: number) => formatValue(measure, v);
  const out: string[] = [];
  const { up, down, same, notComparable } = s.counts;
  const total = s.councils.length;
  out.push(
    measure.polarity === 'neither'
      ? t('measure.councils', {
          total,
          up: countWord(up),
          down: countWord(down),
          same: countWord(same),
          planPeriod,
          latestPeriod,
        })
      : t('measure.councils.judged', {
          total,
          better: countWord(measure.polarity === 'higher_better' ? up : down),
          worse: countWord(measure.polarity === 'higher_better' ? down : up),
          same: countWord(same),
          planPeriod,
          latestPeriod,
        }),
  );
  if (notComparable.length > 0) {
    out.push(t('measure.councils.missing', { n: notComparable.length, names: listOf(notComparable) }));
  }
  if (s.highest && s.lowest) {
    out.push(
      t('measure.councils.range', {
        latestPeriod,
        highArea: s.highest.area,
        high: fmt(s.highest.value),
        lowArea: s.lowest.area,
        low: fmt(s.lowest.value),
      }),
    );
  }
  const q = s.quartiles.latest;
  if (q) {
    out.push(
      t('measure.quartiles', {
        count: q.count,
        period: latestPeriod,
        q1: fmt(q.q1),
        q3: fmt(q.q3),
        median: fmt(q.median),
      }),
    );
    if (measure.dfeNotes.some((n) => n.kind === 'jointReturns')) out.push(t('measure.quartiles.joint'));
    if (measure.dfeNotes.some((n) => n.kind === 'missingReturns' && n.period === q.period)) {
      out.push(t('measure.quartiles.missing', { period: latestPeriod }));
    }
  }
  return out;
}

/**
 * The summary a measure page prints, as sentences computed from the numbers: how the South East
 * and England moved, how many councils rose or fell, the highest and lowest, where England's
 * authorities fall and, for unit costs, the premium over England. Never says why a figure moved.
 */
export function summaryText(measure: Measure, s: MeasureSummary): string[] {
  return [...areaSentences(measure, s), ...councilSentences(measure, s)];
}
