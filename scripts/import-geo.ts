/**
 * `npm run import:geo`: writes data/se_districts_2013.topo.json from seeds/geo/ (see
 * scripts/lib/geo-import.ts for what the import does). The result is committed; the build reads only
 * data/.
 *
 * Usage: npm run import:geo -- [--source seeds/geo] [--out data]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GEO_OUTPUT_FILE, GEO_SOURCE_DIR, importGeo } from './lib/geo-import';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) =>
    args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
  const sourceDir = option('--source', GEO_SOURCE_DIR);
  const outFile = path.join(option('--out', 'data'), GEO_OUTPUT_FILE);
  const text = await importGeo(sourceDir);
  await writeFile(outFile, text);
  console.log(`Wrote ${outFile} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
