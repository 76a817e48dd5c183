import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetIds, getDataset, loadAllDataOnce } from '../../datasets/index';
import { rowsToCsv } from '../../lib/data/csv-write';

/** One CSV per data file, written from the validated rows (no hand copies in public/). */
export const getStaticPaths: GetStaticPaths = () => datasetIds.map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) => {
  const dataset = getDataset(String(params.id));
  const rows = loadAllDataOnce()[dataset.meta.id as keyof ReturnType<typeof loadAllDataOnce>];
  const csv = rowsToCsv(dataset.meta.columns.map((c) => c.name), rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
