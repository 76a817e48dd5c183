/**
 * The council PDF briefings as a councillor reads them: at most 8 pages each, and the first page
 * holds the key facts (the heading, the latest inspection and every headline measure's name and
 * value), read with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distDir, expectNone, pdfsBuilt } from '../support/dist';

/** The most pages a council briefing may run to. */
const MAX_PAGES = 8;

const councils = Papa.parse<Record<string, string>>(readFileSync('data/councils.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const selection = yaml.load(readFileSync('content/since-the-plan.yaml', 'utf8')) as {
  headline: string[];
  measures: { code: string; name: string }[];
};
const headlineNames = selection.headline.map((c) => selection.measures.find((m) => m.code === c)?.name ?? c);
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe.skipIf(!pdfsBuilt())('council PDF briefings', () => {
  it(`run to at most ${MAX_PAGES} pages and open with the key facts`, () => {
    const failures: string[] = [];
    for (const council of councils) {
      const file = path.join(distDir, 'pdf', `${council['slug']}.pdf`);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      if (!(pages <= MAX_PAGES)) failures.push(`${council['slug']}.pdf has ${pages} pages`);
      const first = squash(
        execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }),
      );
      const wanted = ['Key facts', 'Latest full Ofsted inspection', ...headlineNames.map(squash)];
      for (const words of wanted) {
        // pdftotext may break a name across lines: compare with spaces squashed on both sides.
        if (!first.replace(/ /g, '').includes(words.replace(/ /g, '')))
          failures.push(`${council['slug']}.pdf page 1 lacks "${words}"`);
      }
      if (!first.includes(`${council['name']}:`))
        failures.push(`${council['slug']}.pdf page 1 lacks the council's own values ("${council['name']}:")`);
    }
    expectNone(failures, 'Council briefings');
    expect(failures).toEqual([]);
  });
});
