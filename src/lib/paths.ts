import { site } from '../config/site';

/**
 * Prefixes a site path with the configured base path (src/config/site.ts), so the site works
 * under a sub-path.
 * @example withBase('/plan/', '/seslip/') // "/seslip/plan/"
 */
export function withBase(path: string, base: string = site.basePath): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
