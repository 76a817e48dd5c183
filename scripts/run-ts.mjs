// The one runner for every TypeScript script in package.json (build, check, import:lait,
// import:geo, bench): esbuild bundles the project's own modules (packages stay external) into
// node_modules/.cache, then Node imports the bundle. Kept over tsx because it is the faster start
// for the build and the check: `npm run check` took 1.1-1.4 s of CPU with this runner and 2.5-2.6 s
// with tsx 4.23 (3 runs each, 2 cores), as tsx starts a second Node and compiles every file through
// a loader hook. vite-node (gone with Vitest 5) was slower still (a third of the check's wait was
// its start-up).
// `import.meta.url` keeps meaning the source file, as it would unbundled.
// Usage: node scripts/run-ts.mjs scripts/check.ts [args…]
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Replaces `import.meta.url` in each bundled file with that source file's own URL. */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('Usage: node scripts/run-ts.mjs <script.ts> [args…]');
const outfile = path.resolve('node_modules/.cache/run-ts', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  logLevel: 'error',
  plugins: [sourceUrls],
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
