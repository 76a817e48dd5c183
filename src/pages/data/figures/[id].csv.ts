import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../../charts/index';
import { loadAllDataOnce } from '../../../datasets/index';
import { toCsv } from '../../../lib/csv-write';

/** One CSV per figure: exactly the rows the figure shows, with their source_id. */
export const getStaticPaths: GetStaticPaths = () => chartIds.map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(String(params.id));
  const csv = toCsv(chart.csv(chart.select(loadAllDataOnce())));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
