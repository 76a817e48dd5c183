/**
 * What the last build of the working copy recorded about itself in `.build-info.json` (never
 * published): how long each step took, and the settings it was built with. The benchmark reads
 * the timings; the determinism test rebuilds a copy with the same settings and compares.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NodeProcess } from './runtime';

export const BUILD_INFO_FILE = '.build-info.json';

/** The environment variables that change what the build writes (src/config/site.ts). */
export const SETTING_NAMES = ['SITE_URL', 'SITE_BASE', 'EDIT_BASE_URL'] as const;
export type BuildSettings = Record<(typeof SETTING_NAMES)[number], string>;

export interface BuildInfo {
  /** Milliseconds per step: check, astro, glossary, search, pdf, images. */
  timings: Record<string, number>;
  /** Each setting as the build saw it; blank when unset. */
  settings: BuildSettings;
  /** Whether the PDFs were printed (false with --skip-pdf). */
  pdf: boolean;
  /** The Node the build ran on (process.version), and the Node of every process it started. */
  node: { version: string; processes: NodeProcess[] };
}

/** The settings in this process's environment, blank where unset. */
export function currentSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]?.trim() ?? ''])) as BuildSettings;
}

export async function writeBuildInfo(projectDir: string, info: BuildInfo): Promise<void> {
  await writeFile(path.join(projectDir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

/** The record of the last build in `projectDir`; says how to make one when there is none. */
export async function readBuildInfo(projectDir: string): Promise<BuildInfo> {
  const file = path.join(projectDir, BUILD_INFO_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: run "npm run build" first.`);
  });
  return JSON.parse(text) as BuildInfo;
}
