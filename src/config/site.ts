import { z } from 'astro/zod';

/** Facts about the publication, in one place. Validated when the build starts. */
export const siteConfigSchema = z.object({
  /** The plan's full title, as printed on its cover. */
  title: z.string().min(1),
  /** A short form for narrow screens and PDF footers. */
  shortTitle: z.string().min(1),
  /** The body that publishes the plan. */
  organisation: z.string().min(1),
  /** The plan's period, e.g. "2019-20". */
  period: z.string().regex(/^\d{4}-\d{2}$/),
  /** Version of the plan text published here, e.g. "1.0". */
  version: z.string().min(1),
  /** Date the plan was adopted (launched at the regional summit), ISO yyyy-mm-dd. */
  adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /**
   * Absolute origin the site is served from, without a trailing slash, e.g.
   * "https://owner.github.io". Only known when the deployment sets SITE_URL: without it, the site
   * prints no canonical link, no absolute address and no address in the PDFs, rather than a guess.
   */
  siteUrl: z.url().optional(),
  /** Path the site lives under: "/" or "/sub-path/". */
  basePath: z.string().regex(/^\/([\w.-]+\/)*$/),
  /**
   * Base URL of the repository's files, for "Edit this page" links, e.g.
   * "https://github.com/owner/repository/blob/main/". Only known when the deployment sets
   * EDIT_BASE_URL: without it, pages have no edit link.
   */
  editBaseUrl: z.url().optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** An environment variable's value, or undefined when it is unset or blank. */
function fromEnv(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/**
 * The one place where the site URL and base path are set. A deployment sets them with SITE_URL,
 * SITE_BASE and EDIT_BASE_URL (the GitHub Pages workflow does), so the same code serves any
 * sub-path. No address is guessed when they are not set.
 */
export const site: SiteConfig = siteConfigSchema.parse({
  title: 'South East Sector Led Improvement Programme: Regional Improvement Plan 2019-20',
  shortTitle: 'SESLIP Regional Improvement Plan 2019-20',
  organisation: 'South East Sector Led Improvement Programme (SESLIP)',
  period: '2019-20',
  version: '1.0',
  adopted: '2019-03-22',
  siteUrl: fromEnv('SITE_URL')?.replace(/\/+$/, ''),
  basePath: fromEnv('SITE_BASE') ?? '/',
  editBaseUrl: fromEnv('EDIT_BASE_URL'),
});
