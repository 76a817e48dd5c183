/**
 * `npm run import:lait [folder]`: reads DfE's LAIT files as published from seeds/lait/ (or the
 * folder given, e.g. one just downloaded from DfE) and writes data/lait_measures.csv,
 * data/lait_values.csv, data/lait_authorities.csv, data/statistical_neighbours.csv and the
 * release's row of data/sources.csv. A folder other than seeds/lait/ is then copied into it, so
 * the repository keeps the files the data came from. Prints what changed, writes it to
 * lait-import-report.md and drafts an entry in content/changelog.yaml. Which measures, and the
 * plan's year for each, come from content/since-the-plan.yaml. The build reads only the CSVs.
 */
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runImport } from './lib/lait-run';
import { LaitImportError } from './lib/lait-files';
import { loadSelection } from '../src/lib/measures/selection';

const start = performance.now();
const seeds = resolve('seeds/lait');
const sourceDir = resolve(process.argv[2] ?? seeds);
try {
  const run = await runImport({
    sourceDir,
    dataDir: resolve('data'),
    changelog: resolve('content/changelog.yaml'),
    selection: loadSelection(),
    today: new Date().toISOString().slice(0, 10),
  });
  if (sourceDir !== seeds) {
    for (const file of readdirSync(seeds)) if (/^sn_.*\.xlsx$/i.test(file)) rmSync(resolve(seeds, file));
    for (const file of run.read) copyFileSync(resolve(sourceDir, file), resolve(seeds, file));
    console.log(`Copied ${run.read.length} files from ${sourceDir} into seeds/lait/.`);
  }
  writeFileSync('lait-import-report.md', run.report);
  console.log(run.report);
  for (const line of run.written) console.log(line);
  console.log(
    `LAIT import done in ${((performance.now() - start) / 1000).toFixed(1)} s from ${sourceDir}. ` +
      `The report is in lait-import-report.md${run.drafted ? '; a changelog entry is drafted at the end of content/changelog.yaml for you to edit' : ''}.`,
  );
} catch (error) {
  if (!(error instanceof LaitImportError)) throw error;
  console.error(`The LAIT import stopped; nothing under data/ or seeds/ was changed.\n${error.message}`);
  process.exitCode = 1;
}
