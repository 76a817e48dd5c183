import { csvFields, type CsvTable, type TableModel } from '../data/tables';
import { t } from '../../i18n/en';
import type { CouncilRow } from '../../schemas/council';
import { formatValue, periodLabel, type Measure } from '../measures/measure';
import { quarterOf } from '../measures/quartiles';
import type { ValueIndex } from './measures';

/** The measures drawn as maps on the councils index (LAIT codes), in order. */
export const MAPPED_MEASURES = ['LAC', 'CPP_rate', 'Work_Force_Agecy_Rate'] as const;

/** A choropleth of one measure in its latest year: classes, legend, summary and the table beside it. */
export interface ChoroplethModel {
  measure: Measure;
  period: string;
  /** The period as readers see it, "(provisional)" where DfE marks it so. */
  periodText: string;
  /** Each council's class: its quarter of England's councils (0 = lowest quarter), or undefined. */
  classes: Record<string, number | undefined>;
  legend: { labels: string[]; missing: string };
  summary: string;
  table: TableModel;
  /** The table's rows unformatted, with LA numbers and the release: /data/maps/<measure slug>.csv. */
  csv: CsvTable;
}

/**
 * A map of the councils by their quarter of England's councils in the measure's latest year, with
 * the 19 values as a table in order of value (highest first, councils without a value last).
 * @example choropleth(lac, councils, index).legend.labels[0] // "Lowest quarter of England’s councils (up to 47)"
 */
export function choropleth(
  measure: Measure,
  councils: readonly CouncilRow[],
  index: ValueIndex,
): ChoroplethModel {
  const { period, year, mark } = index.latest(measure.measure);
  const periodText = periodLabel(period, mark);
  const quartiles = index.quartiles(measure.measure, year);
  if (!quartiles)
    throw new Error(`data/lait_values.csv has no council values for ${measure.measure} in ${period}.`);
  const fmt = (v: number) => formatValue(measure, v);
  const rows = councils
    .map((c): { name: string; la: number; value: number | null } => ({
      name: c.name,
      la: c.la_number,
      value: index.value(measure.measure, c.la_number, year),
    }))
    .sort((a, b) =>
      a.value === null || b.value === null
        ? Number(a.value === null) - Number(b.value === null) || a.name.localeCompare(b.name)
        : b.value - a.value || a.name.localeCompare(b.name),
    );
  const quarter = (v: number | null) => (v === null ? undefined : quarterOf(v, quartiles));
  const published = rows.filter((r): r is { name: string; la: number; value: number } => r.value !== null);
  const highest = published[0];
  const lowest = published[published.length - 1];
  const inQuarter = (q: number) => published.filter((r) => quarter(r.value) === q).length;
  return {
    measure,
    period,
    periodText,
    classes: Object.fromEntries(
      rows.map((r) => [r.name, r.value === null ? undefined : (quarter(r.value) ?? 1) - 1]),
    ),
    legend: {
      labels: [
        t('councilMap.legend.1', { to: fmt(quartiles.q1) }),
        t('councilMap.legend.2', { from: fmt(quartiles.q1), to: fmt(quartiles.median) }),
        t('councilMap.legend.3', { from: fmt(quartiles.median), to: fmt(quartiles.q3) }),
        t('councilMap.legend.4', { from: fmt(quartiles.q3) }),
      ],
      missing: t('councilMap.legend.missing'),
    },
    summary:
      highest && lowest
        ? t('councilMap.summary', {
            period: periodText,
            count: published.length,
            low: fmt(lowest.value),
            lowName: lowest.name,
            high: fmt(highest.value),
            highName: highest.name,
            top: inQuarter(4),
            bottom: inQuarter(1),
            england: quartiles.count,
          })
        : t('councilMap.none', { period: periodText }),
    table: {
      columns: [
        { label: t('councilTable.council'), numeric: false },
        { label: periodText, numeric: true },
        { label: t('councilTable.quarterHeader'), numeric: false },
      ],
      rows: rows.map((r) => [
        r.name,
        r.value === null ? t('councilTable.notPublished') : fmt(r.value),
        r.value === null ? '' : t(`councilTable.quarter.${quarter(r.value) ?? 1}`),
      ]),
    },
    csv: {
      columns: csvFields([
        ['council', 'string', 'The council'],
        ['la_number', 'integer', 'DfE’s number for the council'],
        ['measure', 'string', 'DfE’s code for the measure in LAIT, e.g. "LAC"'],
        ['period', 'string', 'The year mapped, as DfE labels it: the latest in which England has a figure'],
        ['value', 'number', 'The council’s figure; empty when DfE published none'],
        [
          'quarter_of_england',
          'integer',
          'The quarter of England’s councils the figure falls in, 1 (lowest) to 4 (highest); empty when none was published',
        ],
        ['source_id', 'string', 'The release the figure came from, as in sources.csv'],
      ]),
      rows: rows.map((r) => [
        r.name,
        r.la,
        measure.measure,
        period,
        r.value ?? '',
        r.value === null ? '' : (quarter(r.value) ?? 1),
        measure.source_id,
      ]),
    },
  };
}
