// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/config/site.ts';

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // No client-side JavaScript is needed to read the site; prefetch would add some.
  prefetch: false,
  devToolbar: { enabled: false },
});
