// Runs a TypeScript CLI of this project with plain Node: esbuild bundles the project's own modules
// (packages stay external) into node_modules/.cache, then Node imports the bundle. `npm run check`
// and `npm run build` use it: vite-node's start-up alone took a third of the time an editor waits
// for the check, and 4.7 s of the build's (1.3 s of it loading pdf-lib through Vite).
// Usage: node scripts/run-ts.mjs scripts/check.ts [args…]
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('Usage: node scripts/run-ts.mjs <script.ts> [args…]');
const outfile = path.resolve('node_modules/.cache/run-ts', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
