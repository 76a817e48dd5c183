import { t } from '../../i18n/en';
import type { OfstedSeJudgementRow } from '../../schemas/plan-data';
import { formatReportDate } from '../data/format-date';
import { formatDifference, formatValue, periodLabel, roundTo, type Measure } from '../measures/measure';
import { judgement } from '../measures/polarity';
import type { CouncilMeasure } from './measures';
import { ordinal } from '../data/format';
import { inspectionDataEnd } from './profile';

/** One headline measure as a council page's key facts state it, every part already in words. */
export interface KeyFact {
  name: string;
  /** The council's latest value and its year, e.g. "51 in 2025", or "not published in 2025". */
  value: string;
  /** The South East and England in the same year. */
  beside: string;
  /** The council's change since the plan's year, e.g. "Up 3 since 2017, which DfE counts as worse." */
  change: string;
  /** Its place among the 19, e.g. "5th of 19 (1st = highest)", or "not published". */
  rank: string;
}

/** The facts a council page opens with: its latest full inspection and its headline measures. */
export interface KeyFacts {
  /** "Good, in the report published on 14 July 2017 (SIF). Our inspection data end in December 2024." */
  inspection: string;
  measures: KeyFact[];
}

/**
 * The change between the plan's year and the latest year, in words: up or down and by how much;
 * "better" or "worse" only where DfE's polarity says which way is better.
 * @example changeWords(lac, 50, 53, '2017') // "Up 3 since 2017, which DfE counts as worse."
 */
export function changeWords(
  measure: Pick<Measure, 'kind' | 'decimals' | 'polarity'>,
  from: number | null,
  to: number | null,
  planPeriod: string,
): string {
  const plan = periodLabel(planPeriod);
  if (from === null || to === null) return t('keyFacts.noChange', { plan });
  const difference = roundTo(to - from, measure.decimals ?? 1);
  if (difference === 0) return t('keyFacts.unchanged', { plan });
  const word = judgement(measure.polarity, difference);
  return t(difference > 0 ? 'keyFacts.up' : 'keyFacts.down', {
    size: formatDifference(measure, difference).replace(/^[+\u2212]/, ''),
    plan,
    polarity: word === 'better' || word === 'worse' ? t(`councilMeasure.polarity.${word}`) : '',
  });
}

/**
 * A council's key facts: its latest full Ofsted inspection (and when our inspection data end), and
 * for each headline measure its latest value beside the South East and England, its change since
 * the plan's year and its rank among the 19 South East councils.
 * @param headline measure codes, in the order shown (content/since-the-plan.yaml `headline`).
 */
export function councilKeyFacts(
  name: string,
  measures: readonly CouncilMeasure[],
  headline: readonly string[],
  judgements: readonly OfstedSeJudgementRow[],
): KeyFacts {
  const own = judgements
    .filter((r) => r.area === name)
    .sort((a, b) => (a.report_published < b.report_published ? 1 : -1));
  const latest = own[0];
  if (!latest) throw new Error(`data/ofsted_se_judgements.csv has no full inspection of ${name}.`);
  const inspection = t('keyFacts.inspection', {
    judgement: latest.overall_effectiveness,
    published: formatReportDate(latest.report_published),
    framework: latest.framework,
    end: formatReportDate(inspectionDataEnd(judgements)),
  });
  return {
    inspection,
    measures: headline.map((code) => {
      const m = measures.find((x) => x.measure.measure === code);
      if (!m) throw new Error(`content/since-the-plan.yaml: headline "${code}" is not a followed measure.`);
      const fmt = (v: number | null) =>
        v === null ? t('councilTable.notPublished') : formatValue(m.measure, v);
      const year = periodLabel(m.latest.period, m.latest.mark);
      return {
        name: m.measure.name,
        value: t('keyFacts.value', { value: fmt(m.latest.council), year }),
        beside: t('keyFacts.beside', { southEast: fmt(m.latest.southEast), england: fmt(m.latest.england) }),
        change: changeWords(m.measure, m.plan.council, m.latest.council, m.plan.period),
        rank: m.latest.rank
          ? t('keyFacts.rank', { position: ordinal(m.latest.rank.position), of: m.latest.rank.of })
          : t('councilTable.notPublished'),
      };
    }),
  };
}
