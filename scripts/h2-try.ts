import { writeFileSync } from 'node:fs';
import { loadAllData } from '../src/datasets/index';
import { renderSvg } from '../src/lib/render-svg';
import { lacRates } from '../src/charts/lac-rates';
import { lacUnitCosts } from '../src/charts/lac-unit-costs';
const d = loadAllData();
for (const c of [lacRates, lacUnitCosts]) {
  const rows = c.select(d);
  const r = renderSvg(c.spec(rows), { labelledBy: 'a', describedBy: 'b' });
  console.log(c.id, rows.length, r.svg.length, r.warnings, c.summary(rows));
  writeFileSync(`/tmp/h2-${c.id}.svg`, r.svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" width="640" style="--rp-chart-se:#b4331f;--rp-chart-england:#0b0c0c;--rp-chart-la:#8d99a6;--rp-chart-grid:#d5d8da;--rp-chart-text:#0b0c0c;--rp-chart-other:#6f777b;--rp-color-bg:#fff;background:#fff" '));
}
