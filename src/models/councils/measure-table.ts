import { csvFields, type CsvTable, type TableModel } from '../../lib/data/tables';
import type { SmallChartSpec } from '../../charts/council/small-chart';
import { t } from '../../i18n/en';
import { ordinal } from '../../lib/data/format';
import { formatMean, formatTick, formatValue, periodLabel, seriesBreakOf } from '../../lib/measures/measure';
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
    columns: csvFields([
      ['council', 'string', 'The council'],
      ['measure', 'string', 'DfE’s code for the measure in LAIT, e.g. "LAC"'],
      ['measure_name', 'string', 'The measure as the site names it'],
      ['period', 'string', 'The year as DfE labels it: the plan’s year, then the latest'],
      ['year', 'integer', 'The calendar year the period ends in'],
      ['value', 'number', 'The council’s figure; empty when DfE published none'],
      ['south_east', 'number', 'The South East’s figure; empty when DfE published none'],
      ['england', 'number', 'England’s figure; empty when DfE published none'],
      ['neighbours_model', 'string', 'The year of DfE’s statistical-neighbour model used'],
      ['neighbours_mean', 'number', 'Mean of the statistical neighbours’ figures; empty when none has one'],
      ['neighbours_with_value', 'integer', 'How many neighbours have a figure'],
      ['neighbours_of', 'integer', 'How many neighbours the council has'],
      ['triad_partners_mean', 'number', 'Mean of the triad partners’ figures; empty when none has one'],
      ['triad_partners_with_value', 'integer', 'How many triad partners have a figure'],
      ['triad_partners_of', 'integer', 'How many triad partners the council has'],
      ['rank_in_south_east', 'integer', 'Rank among the 19 councils with a figure, 1 for the highest'],
      ['councils_ranked', 'integer', 'How many of the 19 have a figure'],
      ['england_quarter', 'integer', 'Quarter of England’s authorities, 1 for the lowest figures'],
      ['source_id', 'string', 'The source, an id in sources.csv'],
    ]),
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

/**
 * The unit a chart prints above its axis: costs and percentages carry theirs in every tick
 * ("£1,000", "12%"); rates do not, so their charts say "per 10,000".
 */
export function chartUnit(measure: CouncilMeasure['measure']): string {
  return measure.kind === 'rate' ? t('councilChart.unitRate') : '';
}

/** What the small chart draws for a council and measure. */
export function smallChartSpec(name: string, m: CouncilMeasure): SmallChartSpec {
  return {
    series: m.series.map((p) => ({ ...p, label: periodLabel(p.period, p.mark) })),
    planYear: m.plan.year,
    strip: m.strip.map((s) => ({ value: s.value, isCouncil: s.name === name })),
    format: (v) => formatValue(m.measure, v),
    tick: (v) => formatTick(m.measure, v),
    text: {
      plan: t('councilChart.plan'),
      strip: t('councilChart.strip', { period: periodLabel(m.latest.period, m.latest.mark) }),
      unit: chartUnit(m.measure),
    },
  };
}
