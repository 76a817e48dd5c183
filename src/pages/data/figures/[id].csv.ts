import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../../charts/index';
import { allMeasureFigures } from '../../../charts/measure-figures';
import type { ChartDefinition } from '../../../charts/types';
import { loadAllDataOnce } from '../../../datasets/index';
import { toCsv } from '../../../lib/data/csv-write';
import { getMeasures } from '../../../queries/measures';

/** One CSV per figure (the plan's and the measure pages'): exactly the rows it shows, with their source_id. */
export const getStaticPaths: GetStaticPaths = () => [
  ...chartIds.map((id) => ({ params: { id }, props: { chart: getChart(id) } })),
  ...allMeasureFigures(getMeasures()).map((chart) => ({ params: { id: chart.id }, props: { chart } })),
];

export const GET: APIRoute<{ chart: ChartDefinition<unknown> }> = ({ props }) => {
  const { chart } = props;
  const csv = toCsv(chart.csv(chart.select(loadAllDataOnce())));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
