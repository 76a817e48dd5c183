import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro's command-line entry (its package's `bin`), run with `node` itself: going through npx
 * cost half a second of start-up on each build.
 */
export const ASTRO_CLI = path.resolve('node_modules/astro', astroBin());

function astroBin(): string {
  const pkg = JSON.parse(readFileSync(path.resolve('node_modules/astro/package.json'), 'utf8')) as {
    bin: { astro: string };
  };
  return pkg.bin.astro;
}

/**
 * Environment for every child process: no telemetry, a pinned timezone, for reproducible builds,
 * and NODE_ENV=production whatever the caller's shell says: Astro builds in development mode when
 * NODE_ENV is "development" (an editor's shell may set it), and then the dev
 * server's link middleware runs inside the build, so the link step linked every page twice.
 */
export const BUILD_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  TZ: 'UTC',
  NODE_ENV: 'production',
};

/** Runs a command with inherited output; rejects with its exit code when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = BUILD_ENV): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with code ${code}`)),
    );
  });
}

/** Milliseconds taken by `work`, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: Math.round(performance.now() - start), result };
}
