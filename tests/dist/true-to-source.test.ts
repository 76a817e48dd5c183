/**
 * Issue #22, "true to the source, to the last digit", checked on the built site with this file's
 * own code (papaparse, BigInt, pdftotext), not the site's helpers:
 * - every mean in every council CSV, recomputed from data/ in exact decimal arithmetic;
 * - every figure a page calls the plan's is printed in seeds/ in the paragraph it cites, and no
 *   page says "the plan shows" of this site's S-figures;
 * - no page, CSV or PDF says "published after the plan" (data/ records no date of first
 *   publication for any year, so nothing can show that a year came after the plan);
 * - the EHC measure's change of collection is shown at 2022 on its page, chart, table, a council
 *   page and that council's PDF; the workforce pages say how joint returns count and why 2025
 *   has fewer figures.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, distDir, pdfsBuilt, report } from '../support/dist';

const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const dataCsv = (name: string) => csvRows(readFileSync(`data/${name}.csv`, 'utf8'));
const distFile = (...parts: string[]) => readFileSync(path.join(distDir, ...parts), 'utf8');
const pageText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const pdfText = (slug: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(distDir, 'pdf', `${slug}.pdf`), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');

/** Every built file under `dir` whose name ends with `ending`, relative to distDir. */
function builtFiles(ending: string, dir = ''): string[] {
  return readdirSync(path.join(distDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(ending, relative);
    return entry.name.endsWith(ending) ? [relative] : [];
  });
}

/** A published decimal as a whole number of 10^-places units, from its digits. */
function units(text: string, places: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  if (fraction.length > places) throw new Error(`${text} has more than ${places} decimals`);
  const value = BigInt(whole + fraction.padEnd(places, '0'));
  return negative ? -value : value;
}

/** The mean of decimal strings in units of 10^-decimals, halves away from zero. */
function exactMeanUnits(values: string[], decimals: number): bigint {
  const places = Math.max(decimals, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const sum = values.reduce((total, v) => total + units(v, places), 0n);
  const divisor = BigInt(values.length) * 10n ** BigInt(places - decimals);
  const size = sum < 0n ? -sum : sum;
  const rounded = (2n * size + divisor) / (2n * divisor);
  return sum < 0n ? -rounded : rounded;
}

beforeAll(() => assertDistBuilt());

describe('council CSVs: every mean recomputed in exact decimal arithmetic', () => {
  it('finds no difference in neighbours_mean or triad_partners_mean', () => {
    const values = new Map(
      dataCsv('lait_values').map((v) => [`${v.measure}|${v.area_code}|${v.year}`, v.value ?? '']),
    );
    const decimals = new Map(
      dataCsv('lait_measures').map((m) => [m.measure, m.decimals ? Number(m.decimals) : 1]),
    );
    const councils = dataCsv('councils');
    const codeOf = new Map(councils.map((c) => [c.name, c.la_number]));
    const neighbours = dataCsv('statistical_neighbours');
    const triads = dataCsv('triads');
    const failures: string[] = [];
    let checked = 0;
    let halves = 0;
    for (const council of councils) {
      const own = triads.find((r) => r.area === council.name)!;
      const partners = triads
        .filter((r) => r.triad === own.triad && r.position !== own.position)
        .map((r) => codeOf.get(r.area)!);
      for (const row of csvRows(distFile('data', 'councils', `${council.slug}.csv`))) {
        const groups = {
          neighbours_mean: neighbours
            .filter((n) => n.model === row.neighbours_model && n.la_number === council.la_number)
            .map((n) => n.neighbour_number!),
          triad_partners_mean: partners,
        };
        for (const [column, codes] of Object.entries(groups)) {
          const found = codes
            .map((code) => values.get(`${row.measure}|${code}|${row.year}`) ?? '')
            .filter((v) => v !== '');
          const places = decimals.get(row.measure)!;
          const shown = row[column] ?? '';
          if (found.length === 0) {
            if (shown !== '')
              failures.push(`${council.slug} ${row.measure} ${row.year} ${column}: ${shown}, no values`);
            continue;
          }
          const mean = exactMeanUnits(found, places);
          checked += 1;
          const floatMean = found.reduce((a, b) => a + Number(b), 0) / found.length;
          if (Math.round(floatMean * 10 ** places) !== Number(mean)) halves += 1;
          if (shown === '' || units(shown, places) !== mean) {
            failures.push(
              `${council.slug} ${row.measure} ${row.year} ${column}: shows ${shown}, exact ${mean} ×10^-${places}`,
            );
          }
        }
      }
    }
    expect(checked, 'means checked').toBeGreaterThan(1000);
    // Floating point would round some halves down: the case the exact arithmetic exists for.
    expect(halves, 'means where binary floating point rounds differently').toBeGreaterThan(0);
    expect(failures, report(failures, 'council means')).toEqual([]);
  });
});

/** The plan's text as received, one paragraph per number ("2.11" → its words, sub-points included). */
function seedParagraphs(): Map<string, string> {
  const seed = readFileSync('seeds/000_7f668d3e6470096a.txt', 'utf8');
  const paragraphs = new Map<string, string>();
  const starts = [...seed.matchAll(/^(?:- )?(A?\d+\.\d+)\.\s/gm)];
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? seed.length;
    paragraphs.set(m[1]!, seed.slice(m.index, end).replace(/\s+/g, ' '));
  });
  return paragraphs;
}

