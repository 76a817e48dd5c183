/**
 * Where the plan prints a figure for a measure (planQuote in content/since-the-plan.yaml), the
 * measure page quotes the plan's words as it printed them, links the paragraph, and sets LAIT's
 * figure for the plan's year beside the plan's for the South East and, where the plan gives one,
 * England, read here straight from data/lait_values.csv.
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
  planQuote: { words: string; value: string; england?: string };
}
const selection = yaml.load(readFileSync('content/since-the-plan.yaml', 'utf8')) as {
  measures: (Omit<Quoted, 'planQuote'> & { planQuote?: Quoted['planQuote'] })[];
};
const quoted = selection.measures.filter((m): m is Quoted => m.planQuote !== undefined);
const values = Papa.parse<Record<string, string>>(readFileSync('data/lait_values.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const measureRows = Papa.parse<Record<string, string>>(readFileSync('data/lait_measures.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const laitRelease = Papa.parse<Record<string, string>>(readFileSync('data/sources.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.find((r) => r.source_id === 'DFE_LAIT_2026')!.release_date!;
const laitDate = new Date(`${laitRelease}T00:00:00Z`).toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A figure as an en-GB reader sees it: "£1,165", "15%", "559.7". */
function shown(code: string, value: string, decimals?: number): string {
  const row = measureRows.find((r) => r.measure === code)!;
  const places = decimals ?? (row.decimals ? Number(row.decimals) : 1);
  if (row.unit === 'Unit Cost')
    return `£${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
  const text = Number(value).toLocaleString('en-GB', { maximumFractionDigits: places });
  return row.unit?.startsWith('%') ? `${text}%` : text;
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('the plan’s printed figures on measure pages', () => {
  it('are quoted, linked to their paragraph, and set beside LAIT’s figure for the plan’s year', () => {
    expect(quoted.length, 'measures with a planQuote').toBeGreaterThan(5);
    for (const m of quoted) {
      const html = readFileSync(path.join(distDir, 'since-the-plan', m.slug, 'index.html'), 'utf8');
      const page = text(html);
      expect(page).toContain(m.planQuote.words);
      expect(html).toMatch(new RegExp(`href="[^"]*#para-${m.planParagraph.replace('.', '-')}"`));
      const printed = [
        ['South East', m.planQuote.value],
        ['England', m.planQuote.england],
      ] as const;
      for (const [area, plan] of printed) {
        const lait = values.find((v) => v.measure === m.code && v.area === area && v.period === m.planPeriod);
        if (plan === undefined) {
          expect(page).toMatch(new RegExp(`${area} not printed in the plan `));
          continue;
        }
        expect(lait?.value, `LAIT's ${area} figure for ${m.code} in ${m.planPeriod}`).toBeTruthy();
        const decimals = plan.split('.')[1]?.length ?? 0;
        const same = Number(Number(lait?.value).toFixed(decimals)) === Number(plan);
        expect(page).toContain(
          `${area}: the plan printed ${shown(m.code, plan, decimals)}; LAIT (data of ${laitDate}) gives ${shown(m.code, lait!.value!)} for ${m.planPeriod.replace(' (OT)', '')}, which ${same ? 'rounds' : 'does not round'} to the plan’s figure.`,
        );
      }
    }
  });
});
