import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/site/paths';

/**
 * robots.txt: everything may be crawled; the sitemap is named when the site's address is known
 * (SITE_URL), since robots.txt needs its absolute address. (@astrojs/sitemap writes it then.)
 */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(withBase('/sitemap-index.xml'));
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
