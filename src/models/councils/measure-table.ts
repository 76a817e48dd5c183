import type { CsvTable, TableModel } from '../../lib/data/tables';
import type { SmallChartSpec } from '../../charts/council/small-chart';
import { t } from '../../i18n/en';
import { ordinal } from '../../lib/data/format';
import { formatMean, formatValue, periodLabel, seriesBreakOf } from '../../lib/measures/measure';
import type { CouncilMeasure, GroupMean, YearFigures } from '../../lib/councils/measures';

function cells(m: CouncilMeasure, year: YearFigures): string[] {
  const fmt = (v: number | null) => (v === null ? t('councilTable.notPublished') : formatValue(m.measure, v));
  const group = (g: GroupMean) =>
    g.mean === null
      ? t('councilTable.notPublished')
      : t('councilTable.group', { mean: formatMean(m.measure, g.mean), n: g.withValue, of: g.of });
  return [
    periodLabel(year.period, year.mark),
    fmt(year.council),
    fmt(year.southEast),
    fmt(year.england),
    group(year.neighbours),
    group(year.triad),
    year.rank ? t('councilTable.rank', { position: ordinal(year.rank.position), of: year.rank.of }) : '',
    year.quarter ? t(`councilTable.quarter.${year.quarter}`) : '',
  ];
}

/** The latest year as the council's table labels it, saying where DfE's collection changed since the plan's year. */
function yearAfterBreak(m: CouncilMeasure): string {
  const year = Number(seriesBreakOf(m.measure)?.period);
  const latest = periodLabel(m.latest.period);
  return year > m.plan.year && year <= m.latest.year
    ? t('councilTable.yearAfterBreak', { latest, year })
    : latest;
}

/** A table in groups: a heading row per measure, then its rows. */
export interface GroupedTable {
  columns: TableModel['columns'];
  groups: { heading: string; rows: string[][] }[];
}

/**
 * One table of every measure for a council: for each measure a heading row, then a row for the
 * plan's year and one for the latest year.
 * @example councilMeasureTable('Kent', measures).groups[0].rows[0][0] // "2017"
 */
export function councilMeasureTable(name: string, measures: readonly CouncilMeasure[]): GroupedTable {
  return {
    columns: [
      { label: t('councilTable.year'), numeric: false },
      { label: name, numeric: true },
      { label: t('councilTable.southEast'), numeric: true },
      { label: t('councilTable.england'), numeric: true },
      { label: t('councilTable.neighbours'), numeric: true },
      { label: t('councilTable.triad'), numeric: true },
      { label: t('councilTable.rankHeader'), numeric: true },
      { label: t('councilTable.quarterHeader'), numeric: false },
    ],
    groups: measures.map((m) => ({
      heading: m.measure.name,
      rows: [cells(m, m.plan), [yearAfterBreak(m), ...cells(m, m.latest).slice(1)]],
    })),
  };
}

/** The same table as a CSV, with unformatted numbers and the source of every row. */
export function councilMeasureCsv(name: string, measures: readonly CouncilMeasure[]): CsvTable {
  const n = (v: number | null) => (v === null ? '' : v);
  return {
    columns: [
      'council',
      'measure',
      'measure_name',
      'period',
      'year',
      'value',
      'south_east',
      'england',
      'neighbours_model',
      'neighbours_mean',
      'neighbours_with_value',
      'neighbours_of',
      'triad_partners_mean',
      'triad_partners_with_value',
      'triad_partners_of',
      'rank_in_south_east',
      'councils_ranked',
      'england_quarter',
      'source_id',
    ],
    rows: measures.flatMap((m) =>
      [m.plan, m.latest].map((y) => [
        name,
        m.measure.measure,
        m.measure.name,
        y.period,
        y.year,
        n(y.council),
        n(y.southEast),
        n(y.england),
        y.neighbours.model,
        n(y.neighbours.mean),
        y.neighbours.withValue,
        y.neighbours.of,
        n(y.triad.mean),
        y.triad.withValue,
        y.triad.of,
        y.rank?.position ?? '',
        y.rank?.of ?? '',
        y.quarter ?? '',
        m.measure.source_id,
      ]),
    ),
  };
}

/** The small chart's data table: every year, the council beside the South East and England. */
export function seriesTable(name: string, m: CouncilMeasure): TableModel {
  const fmt = (v: number | null) => (v === null ? t('councilTable.notPublished') : formatValue(m.measure, v));
  return {
    columns: [
      { label: t('councilTable.year'), numeric: false },
      { label: name, numeric: true },
      { label: t('councilTable.southEast'), numeric: true },
      { label: t('councilTable.england'), numeric: true },
    ],
    rows: m.series.map((p) => [
      periodLabel(p.period, p.mark),
      fmt(p.council),
      fmt(p.southEast),
      fmt(p.england),
    ]),
  };
}

/** The strip's data table: the South East councils in the latest year, highest first. */
export function stripTable(m: CouncilMeasure): TableModel {
  return {
    columns: [
      { label: t('councilTable.council'), numeric: false },
      { label: periodLabel(m.latest.period, m.latest.mark), numeric: true },
    ],
    rows: m.strip.map((s) => [s.name, formatValue(m.measure, s.value)]),
  };
}

/** What the small chart draws for a council and measure. */
export function smallChartSpec(name: string, m: CouncilMeasure): SmallChartSpec {
  return {
    series: m.series.map((p) => ({ ...p, label: periodLabel(p.period, p.mark) })),
    planYear: m.plan.year,
    strip: m.strip.map((s) => ({ value: s.value, isCouncil: s.name === name })),
    format: (v) => formatValue(m.measure, v),
    text: {
      plan: t('councilChart.plan'),
      strip: t('councilChart.strip', { period: periodLabel(m.latest.period, m.latest.mark) }),
      // Costs and percentages carry their unit in every tick ("£1,000", "12%"); rates do not.
      unit: m.measure.kind === 'rate' ? t('councilChart.unitRate') : '',
    },
  };
}
