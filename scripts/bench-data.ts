/**
 * Benchmark: load and validate every data file, then render every figure to SVG.
 * Prints the median of 5 runs and each figure's SVG size in bytes.
 * Run with: npx vite-node scripts/bench-data.ts
 */
import { performance } from 'node:perf_hooks';
import { chartIds, getChart } from '../src/charts/index';
import { LAYOUTS } from '../src/charts/types';
import { loadAllData } from '../src/datasets/index';
import { renderSvg } from '../src/lib/render-svg';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const loadTimes: number[] = [];
const renderTimes: number[] = [];
const sizes = new Map<string, number>();

for (let run = 0; run < RUNS; run += 1) {
  const t0 = performance.now();
  const data = loadAllData();
  const t1 = performance.now();
  for (const id of chartIds) {
    const chart = getChart(id);
    const { svg } = renderSvg(chart.spec(chart.select(data), LAYOUTS.wide), {
      labelledBy: `${id}-title`,
      describedBy: `${id}-summary`,
    });
    sizes.set(id, Buffer.byteLength(svg));
  }
  const t2 = performance.now();
  loadTimes.push(t1 - t0);
  renderTimes.push(t2 - t1);
}

console.log(`load + validate all data: ${median(loadTimes).toFixed(0)} ms (median of ${RUNS})`);
console.log(
  `render all ${chartIds.length} figures: ${median(renderTimes).toFixed(0)} ms (median of ${RUNS})`,
);
console.log('SVG sizes (bytes):');
for (const [id, size] of sizes) console.log(`  ${id.padEnd(26)} ${String(size).padStart(6)}`);
console.log(`  ${'total'.padEnd(26)} ${String([...sizes.values()].reduce((a, b) => a + b, 0)).padStart(6)}`);
