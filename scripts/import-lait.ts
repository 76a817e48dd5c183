/**
 * `npm run import:lait`: reads DfE's LAIT data set from ../shared/sources/lait/ (or the folder
 * given as the first argument) and writes data/lait_measures.csv, data/lait_values.csv,
 * data/lait_authorities.csv and data/statistical_neighbours.csv. Which measures, and the plan's
 * year for each, come from content/since-the-plan.yaml. The build reads only the CSVs.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importLait } from './lib/lait-import';
import { loadSelection } from '../src/lib/measures/selection';

const start = performance.now();
const sourceDir = resolve(process.argv[2] ?? '../shared/sources/lait');
const files = await importLait(sourceDir, loadSelection());
for (const [id, text] of Object.entries(files)) {
  writeFileSync(resolve('data', `${id}.csv`), text);
  console.log(`data/${id}.csv: ${text.split('\n').length - 2} rows`);
}
console.log(`LAIT import done in ${((performance.now() - start) / 1000).toFixed(1)} s from ${sourceDir}.`);
