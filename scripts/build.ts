/**
 * The whole build: Astro, then the search index, then the PDFs, into a staging folder. Only when
 * every step has passed does the staging folder replace dist/, so a failed build never leaves a
 * half-updated dist/ that could be deployed.
 *
 * Usage: vite-node scripts/build.ts [--out dist] [--skip-pdf]
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run, timed } from './lib/run';
import { buildSearchIndex } from './search-index';
import { linkGlossaryTerms } from './link-glossary';
import { printPdfs } from './print-pdfs';

const args = process.argv.slice(2);
const outDir = path.resolve(args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? 'dist') : 'dist');
const skipPdf = args.includes('--skip-pdf');
// Astro always builds inside the project: with an --outDir outside it, Astro 5 leaves stray
// content-modules.mjs and collections/ files in the output (withastro/astro#14903).
const staging = path.resolve('dist.staging');
const next = `${outDir}.next`;

/** Moves a finished folder into place, copying when it crosses file systems (e.g. to /tmp). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  const timings: Record<string, number> = {};

  timings['astro'] = (await timed(() => run('npx', ['astro', 'build', '--outDir', staging]))).ms;
  timings['glossary'] = (await timed(() => linkGlossaryTerms(staging))).ms;
  timings['search'] = (await timed(() => buildSearchIndex(staging))).ms;
  if (!skipPdf) timings['pdf'] = (await timed(() => printPdfs(staging))).ms;

  await mkdir(path.dirname(outDir), { recursive: true });
  await rm(next, { recursive: true, force: true });
  await move(staging, next);
  const old = `${outDir}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(next, outDir);
  await rm(old, { recursive: true, force: true });
  await writeFile('.build-timings.json', `${JSON.stringify(timings)}\n`);

  const seconds = Object.entries(timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`);
  console.log(`\nBuilt ${path.relative(process.cwd(), outDir) || '.'}/ (${seconds.join(', ')}).`);
  console.log('To read it: run "npm run preview" and open http://localhost:4321/ in a browser.');
}

main().catch(async (error: unknown) => {
  await rm(staging, { recursive: true, force: true });
  await rm(next, { recursive: true, force: true });
  console.error(
    `\nBuild failed; dist/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
