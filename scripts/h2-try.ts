import { writeFileSync } from 'node:fs';
import { loadAllData } from '../src/datasets/index';
import { renderSvg } from '../src/lib/render-svg';
import { chartIds, getChart } from '../src/charts/index';
const d = loadAllData();
for (const id of process.argv.slice(2).length ? process.argv.slice(2) : chartIds) {
  const c = getChart(id);
  const rows = c.select(d);
  const r = renderSvg(c.spec(rows), { labelledBy: 'a', describedBy: 'b' });
  console.log(c.id, rows.length, r.svg.length, r.warnings, c.summary(rows));
  writeFileSync(`/tmp/h2-${c.id}.svg`, r.svg);
}
