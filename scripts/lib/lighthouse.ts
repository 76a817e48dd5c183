import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from './chromium';
import { run } from './run';

/** Lighthouse 12 (13 needs Node 22 or later), fetched from the npm registry by npx. */
export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** The four categories a Lighthouse report scores, in its order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run's scores out of 100, and its largest contentful paint in ms. */
export interface LighthouseScores {
  scores: Record<Category, number>;
  lcpMs: number;
}

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|webmanifest)$/;

/**
 * A copy of a built site with a gzipped twin beside each text file, for sirv's `gzip` option to
 * serve as GitHub Pages does (compressed when the browser accepts it). Returns its folder.
 */
export async function gzippedCopy(dist: string): Promise<string> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'rp-gzip-'));
  await cp(dist, copy, { recursive: true });
  const files = (await readdir(copy, { recursive: true })).filter((f) => COMPRESSIBLE.test(f));
  for (const file of files) {
    const full = path.join(copy, file);
    await writeFile(`${full}.gz`, gzipSync(await readFile(full), { level: 9 }));
  }
  return copy;
}

/** Runs Lighthouse's mobile audit (its default) on one address in Debian's headless Chromium. */
export async function lighthouse(url: string): Promise<LighthouseScores> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rp-lighthouse-'));
  const out = path.join(dir, 'report.json');
  try {
    await run(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    );
    const report = JSON.parse(await readFile(out, 'utf8')) as {
      categories: Record<Category, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    return { scores, lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