/** The numbers a text prints, commas dropped: "£1,165 versus 62" → ["1165", "62"]. */
const numbersIn = (text: string) =>
  (text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).map(String);

describe('the plan’s figures', () => {
  it('are each printed in seeds/ in the paragraph the page cites', () => {
    const paragraphs = seedParagraphs();
    const failures: string[] = [];
    let checked = 0;
    for (const file of builtFiles('.html')) {
      const html = distFile(file);
      // Columns headed "The plan’s figure (paragraph N)": each cell is a number the plan printed.
      for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
        const headers = [...table.matchAll(/<th[^>]*scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((h) =>
          pageText(h[1]!).trim(),
        );
        const column = headers.findIndex((h) => /^The plan’s figure \(paragraph /.test(h));
        if (column < 0) continue;
        const paragraph = headers[column]!.match(/paragraph (A?\d+\.\d+)/)![1]!;
        const printed = numbersIn(paragraphs.get(paragraph) ?? '');
        for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g)?.slice(1) ?? []) {
          const cell = [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)][column]?.[1];
          const value = pageText(cell ?? '').trim();
          if (value === 'not printed in the plan') continue;
          checked += 1;
          const [digits] = numbersIn(value);
          if (!digits || !printed.includes(digits))
            failures.push(`${file}: "${value}" is not printed in paragraph ${paragraph}`);
        }
      }
      // Sentences "the plan printed X" name the paragraph in the same section.
      const text = pageText(html);
      for (const m of text.matchAll(/the plan printed ([£\d.,%]+)/g)) {
        const paragraph = text.slice(0, m.index).match(/paragraph (A?\d+\.\d+)[^]*$/)?.[1];
        const [digits] = numbersIn(m[1]!);
        checked += 1;
        if (!paragraph || !digits || !numbersIn(paragraphs.get(paragraph) ?? '').includes(digits)) {
          failures.push(`${file}: "the plan printed ${m[1]}" is not in paragraph ${paragraph}`);
        }
      }
    }
    expect(checked, 'plan’s figures checked').toBeGreaterThan(20);
    expect(failures, report(failures, 'plan’s figures')).toEqual([]);
  });

  it('are never an S-figure of this site: no page says “the plan shows” of one', () => {
    const failures = builtFiles('.html').filter((file) =>
      /the plan shows[^.]*Figure S\d/i.test(pageText(distFile(file))),
    );
    expect(failures).toEqual([]);
    const cin = pageText(distFile('since-the-plan', 'children-in-need-rate', 'index.html'));
    expect(cin).toContain('Figure S5 is drawn by this site, not the plan, from DfE’s');
    expect(cin).toMatch(/South East 303 300\.6 \d/);
    const residential = pageText(distFile('since-the-plan', 'residential-care-unit-cost', 'index.html'));
    expect(residential).toMatch(/England not printed in the plan £[\d,]+ £/);
  });
});

