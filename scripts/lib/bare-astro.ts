/**
 * A bare Astro project built from the same MDX as the site: the plan's chapters and the
 * priorities rendered with plain components, and nothing else (no figures, glossary links, search,
 * PDFs, data pages or measure pages). The benchmark builds it in the same run as the real site, so
 * the ratio of the two Astro steps shows what the site's additions cost.
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The same Markdown processor as the site (astro.config.mjs), so that the ratio compares like with like.
const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
export default defineConfig({
  integrations: [mdx()],
  markdown: { processor: unified() },
  compressHTML: true,
  trailingSlash: 'always',
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const loose = z.looseObject({});
export const collections = {
  plan: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/plan' }), schema: loose }),
  priorities: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/priorities' }), schema: loose }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Para from '../components/Para.astro';
import Nothing from '../components/Nothing.astro';
export async function getStaticPaths() {
  const entries = [...(await getCollection('plan')), ...(await getCollection('priorities'))];
  return entries.map((entry) => ({ params: { slug: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en-GB"><head><meta charset="utf-8" /><title>{entry.id}</title></head>
<body><main><Content components={{ Para, Chart: Nothing, PlanTable: Nothing, Glossary: Nothing }} /></main></body></html>
`;

/** Writes the bare project into a new temporary folder, linking the site's installed packages. */
export async function bareAstroProject(projectRoot: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rp-bare-'));
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/components'), { recursive: true });
  await cp(path.join(projectRoot, 'content/plan'), path.join(dir, 'content/plan'), { recursive: true });
  await cp(path.join(projectRoot, 'content/priorities'), path.join(dir, 'content/priorities'), {
    recursive: true,
  });
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src/content.config.ts'), COLLECTIONS);
  await writeFile(path.join(dir, 'src/pages/[...slug].astro'), PAGE);
  await writeFile(path.join(dir, 'src/components/Para.astro'), '<div class="para"><slot /></div>\n');
  await writeFile(path.join(dir, 'src/components/Nothing.astro'), '');
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Removes a bare project made by bareAstroProject. */
export async function removeBareProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
