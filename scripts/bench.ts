/**
 * `npm run bench`: what every build step costs and how it grows. Prints figures and writes them,
 * with the machine they came from, to BENCHMARKS.md. Never run by the tests.
 *
 * Usage: npm run bench -- [--runs 5] [--scales 10,50] [--only-check] [--only-lighthouse]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chartIds } from '../src/charts/index';
import { loadAllData } from '../src/datasets/index';
import { buildFigure } from '../src/models/figure-model';
import { measureSite } from './lib/site-weights';
import { scaleObservations, scaleSection, syntheticSourceRows } from './lib/synthetic-scale';
import { copyProject, removeCopy } from './lib/project-copy';
import { BUILD_INFO_FILE, readBuildInfo } from './lib/build-info';
import { bareAstroProject, removeBareProject } from './lib/bare-astro';
import { ASTRO_CLI } from './lib/run';
import { importLait } from './lib/lait-import';
import { loadSelection } from '../src/lib/measures/selection';
import { existsSync } from 'node:fs';
import { CATEGORIES, gzippedCopy, lighthouse, LIGHTHOUSE, type LighthouseScores } from './lib/lighthouse';
import { serveStatic } from './lib/static-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const RUNS = Math.max(5, Number(option('--runs', '5')));
const SCALES = option('--scales', '10,50')
  .split(',')
  .map(Number)
  .filter((n) => n > 1);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Runs a build in `cwd` under GNU time; returns wall time, peak memory and the step split. */
function timedBuild(
  cwd: string,
  buildArgs: string[],
): Promise<{ ms: number; maxRssKb: number; steps: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'MAXRSS %M', process.execPath, 'scripts/run-ts.mjs', 'scripts/build.ts', ...buildArgs],
      {
        cwd,
        env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`build in ${cwd} failed:\n${stderr.slice(-2000)}`));
      const ms = performance.now() - start;
      const maxRssKb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 0);
      readBuildInfo(cwd).then(({ timings: steps }) => resolve({ ms, maxRssKb, steps }), reject);
    });
  });
}

/**
 * Runs a command under GNU time, in the project or in `cwd`; returns its wall time and the CPU
 * time (user + system) of it and its children, in ms. Rejects when it fails.
 */
function timedCommand(
  command: string,
  commandArgs: string[],
  cwd = process.cwd(),
): Promise<{ ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'CPU %U %S', command, ...commandArgs], {
      cwd,
      env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${command} ${commandArgs.join(' ')} failed:\n${stderr}`));
      const [user = 0, system = 0] = (/CPU ([\d.]+) ([\d.]+)/.exec(stderr) ?? []).slice(1).map(Number);
      resolve({ ms: performance.now() - start, cpuMs: (user + system) * 1000 });
    });
  });
}

/** Makes copy of the project `factor` times larger in chapters, paragraphs, figures and data rows. */
async function scaledCopy(factor: number): Promise<string> {
  const dir = await copyProject();
  const planDir = path.join(dir, 'content/plan');
  for (const name of await readdir(planDir)) {
    const mdx = await readFile(path.join(planDir, name), 'utf8');
    for (let k = 1; k < factor; k += 1) {
      await writeFile(path.join(planDir, name.replace('.mdx', `-x${k}.mdx`)), scaleSection(mdx, k));
    }
  }
  const sourceIds = new Set<string>();
  for (const name of ['lac_rates.csv', 'cpp_rates.csv', 'cin_referral_rates.csv', 's251_unit_costs.csv']) {
    const file = path.join(dir, 'data', name);
    const scaled = scaleObservations(await readFile(file, 'utf8'), factor - 1);
    await writeFile(file, scaled.csv);
    for (const id of scaled.sourceIds) sourceIds.add(id);
  }
  const sources = path.join(dir, 'data/sources.csv');
  await writeFile(sources, (await readFile(sources, 'utf8')) + syntheticSourceRows([...sourceIds].sort()));
  return dir;
}

/**
 * `npm run check` as an editor waits for it (wall clock, npm included): after a change to words
 * only (the data facts kept from the last pass) and after a change to data (everything validated).
 */
async function checkSection(): Promise<string[]> {
  const cache = path.join('node_modules', '.cache', 'seslip-check');
  const check = () => timedCommand('npm', ['run', '--silent', 'check']);
  const warm: { ms: number; cpuMs: number }[] = [];
  const cold: { ms: number; cpuMs: number }[] = [];
  await check();
  for (let run = 0; run < RUNS; run += 1) warm.push(await check());
  for (let run = 0; run < RUNS; run += 1) {
    await rm(cache, { recursive: true, force: true });
    cold.push(await check());
  }
  const row = (what: string, runs: { ms: number; cpuMs: number }[]) => {
    const wall = runs.map((r) => r.ms);
    const cpu = median(runs.map((r) => r.cpuMs));
    return `| ${what} | ${seconds(median(wall))} | ${seconds(Math.max(...wall))} | ${seconds(cpu)} | ${cpu < 3000 ? 'met' : 'NOT met'} (CPU), ${median(wall) < 3000 ? 'met' : 'NOT met'} (wall) |`;
  };
  return [
    `## npm run check (median of ${RUNS} runs each, npm included)`,
    '',
    `Load average while measuring: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ', ',
      )} (1, 5, 15 min) on ${os.cpus().length} cores. The check runs on one core, so on an idle machine its wall time is close to its CPU time (user + system); on a busy one the wall time also counts the wait for a core.`,
    '',
    '| after a change to | wall, median | wall, slowest | CPU, median | goal: under 3 s |',
    '| --- | --- | --- | --- | --- |',
    row('content only (data facts kept from the last clean pass)', warm),
    row('data or validating code (every data row validated)', cold),
    '',
  ];
}