describe('years the plan does not show', () => {
  // data/sources.csv records no date of first publication for any year of any release, so no year
  // can be shown to have been published after the plan.
  const phrase = /published after the plan/i;
  it('are never called “published after the plan” in a page or CSV', () => {
    const files = [...builtFiles('.html'), ...builtFiles('.csv')];
    expect(files.length).toBeGreaterThan(50);
    const failures = files.filter(
      (file) => phrase.test(pageText(distFile(file))) || phrase.test(distFile(file)),
    );
    expect(failures, report(failures, 'pages or CSVs')).toEqual([]);
    expect(pageText(distFile('plan', 'characteristics', 'index.html'))).toContain(
      '2018 and 2019, not in the plan',
    );
  });

  it.runIf(pdfsBuilt())('are never called “published after the plan” in a PDF', () => {
    const failures = builtFiles('.pdf')
      .map((file) => path.basename(file, '.pdf'))
      .filter((slug) => phrase.test(pdfText(slug)));
    expect(failures, report(failures, 'PDFs')).toEqual([]);
  });
});

describe('DfE’s change of collection for new EHC plans, at 2022', () => {
  const dictionary =
    'Up to and including the 2022 publication, data was collected at a local authority aggregate level';
  const breakSentence = 'DfE changed how it collects this measure from 2022';

  it('is quoted, explained and marked on the measure page, its chart and its table', () => {
    const html = distFile('since-the-plan', 'ehc-plans-within-20-weeks', 'index.html');
    const text = pageText(html);
    expect(text).toContain(dictionary);
    // The dictionary is linked where /data/ describes it and says where our copy came from: a code
    // repository is provenance, never a reader's source.
    expect(html).toMatch(/href="[^"]*\/data\/#dataset-lait_measures">LAIT’s data dictionary<\/a>/);
    expect(text).toContain('reports the plans issued in the 2022 calendar year');
    expect(text).toContain(
      `${breakSentence} (its note in LAIT’s data dictionary), so the figures for 2017 and 2024 come from different collections.`,
    );
    expect(text).toContain('so the lines break between 2021 and 2022');
    expect(text).toContain('2022 (DfE’s new collection)');
    expect(html).toContain('>New collection</text>');
    const csv = csvRows(distFile('data', 'figures', 'ehc-plans-within-20-weeks-trend.csv'));
    expect(csv.filter((r) => r.series === 'from the break').map((r) => r.year)).toEqual([
      '2022',
      '2023',
      '2024',
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('is shown on a council page and in its PDF', () => {
    const kent = pageText(distFile('councils', 'kent', 'index.html'));
    expect(kent).toContain('2024 (DfE’s collection changed in 2022: see the notes below the table)');
    expect(kent).toContain(dictionary);
    expect(kent).toContain(breakSentence);
    if (pdfsBuilt()) {
      const pdf = pdfText('kent');
      expect(pdf).toContain('collection changed in 2022');
      expect(pdf).toContain('Up to and including the 2022 publication');
    }
  });
});

describe('the workforce measures', () => {
  const slugs = ['agency-social-workers', 'social-worker-turnover', 'social-worker-vacancies'];
  it('say how joint returns count and why 2025 has fewer figures, where the count appears', () => {
    for (const slug of slugs) {
      const text = pageText(distFile('since-the-plan', slug, 'index.html'));
      expect(text, slug).toContain(
        'Kingston upon Thames and Richmond upon Thames submit a joint census return',
      );
      expect(text, slug).toContain('Since 2021 they have submitted a joint census return');
      expect(text, slug).toContain(
        'Kensington and Chelsea and Westminster, were unable to provide data for 2025 following a cyberattack',
      );
      expect(text, slug).toMatch(
        /Across England’s \d+ authorities with a figure for 2025, the middle half lay between [\d.]+% and [\d.]+%, with a median of [\d.]+%\. Counted as LAIT publishes: where authorities file one joint return, LAIT repeats its figure for each of them, and each counts here/,
      );
      expect(text, slug).toContain(
        'For 2025, DfE notes that some authorities gave no figures, so they are not among those counted',
      );
    }
    const councils = pageText(distFile('councils', 'index.html'));
    expect(councils).toContain('Counted as LAIT publishes: where authorities file one joint return');
    const methods = pageText(distFile('methods', 'index.html'));
    expect(methods).toContain('This site counts as LAIT publishes');
  });

  it('say what turnover and placements count, in their own period words', () => {
    expect(pageText(distFile('since-the-plan', 'social-worker-turnover', 'index.html'))).toContain(
      'in each year to 30 September.',
    );
    expect(pageText(distFile('since-the-plan', 'placed-over-20-miles', 'index.html'))).toContain(
      'at 31 March of each year.',
    );
  });
});
