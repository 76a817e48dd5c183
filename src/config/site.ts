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
  /** Absolute origin the site is served from, without a trailing slash. */
  siteUrl: z.string().url(),
  /** Path the site lives under: "/" or "/sub-path/". */
  basePath: z.string().regex(/^\/([\w.-]+\/)*$/),
  /** Base URL of the repository's files, for "Edit this page" links. */
  editBaseUrl: z.string().url(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/**
 * The one place where the site URL and base path are set. A deployment may override them with
 * SITE_URL and SITE_BASE (the GitHub Pages workflow does), so the same code serves any sub-path.
 */
export const site: SiteConfig = siteConfigSchema.parse({
  title: 'South East Sector Led Improvement Programme: Regional Improvement Plan 2019-20',
  shortTitle: 'SESLIP Regional Improvement Plan 2019-20',
  organisation: 'South East Sector Led Improvement Programme (SESLIP)',
  period: '2019-20',
  version: '1.0',
  adopted: '2019-03-22',
  siteUrl: process.env['SITE_URL'] ?? 'https://seslip.github.io',
  basePath: process.env['SITE_BASE'] ?? '/',
  editBaseUrl:
    process.env['EDIT_BASE_URL'] ?? 'https://github.com/seslip/regional-improvement-plan/blob/main/',
});
