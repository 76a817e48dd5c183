/**
 * The dev server (`npm run dev`) made to show what the build shows. The build adds files Astro's
 * dev server does not have (PDFs, the search index) and serves figure CSVs without a trailing
 * slash; here those addresses get a plain answer instead of a 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t } from '../../i18n/en';

/** What the dev server does with a request path the build would serve as a file. */
export type DevRoute =
  | { kind: 'pass'; url?: string }
  | { kind: 'page'; status: number; html: string }
  | { kind: 'asset'; type: string; body: string };

function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
}

/**
 * Decides how the dev server answers `url` (path and query, as the browser sent it).
 * @example devRoute('/data/figures/lac-rates.csv') // { kind: 'pass', url: '/data/figures/lac-rates.csv/' }
 * @example devRoute('/pdf/whole-plan.pdf').kind // 'page'
 */
export function devRoute(url: string): DevRoute {
  const [pathname = '/', query] = url.split('?');
  // Pages live at "…/"; a CSV is linked as "….csv", which the dev server only knows with a slash.
  if (pathname.endsWith('.csv')) return { kind: 'pass', url: `${pathname}/${query ? `?${query}` : ''}` };
  if (pathname.endsWith('.pdf'))
    return { kind: 'page', status: 200, html: page(t('dev.pdf.title'), t('dev.pdf.text')) };
  if (pathname.includes('/pagefind/')) {
    const type = pathname.endsWith('.css') ? 'text/css' : 'text/javascript';
    return { kind: 'asset', type, body: `/* ${t('dev.search')} */\n` };
  }
  return { kind: 'pass' };
}

/** Connect middleware for Vite's dev server applying {@link devRoute}. */
export function devRoutesMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const route = devRoute(req.url ?? '/');
  if (route.kind === 'pass') {
    if (route.url) req.url = route.url;
    next();
    return;
  }
  res.statusCode = route.kind === 'page' ? route.status : 200;
  res.setHeader('Content-Type', route.kind === 'page' ? 'text/html; charset=utf-8' : route.type);
  res.end(route.kind === 'page' ? route.html : route.body);
}
