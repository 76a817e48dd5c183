import type { APIRoute, GetStaticPaths } from 'astro';
import type { ChoroplethModel } from '../../../lib/councils/maps';
import { toCsv } from '../../../lib/data/csv-write';
import { getCouncilMaps } from '../../../queries/council-maps';

/** One CSV per map on /councils/: its table's rows, unformatted, with LA numbers and the release. */
export const getStaticPaths: GetStaticPaths = () =>
  getCouncilMaps().map((map) => ({ params: { slug: map.measure.slug }, props: { map } }));

export const GET: APIRoute = ({ props }) => {
  const { map } = props as { map: ChoroplethModel };
  return new Response(toCsv(map.csv), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
