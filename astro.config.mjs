// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { site } from './src/config/site.ts';
import { chartIds } from './src/charts/index.ts';
import { PLAN_TABLE_IDS } from './src/models/plan-tables.ts';
import { remarkCheckComponents } from './src/lib/text/remark-check-components.ts';
import { devRoutesMiddleware } from './src/lib/site/dev-routes.ts';

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between elements, which ran words together
  // ("SESLIPRegional"); true keeps Astro 5's lossless compression.
  compressHTML: true,
  markdown: {
    processor: unified({
      // An unknown figure or table id fails the build naming the MDX file and line.
      remarkPlugins: [[remarkCheckComponents, { Chart: chartIds, PlanTable: PLAN_TABLE_IDS }]],
    }),
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts are files, never inlined however small: the content security policy allows scripts
  // from the site only ('self'), not inline ones.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    {
      // npm run dev answers what the build serves as files: CSVs without a slash, PDFs, search.
      name: 'dev-routes',
      hooks: { 'astro:server:setup': ({ server }) => void server.middlewares.use(devRoutesMiddleware) },
    },
    mdx(),
    // A sitemap needs absolute addresses: only when the site's address (SITE_URL) is set.
    ...(site.siteUrl
      ? [sitemap({ filter: (page) => !/\/(print\/whole-plan|404)\/?$/.test(new URL(page).pathname) })]
      : []),
  ],
  // No client-side JavaScript is needed to read the site; prefetch would add some.
  prefetch: false,
  devToolbar: { enabled: false },
});
