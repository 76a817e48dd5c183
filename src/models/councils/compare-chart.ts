import type { CompareChartSpec } from '../../charts/council/compare-chart';
import { t } from '../../i18n/en';
import type { CompareMeasure } from '../../lib/councils/compare';
import { formatTick, periodLabel } from '../../lib/measures/measure';
import { chartUnit } from './measure-table';

/**
 * What the compare chart draws for a measure: every period, a line per row of the compare table
 * (councils keyed by slug), the plan's year.
 */
export function compareChartSpec(m: CompareMeasure): CompareChartSpec {
  return {
    periods: m.periods.map((p) => ({ year: p.year, label: periodLabel(p.period, p.mark) })),
    lines: m.lines.map((line) => ({
      key: line.area.slug ?? String(line.area.code),
      name: line.area.name,
      kind: line.kind,
      values: line.values,
    })),
    planYear: m.plan.year,
    format: (v) => formatTick(m.measure, v),
    text: { plan: t('councilChart.plan'), unit: chartUnit(m.measure) },
  };
}