/** The pages Lighthouse is run on: one of each kind a reader lands on. */
const LIGHTHOUSE_PAGES = [
  '/',
  '/plan/characteristics/',
  '/priorities/workforce/',
  '/since-the-plan/looked-after-rate/',
  '/councils/',
  '/councils/kent/',
];
const LIGHTHOUSE_RUNS = 3;

/**
 * Lighthouse's mobile scores for LIGHTHOUSE_PAGES of a built site served with gzip, as GitHub
 * Pages serves it: the median of 3 runs per page, and the slowest page.
 */
async function lighthouseSection(dist: string): Promise<string[]> {
  const copy = await gzippedCopy(dist);
  const server = await serveStatic(copy, '/', { gzip: true });
  const rows: { page: string; medians: number[]; lcp: number }[] = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const runs: LighthouseScores[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1)
        runs.push(await lighthouse(new URL(page.slice(1), server.url).href));
      rows.push({
        page,
        medians: CATEGORIES.map((c) => median(runs.map((r) => r.scores[c]))),
        lcp: median(runs.map((r) => r.lcpMs)),
      });
      console.log(`Lighthouse ${page}: ${rows.at(-1)?.medians.join(', ')}`);
    }
  } finally {
    await server.close();
    await removeCopy(copy);
  }
  const slowest = [...rows].sort((a, b) => (a.medians[0] ?? 0) - (b.medians[0] ?? 0) || b.lcp - a.lcp)[0];
  return [
    `## Lighthouse, mobile (median of ${LIGHTHOUSE_RUNS} runs per page)`,
    '',
    `${LIGHTHOUSE} in Debian's headless Chromium, its default mobile settings (simulated slow 4G and a 4× slower CPU), the site served with gzip as GitHub Pages serves it. Goals: performance 98 or more, the other three 100.`,
    '',
    '| page | performance | accessibility | best practices | SEO | largest contentful paint |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.page} | ${r.medians.join(' | ')} | ${(r.lcp / 1000).toFixed(1)} s |`),
    '',
    slowest
      ? `Slowest page: ${slowest.page}, performance ${slowest.medians[0]}, largest contentful paint ${(slowest.lcp / 1000).toFixed(1)} s.`
      : '',
    '',
  ];
}

/** Re-measures one section and puts it in place in BENCHMARKS.md, leaving the other figures as they are. */
async function replaceSection(heading: string, section: string[]): Promise<void> {
  const text = section.join('\n');
  console.log(text);
  const before = await readFile('BENCHMARKS.md', 'utf8');
  const pattern = new RegExp(`## ${heading}[\\s\\S]*?(?=\\n## |$)`);
  const after = pattern.test(before) ? before.replace(pattern, text) : `${before.trimEnd()}\n\n${text}\n`;
  await writeFile('BENCHMARKS.md', after);
}

