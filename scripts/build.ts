/**
 * The whole build: the content and data gate (the same as `npm run check`), then Astro, the
 * glossary links, the search index, the PDFs and link-preview images, into a staging folder. Only when
 * every step has passed does the staging folder replace dist/, so a failed build never leaves a
 * half-updated dist/ that could be deployed.
 *
 * Usage: node scripts/run-ts.mjs scripts/build.ts [--out dist] [--skip-pdf]
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ASTRO_CLI, BUILD_ENV, run, timed } from './lib/run';
import { site } from '../src/config/site';
import { buildSearchIndex } from './search-index';
import { linkGlossaryTerms } from './link-glossary';
import { printPdfs } from './print-pdfs';
import { addFigureImages } from './figure-images';
import { checkProject, describeProblems } from './lib/check-project';
import { currentSettings, writeBuildInfo } from './lib/build-info';
import { clearRuntimeLog, readRuntimeLog, recordingEnv, runtimeLogFile } from './lib/runtime';

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

/** The last line of every failed build: an editor's first question is whether the site broke. */
const UNCHANGED = `The published site (${path.relative(process.cwd(), outDir) || outDir}/) was left unchanged.`;

async function main(): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  const timings: Record<string, number> = {};
  // Every Node process started from here on records the Node it runs on: Astro, and any process
  // the in-process steps (checks, glossary, search, PDFs) may start.
  const runtimeLog = runtimeLogFile(process.cwd());
  await clearRuntimeLog(runtimeLog);
  Object.assign(process.env, recordingEnv(process.env, runtimeLog));
  const childEnv = recordingEnv(BUILD_ENV, runtimeLog);

  // The same gate as "npm run check", before anything is written.
  const gate = await timed(() => checkProject(process.cwd()));
  timings['check'] = gate.ms;
  if (gate.result.length > 0) {
    console.error(
      `${describeProblems(gate.result)}\nThe build stopped before writing anything. ${UNCHANGED}`,
    );
    process.exit(1);
  }

  timings['astro'] = (
    await timed(() => run(process.execPath, [ASTRO_CLI, 'build', '--outDir', staging], childEnv))
  ).ms;
  timings['glossary'] = (await timed(() => linkGlossaryTerms(staging))).ms;
  timings['search'] = (await timed(() => buildSearchIndex(staging))).ms;
  if (!skipPdf) timings['pdf'] = (await timed(() => printPdfs(staging))).ms;
  // Link-preview images of figures, only when the site's address is set (SITE_URL).
  if (site.siteUrl) timings['images'] = (await timed(() => addFigureImages(staging))).ms;

  await mkdir(path.dirname(outDir), { recursive: true });
  await rm(next, { recursive: true, force: true });
  await move(staging, next);
  const old = `${outDir}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(next, outDir);
  await rm(old, { recursive: true, force: true });
  const node = { version: process.version, processes: await readRuntimeLog(runtimeLog) };
  await writeBuildInfo(process.cwd(), { timings, settings: currentSettings(), pdf: !skipPdf, node });

  const seconds = Object.entries(timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`);
  console.log(`\nBuilt ${path.relative(process.cwd(), outDir) || '.'}/ (${seconds.join(', ')}).`);
  console.log('To read it: run "npm run preview" and open http://localhost:4321/ in a browser.');
}

main().catch(async (error: unknown) => {
  await rm(staging, { recursive: true, force: true });
  await rm(next, { recursive: true, force: true });
  console.error(
    `\n${error instanceof Error ? error.message : String(error)}\nThe build failed. ${UNCHANGED}`,
  );
  process.exit(1);
});
