import type { APIRoute, GetStaticPaths } from 'astro';
import { getCouncils } from '../../../queries/councils';
import { councilMeasureCsv } from '../../../models/councils/measure-table';
import { toCsv } from '../../../lib/data/csv-write';

/** One CSV per council: the rows of its page's table of measures, unformatted, with their source. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getCouncils()).map((entry) => ({ params: { slug: entry.council.slug }, props: { entry } }));

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getCouncils>>[number] };
  const csv = toCsv(councilMeasureCsv(entry.council.name, entry.measures));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
