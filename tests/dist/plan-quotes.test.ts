/**
 * Where the plan gives a South East figure in its words (planQuote in
 * content/since-the-plan.yaml), the measure page quotes those words as the plan printed them, links
 * the paragraph, and sets LAIT's figure for the plan's year beside the plan's, read here straight
 * from data/lait_values.csv.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

interface Quoted {
  code: string;
  slug: string;
  planPeriod: string;
  planParagraph: string;
  planQuote: { words: string; value: string };
}
const selection = yaml.load(readFileSync('content/since-the-plan.yaml', 'utf8')) as {
  measures: (Omit<Quoted, 'planQuote'> & { planQuote?: Quoted['planQuote'] })[];
};
const quoted = selection.measures.filter((m): m is Quoted => m.planQuote !== undefined);
const values = Papa.parse<Record<string, string>>(readFileSync('data/lait_values.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const units = new Map(
  Papa.parse<Record<string, string>>(readFileSync('data/lait_measures.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => [r.measure, r.unit ?? '']),
);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('the plan’s own words on measure pages', () => {
  it('are quoted, linked to their paragraph, and set beside LAIT’s figure for the plan’s year', () => {
    expect(quoted.length, 'measures with a planQuote').toBeGreaterThan(0);
    for (const m of quoted) {
      const html = readFileSync(path.join(distDir, 'since-the-plan', m.slug, 'index.html'), 'utf8');
      const southEast = values.find(
        (v) => v.measure === m.code && v.area === 'South East' && v.period === m.planPeriod,
      );
      expect(southEast?.value, `LAIT's South East figure for ${m.code} in ${m.planPeriod}`).toBeTruthy();
      const page = text(html);
      expect(page).toContain(m.planQuote.words);
      expect(html).toMatch(new RegExp(`href="[^"]*#para-${m.planParagraph.replace('.', '-')}"`));
      // Only percentages are quoted so far; a rate or a cost would print without "%".
      expect(units.get(m.code), `the unit of ${m.code}`).toMatch(/^%/);
      const decimals = m.planQuote.value.split('.')[1]?.length ?? 0;
      const same = Number(Number(southEast?.value).toFixed(decimals)) === Number(m.planQuote.value);
      expect(page).toContain(`The plan gives ${m.planQuote.value}% for the South East. LAIT (data of`);
      expect(page).toContain(
        `gives ${southEast?.value}% for ${m.planPeriod}, the plan’s year${same ? ', which rounds to' : ': not the plan’s figure'}`,
      );
    }
  });
});
