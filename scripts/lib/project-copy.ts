/**
 * Copies of the project in temporary folders, for tests and benchmarks that run whole builds
 * (fail-safe, determinism, sub-path, scale) without touching the working copy or its dist/.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The project's root folder (where package.json is). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Top-level entries never copied: installed packages (linked instead), build output, caches. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', 'test-results', '.build-info.json']);

/**
 * node_modules entries removed from a copy: caches that Astro and Vite write while building. Each
 * copy starts its own, so a build in a copy never writes into the working copy's caches (Astro
 * keeps its content store in node_modules/.astro).
 */
const CACHES = ['.astro', '.vite', '.cache', '.vite-node', '.vitest'];

/**
 * Hard-links a folder tree (GNU `cp -al`): fast and small, and the packages' real paths stay inside
 * the copy. Symbolic links to the working copy would not do: Vite refuses to load files outside the
 * project folder, and vite-node loads some packages through Vite.
 */
async function hardLinkTree(from: string, to: string): Promise<void> {
  const copyWith = (args: string[]) => promisify(execFile)('cp', [...args, from, to]);
  try {
    await copyWith(['-al']);
  } catch {
    // Hard links cannot cross file systems (a tmpfs /tmp in CI): copy instead, slower but the same.
    await rm(to, { recursive: true, force: true });
    await copyWith(['-a', '--reflink=auto']);
  }
}

/** Options for {@link copyProject}. */
export interface CopyOptions {
  /** Copy .git too, so "Last updated" dates come from the history as in a real build. */
  withGit?: boolean;
  /** Folder to copy; the working copy by default. Another copy gives an exact twin. */
  from?: string;
}

/**
 * Copies the project into a new temporary folder and returns its path. node_modules is hard-linked
 * (never written to by a build: the caches in it are removed from the copy); dist/ is left out.
 */
export async function copyProject(options: CopyOptions = {}): Promise<string> {
  const from = options.from ?? projectRoot;
  const dir = await mkdtemp(path.join(tmpdir(), 'rp-project-'));
  for (const entry of await readdir(from)) {
    if (SKIPPED.has(entry) || /^dist\./.test(entry) || (entry === '.git' && !options.withGit)) continue;
    await cp(path.join(from, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const modules = path.join(dir, 'node_modules');
  await hardLinkTree(path.join(from, 'node_modules'), modules);
  for (const cache of CACHES) await rm(path.join(modules, cache), { recursive: true, force: true });
  return dir;
}

/** Removes a copy made by {@link copyProject}. */
export function removeCopy(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * The environment without the variables Vitest sets for its own Vite (BASE_URL, MODE, DEV, PROD,
 * SSR): a build started from a test must not inherit them, or Astro reads BASE_URL=/ from them.
 */
function withoutViteVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete clean[name];
  return clean;
}

/** How a build ended. */
export interface BuildResult {
  /** Exit code; null when the process was killed. */
  code: number | null;
  /** stdout and stderr together, in the order written. */
  output: string;
  ms: number;
}

/**
 * Runs the project's build (scripts/build.ts) in `cwd` with extra arguments, e.g.
 * ["--skip-pdf", "--out", "/tmp/x/dist"], and collects its output. The same command as
 * `npm run build`, without npm's start-up.
 */
export function runBuild(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return runInProject(cwd, [process.execPath, 'scripts/run-ts.mjs', 'scripts/build.ts', ...args], env);
}

/** Runs `npm run check` (scripts/check.ts, as package.json runs it) in `cwd` and collects its output. */
export function runCheck(cwd: string): Promise<BuildResult> {
  return runInProject(cwd, [process.execPath, 'scripts/run-ts.mjs', 'scripts/check.ts']);
}

/** Runs a command of the project in `cwd`, as npm would, and collects its output. */
function runInProject(
  cwd: string,
  [command, ...args]: [string, ...string[]],
  env: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...withoutViteVariables(process.env),
        TZ: 'UTC',
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: Math.round(performance.now() - start) }));
  });
}
