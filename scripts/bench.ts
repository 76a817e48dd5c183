/**
 * `npm run bench`: what every build step costs and how it grows. Prints figures and writes them,
 * with the machine they came from, to BENCHMARKS.md. Never run by the tests.
 *
 * Usage: vite-node scripts/bench.ts [--runs 5] [--scales 10,50]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chartIds } from '../src/charts/index';
import { loadAllData } from '../src/datasets/index';
import { buildFigure } from '../src/lib/figure-model';
import { measureSite } from './lib/site-weights';
import { scaleObservations, scaleSection, syntheticSourceRows } from './lib/synthetic-scale';
import { copyProject, removeCopy } from './lib/project-copy';

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
      ['-f', 'MAXRSS %M', 'npx', 'vite-node', 'scripts/build.ts', ...buildArgs],
      {
        cwd,
        env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', async (code) => {
      if (code !== 0) return reject(new Error(`build in ${cwd} failed:\n${stderr.slice(-2000)}`));
      const steps = JSON.parse(await readFile(path.join(cwd, '.build-timings.json'), 'utf8')) as Record<
        string,
        number
      >;
      resolve({
        ms: performance.now() - start,
        maxRssKb: Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 0),
        steps,
      });
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

async function main(): Promise<void> {
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

  say(`## The whole build, step by step (median of ${RUNS} runs)`);
  say();
  const root = await mkdtemp(path.join(os.tmpdir(), 'rp-bench-'));
  const builds = [];
  for (let run = 0; run < RUNS; run += 1) {
    builds.push(await timedBuild(process.cwd(), ['--out', path.join(root, 'dist')]));
    await rm(path.join(process.cwd(), '.build-timings.json'), { force: true });
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
