import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../datasets/index';
import { renderSvg } from '../lib/render-svg';
import { chartIds, getChart } from './index';

/**
 * SVG snapshots of every figure, drawn from the real data. A mismatch writes
 * `__snapshots__/<id>.changed.svg` to compare and fails; UPDATE_SNAPSHOTS=1 rewrites the snapshots.
 */

const dir = resolve(process.cwd(), 'src/charts/__snapshots__');
const update = process.env['UPDATE_SNAPSHOTS'] === '1';

/** One element per line, indented, so a diff shows which mark changed. */
function pretty(svg: string): string {
  const lines: string[] = [];
  let depth = 0;
  for (const token of svg.split(/(?=<)|(?<=>)/g).filter((t) => t.trim() !== '')) {
    if (token.startsWith('</')) depth -= 1;
    lines.push(`${'  '.repeat(Math.max(depth, 0))}${token}`);
    if (token.startsWith('<') && !token.startsWith('</') && !token.endsWith('/>')) depth += 1;
  }
  // Text content sits on its own line one level in; join it back to its tag for readability.
  return `${lines.join('\n').replace(/>\n\s+([^<\s][^<]*)\n\s*<\//g, '>$1</')}\n`;
}

const data = loadAllData();

describe('SVG snapshots', () => {
  for (const id of chartIds) {
    it(id, () => {
      const chart = getChart(id);
      const rows = chart.select(data);
      const { svg, warnings } = renderSvg(chart.spec(rows), {
        labelledBy: `${id}-title`,
        describedBy: `${id}-summary`,
      });
      expect(warnings, `Plot warned while drawing ${id}`).toEqual([]);
      expect(Buffer.byteLength(svg), `${id}.svg is over 30 KB`).toBeLessThanOrEqual(30 * 1024);
      expect(svg).not.toMatch(/font-size="(\d|1[01])(\.\d+)?"/);

      const actual = pretty(svg);
      const file = resolve(dir, `${id}.svg`);
      const changed = resolve(dir, `${id}.changed.svg`);
      if (update || !existsSync(file)) {
        writeFileSync(file, actual);
        rmSync(changed, { force: true });
        if (!update)
          throw new Error(`No snapshot for ${id}: wrote ${file}. Look at it, then run the tests again.`);
        return;
      }
      const expected = readFileSync(file, 'utf8');
      if (actual !== expected) {
        writeFileSync(changed, actual);
        throw new Error(
          `${id} no longer matches its snapshot. Compare ${changed} with ${file}; if the change is right, run with UPDATE_SNAPSHOTS=1.`,
        );
      }
      rmSync(changed, { force: true });
    });
  }
});
