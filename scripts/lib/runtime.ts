/**
 * The Node the project runs on: `node` pinned in package.json's devDependencies (installed into
 * node_modules/.bin, which `npm run` and `npx` put first on the PATH), and the record of which
 * Node each process of a build ran on.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One Node process of a build: its version, its executable and the script it ran. */
export interface NodeProcess {
  node: string;
  execPath: string;
  script: string;
}

/** The Node version package.json pins (devDependencies.node), e.g. "24.21.0". */
export function pinnedNodeVersion(projectDir: string): string {
  const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.['node'];
  if (!version) throw new Error('package.json pins no Node: devDependencies.node is missing.');
  return version;
}

/** The major of a version, with or without its "v": "v24.21.0" → 24. */
export function majorOf(version: string): number {
  return Number(version.replace(/^v/, '').split('.')[0]);
}

/** The file the processes of a build append their Node version to. */
export function runtimeLogFile(projectDir: string): string {
  return path.join(projectDir, 'node_modules/.cache/build-runtimes.jsonl');
}

/**
 * `env` for child processes that each record their Node version in `logFile`: every Node
 * process started with it, however it was started, loads scripts/lib/record-runtime.mjs first.
 */
export function recordingEnv(env: NodeJS.ProcessEnv, logFile: string): NodeJS.ProcessEnv {
  const option = `--import=${pathToFileURL(path.resolve('scripts/lib/record-runtime.mjs')).href}`;
  const options = env['NODE_OPTIONS'] ?? '';
  return {
    ...env,
    BUILD_RUNTIME_LOG: logFile,
    NODE_OPTIONS: options.includes(option) ? options : [options, option].filter(Boolean).join(' '),
  };
}

/** Starts a fresh log for one build. */
export async function clearRuntimeLog(logFile: string): Promise<void> {
  await mkdir(path.dirname(logFile), { recursive: true });
  await rm(logFile, { force: true });
}

/** The processes recorded in `logFile` (none when it is missing). */
export async function readRuntimeLog(logFile: string): Promise<NodeProcess[]> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NodeProcess);
}
