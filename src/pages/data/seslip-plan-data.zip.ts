import type { APIRoute } from 'astro';
import { getDataPackageZip } from '../../queries/data-package';

/** Every CSV the site publishes in one zip, with datapackage.json and README.md (built, never copied by hand). */
export const GET: APIRoute = async () => {
  const zip = await getDataPackageZip();
  return new Response(zip.slice().buffer, { headers: { 'Content-Type': 'application/zip' } });
};
