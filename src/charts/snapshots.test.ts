import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../datasets/index';
import { renderSvg } from '../lib/svg/render-svg';
import { chartIds, getChart } from './index';
import { measureFigures } from './measure-figures';
import { getMeasures } from '../queries/measures';
import { LAYOUTS, type LayoutName } from './types';

/**
 * SVG snapshots of every figure in both layouts, drawn from the real data: `__snapshots__/<id>.svg`
 * (wide) and `<id>.narrow.svg`. A mismatch writes `<id>.changed.svg` (or `<id>.narrow.changed.svg`)
 * to compare and fails; UPDATE_SNAPSHOTS=1 rewrites the snapshots.
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

/** File name stem of a snapshot: the wide drawing keeps the plain `<id>`. */
const stem = (id: string, layout: LayoutName): string => (layout === 'wide' ? id : `${id}.${layout}`);

// The measure pages' figures are one definition per kind; three measures cover its cases: a rate
// without polarity, a percentage with one, and a unit cost.
const measures = getMeasures();
const measureCharts = new Map(
  ['looked-after-rate', 'agency-social-workers', 'fostering-unit-cost'].flatMap((slug) => {
    const index = measures.findIndex((m) => m.slug === slug);
    const figures = measureFigures(measures[index]!, index);
    return [figures.trend, figures.councils].map((chart) => [chart.id, chart] as const);
  }),
);

describe('SVG snapshots', () => {
  for (const layout of Object.keys(LAYOUTS) as LayoutName[]) {
    for (const id of [...chartIds, ...measureCharts.keys()]) {
      const name = stem(id, layout);
      it(name, () => {
        const chart = measureCharts.get(id) ?? getChart(id);
        const rows = chart.select(data);
        const { svg, warnings } = renderSvg(chart.spec(rows, LAYOUTS[layout]), { labelledBy: `${id}-title` });
        expect(warnings, `Plot warned while drawing ${name}`).toEqual([]);
        expect(Buffer.byteLength(svg), `${name}.svg is over 30 KB`).toBeLessThanOrEqual(30 * 1024);
        expect(svg).not.toMatch(/font-size="(\d|1[01])(\.\d+)?"/);
        expect(svg, `${name} is not drawn ${LAYOUTS[layout].width} units wide`).toMatch(
          new RegExp(`viewBox="0 0 ${LAYOUTS[layout].width} `),
        );

        const actual = pretty(svg);
        const file = resolve(dir, `${name}.svg`);
        const changed = resolve(dir, `${name}.changed.svg`);
        if (update || !existsSync(file)) {
          writeFileSync(file, actual);
          rmSync(changed, { force: true });
          if (!update)
            throw new Error(`No snapshot for ${name}: wrote ${file}. Look at it, then run the tests again.`);
          return;
        }
        const expected = readFileSync(file, 'utf8');
        if (actual !== expected) {
          writeFileSync(changed, actual);
          throw new Error(
            `${name} no longer matches its snapshot. Compare ${changed} with ${file}; if the change is right, run with UPDATE_SNAPSHOTS=1.`,
          );
        }
        rmSync(changed, { force: true });
      });
    }
  }
});
