import { site } from '../../config/site';

/**
 * Prefixes a site path with the configured base path (src/config/site.ts), so the site works
 * under a sub-path.
 * @example withBase('/plan/', '/seslip/') // "/seslip/plan/"
 */
export function withBase(path: string, base: string = site.basePath): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The absolute address of a path that already carries the base path, or undefined when the site's
 * address is not known (SITE_URL unset): nothing then prints a guessed address.
 * @example absoluteUrl('/seslip/plan/', 'https://owner.github.io') // "https://owner.github.io/seslip/plan/"
 * @example absoluteUrl('/plan/', undefined) // undefined
 */
export function absoluteUrl(
  pathname: string,
  siteUrl: string | undefined = site.siteUrl,
): string | undefined {
  return siteUrl ? new URL(pathname, `${siteUrl}/`).href : undefined;
}