async function main(): Promise<void> {
  if (args.includes('--only-check')) return replaceSection('npm run check', await checkSection());
  if (args.includes('--only-lighthouse'))
    return replaceSection('Lighthouse', await lighthouseSection(path.resolve('dist')));

  const lines: string[] = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say('# Benchmarks');
  say();
  say(
    `Made by \`npm run bench\` (scripts/bench.ts). Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}.`,
  );
  say('Times are medians of the runs stated; a figure from a single run says so.');
  say();

  for (const line of await checkSection()) say(line);

  say(`## Data and figures (median of ${RUNS} runs, in process)`);
  say();
  const load: number[] = [];
  const render: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    const data = loadAllData();
    const t1 = performance.now();
    for (const id of chartIds) buildFigure(id, data, '/');
    render.push(performance.now() - t1);
    load.push(t1 - t0);
  }
  say(`| step | time |`);
  say(`| --- | --- |`);
  say(`| load and validate every data file | ${median(load).toFixed(0)} ms |`);
  say(
    `| build all ${chartIds.length} figures (select, two SVG drawings, summary, table) | ${median(render).toFixed(0)} ms |`,
  );
  say();

  say(`## LAIT import (median of ${RUNS} runs, in process)`);
  say();
  const laitDir = path.resolve('seeds/lait');
  if (existsSync(path.join(laitDir, 'bds_long_0.parquet'))) {
    const imports: number[] = [];
    let files: Record<string, string> = {};
    for (let run = 0; run < RUNS; run += 1) {
      const t0 = performance.now();
      files = (await importLait(laitDir, loadSelection(), path.resolve('data'))).files;
      imports.push(performance.now() - t0);
    }
    say(
      `\`npm run import:lait\` (read the parquet, dictionary and workbooks, write ${Object.keys(files).length} CSVs in memory): ${seconds(median(imports))}, slowest ${seconds(Math.max(...imports))}. Rows written: ${Object.entries(
        files,
      )
        .map(([id, text]) => `${id} ${text.split('\n').length - 2}`)
        .join(', ')}.`,
    );
  } else {
    say(`Not measured: ${laitDir} is not present on this machine.`);
  }
  say();

  say(`## The whole build, step by step (median of ${RUNS} runs)`);
  say();
  const root = await mkdtemp(path.join(os.tmpdir(), 'rp-bench-'));
  const builds = [];
  for (let run = 0; run < RUNS; run += 1) {
    builds.push(await timedBuild(process.cwd(), ['--out', path.join(root, 'dist')]));
    await rm(path.join(process.cwd(), BUILD_INFO_FILE), { force: true });
  }
  const stepNames = Object.keys(builds[0]?.steps ?? {});
  say(`| step | median | slowest |`);
  say(`| --- | --- | --- |`);
  for (const step of stepNames) {
    const times = builds.map((b) => b.steps[step] ?? 0);
    say(`| ${step} | ${seconds(median(times))} | ${seconds(Math.max(...times))} |`);
  }
  say(
    `| whole build (wall clock, including start-up) | ${seconds(median(builds.map((b) => b.ms)))} | ${seconds(Math.max(...builds.map((b) => b.ms)))} |`,
  );
  say(`| peak memory of one process | ${Math.round(median(builds.map((b) => b.maxRssKb)) / 1024)} MiB | |`);
  say();

  say(`## Astro with and without the site's additions (median of ${RUNS} runs each, same run)`);
  say();
  const bare = await bareAstroProject(process.cwd());
  const bareTimes: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1)
      bareTimes.push((await timedCommand(process.execPath, [ASTRO_CLI, 'build'], bare)).ms);
  } finally {
    await removeBareProject(bare);
  }
  const fullAstro = median(builds.map((b) => b.steps['astro'] ?? 0));
  say(
    'The bare build renders the same MDX (the plan and the priorities) with plain components and nothing else: no figures, glossary links, search, PDFs, data, measure or council pages.',
  );
  say();
  say('| Astro step | median |');
  say('| --- | --- |');
  say(`| the site (every page, figures drawn) | ${seconds(fullAstro)} |`);
  say(`| bare Astro, same MDX | ${seconds(median(bareTimes))} |`);
  say(`| ratio | ${(fullAstro / Math.max(1, median(bareTimes))).toFixed(1)} × |`);
  say();

  say('## Page and asset weights');
  say();
  const weights = await measureSite(path.join(root, 'dist'));
  const heaviest = [...weights.pages].sort((a, b) => b.htmlGzipBytes - a.htmlGzipBytes).slice(0, 5);
  say(`${weights.pages.length} pages. Heaviest HTML (gzipped, inline SVG included):`);
  say();
  say('| page | HTML | gzipped | JavaScript | largest SVG |');
  say('| --- | --- | --- | --- | --- |');
  for (const p of heaviest)
    say(
      `| ${p.url} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzipBytes)} | ${p.scriptBytes} B | ${kb(p.largestSvgBytes)} |`,
    );
  for (const [label, prefix] of [
    ['Measure pages', '/since-the-plan/'],
    ['Priority pages', '/priorities/'],
  ] as const) {
    const group = weights.pages.filter((p) => p.url.startsWith(prefix));
    const top = [...group].sort((a, b) => b.htmlGzipBytes - a.htmlGzipBytes)[0];
    if (top) say(`${label}: ${group.length}, heaviest ${top.url} at ${kb(top.htmlGzipBytes)} gzipped.`);
  }
  const scripted = weights.pages.filter((p) => p.scriptBytes > 0);
  say();
  say(
    `Pages loading JavaScript: ${scripted.map((p) => `${p.url} (${kb(p.scriptBytes)})`).join(', ') || 'none'}.`,
  );
  say(`CSS: ${weights.cssFiles.map((f) => `${f.file} ${kb(f.gzipBytes)} gzipped`).join('; ')}.`);
  const pdfDir = path.join(root, 'dist/pdf');
  const pdfs = await readdir(pdfDir).catch(() => []);
  let pdfBytes = 0;
  for (const name of pdfs) pdfBytes += (await readFile(path.join(pdfDir, name))).length;
  say(`PDFs: ${pdfs.length} files, ${kb(pdfBytes)} in all.`);
  say();
  for (const line of await lighthouseSection(path.join(root, 'dist'))) say(line);
  await rm(root, { recursive: true, force: true });

  say('## Scale: synthetic copies at 10× and 50×');
  say();
  say(
    'Each copy multiplies the chapters and annexes (each copy keeps its paragraphs, tables and figures, so the number of figure drawings grows too) and the rows of the four DfE data files. The 10 priorities stay 10: the plan has ten. PDFs are left out of scale runs (printing 50 copies of the plan would measure Chromium, not the build); one run each.',
  );
  say();
  say('| scale | pages | whole build | Astro | glossary links | search index | peak memory |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  const rows: { factor: number; ms: number }[] = [];
  for (const factor of [1, ...SCALES]) {
    const dir = factor === 1 ? await copyProject() : await scaledCopy(factor);
    try {
      const result = await timedBuild(dir, ['--skip-pdf']);
      const pages = (await measureSite(path.join(dir, 'dist'))).pages.length;
      rows.push({ factor, ms: result.ms });
      say(
        `| ${factor}× | ${pages} | ${seconds(result.ms)} | ${seconds(result.steps['astro'] ?? 0)} | ${seconds(result.steps['glossary'] ?? 0)} | ${seconds(result.steps['search'] ?? 0)} | ${Math.round(result.maxRssKb / 1024)} MiB |`,
      );
    } finally {
      await removeCopy(dir);
    }
  }
  say();
  const one = rows.find((r) => r.factor === 1)?.ms ?? 1;
  const growth = rows
    .filter((r) => r.factor > 1)
    .map(
      (r) => `at ${r.factor}× the content the build takes ${(r.ms / one).toFixed(1)} times as long as at 1×`,
    );
  say(
    `Growth: ${growth.join('; ')}. Time grows more slowly than the content while fixed costs (starting Node, Vite and Astro, bundling) dominate, and close to linearly once the pages do.`,
  );
  await writeFile('BENCHMARKS.md', `${lines.join('\n')}\n`);
  console.log('\nWritten to BENCHMARKS.md.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
