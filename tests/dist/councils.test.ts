/**
 * The council pages and the council name links, checked on the built site against the data files
 * directly: the CSVs are read here with papaparse and every figure is recomputed here (means,
 * ranks, England quartiles by QUARTILE.INC), without the code that made the pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { distDir, expectNone, listPages } from '../support/dist';

type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(path.join('data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const councils = csv('councils.csv');
const values = csv('lait_values.csv');
const measures = csv('lait_measures.csv');
const neighbours = csv('statistical_neighbours.csv');
const triads = csv('triads.csv');
const judgements = csv('ofsted_se_judgements.csv');
const selection = yaml.load(readFileSync('content/since-the-plan.yaml', 'utf8')) as {
  measures: { code: string; name: string }[];
};

const base = site.basePath.replace(/\/$/, '');
const hrefOf = (slug: string) => `${base}/councils/${slug}/`;
const page = (file: string) => parseHTML(readFileSync(path.join(distDir, file), 'utf8')).document;
const text = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const valueIndex = new Map<string, number | null>();
const years = new Map<string, { period: string; year: number }[]>();
for (const v of values) {
  valueIndex.set(
    `${v['measure']}|${v['area_code']}|${v['year']}`,
    v['value'] === '' ? null : Number(v['value']),
  );
  if (v['area_code'] === '970' && v['value'] !== '') {
    const list = years.get(v['measure'] as string) ?? [];
    list.push({ period: v['period'] as string, year: Number(v['year']) });
    years.set(v['measure'] as string, list);
  }
}
const value = (measure: string, code: string | number, year: number) =>
  valueIndex.get(`${measure}|${code}|${year}`) ?? null;

/** A printed number read back: "£1,165" → 1165, "14.8%" → 14.8, "not published" → null. */
function readNumber(cell: string): number | null {
  if (cell === 'not published') return null;
  const number = Number(cell.replace(/[£,%]/g, '').trim());
  if (Number.isNaN(number)) throw new Error(`"${cell}" is not a number`);
  return number;
}

/** Equal to the printed precision: the page rounds to the measure's decimals (DfE's, else one). */
function close(printed: number | null, expected: number | null, decimals: number): boolean {
  if (printed === null || expected === null) return printed === expected;
  return Math.abs(printed - expected) <= 0.5 * 10 ** -decimals + 1e-9;
}

function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Excel QUARTILE.INC. */
function quantile(sorted: number[], p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

function quarter(measure: string, year: number, v: number): number {
  const all = values
    .filter((r) => r['measure'] === measure && Number(r['year']) === year && r['area_type'] === 'authority')
    .filter((r) => r['value'] !== '')
    .map((r) => Number(r['value']))
    .sort((a, b) => a - b);
  const [q1, q2, q3] = [0.25, 0.5, 0.75].map((p) => quantile(all, p)) as [number, number, number];
  return v <= q1 ? 1 : v <= q2 ? 2 : v <= q3 ? 3 : 4;
}

const ORDINAL = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')}`;

/** A quarter of England's councils in words: "1st" would read as the highest, as ranks do. */
const QUARTER_WORDS = ['Lowest', 'Second lowest', 'Second highest', 'Highest'];

describe('council pages', () => {
  it('exist for all 19 councils, with the index listing and mapping each', () => {
    expect(councils).toHaveLength(19);
    const index = page('councils/index.html');
    for (const c of councils) {
      const href = hrefOf(c['slug'] as string);
      expect(index.querySelector(`table a[href="${href}"]`), `${c['name']} in the table`).not.toBeNull();
      expect(
        index.querySelector(`svg a[href="${href}"][aria-label="${c['name']}"]`),
        `${c['name']} on the map`,
      ).not.toBeNull();
      expect(text(page(`councils/${c['slug']}/index.html`).querySelector('h1'))).toContain(c['name']);
    }
    const home = page('index.html');
    expect(
      home.querySelectorAll('#find-your-council ~ ul a[href^="/councils/"], .rp-find-council a').length,
    ).toBeGreaterThanOrEqual(19);
    expect(
      home.querySelector(`header a[href="${base}/councils/"]`),
      'Find your council in the header',
    ).not.toBeNull();
  });

  it.each(councils.map((c) => [c['name'] as string, c] as const))(
    '%s: every number in the table of measures matches the data files',
    (name, council) => {
      const document = page(`councils/${council['slug']}/index.html`);
      const table = [...document.querySelectorAll('table')].find((t) =>
        text(t.querySelector('caption')).includes('every measure followed'),
      );
      expect(table, 'the table of measures').toBeDefined();
      const groups = [...(table?.querySelectorAll('tbody') ?? [])];
      expect(groups).toHaveLength(selection.measures.length);
      const own = triads.find((r) => r['area'] === name) as Row;
      const partners = triads
        .filter((r) => r['triad'] === own['triad'] && r['position'] !== own['position'])
        .map((r) => councils.find((c) => c['name'] === r['area'])?.['la_number'] as string);
      const failures: string[] = [];
      selection.measures.forEach((chosen, i) => {
        const group = groups[i];
        const meta = measures.find((m) => m['measure'] === chosen.code) as Row;
        const decimals = meta['decimals'] === '' ? 1 : Number(meta['decimals']);
        expect(text(group?.querySelector('th[scope="rowgroup"]'))).toBe(chosen.name);
        const planYear = Number(
          values.find((v) => v['measure'] === chosen.code && v['period'] === meta['plan_period'])?.['year'],
        );
        const list = years.get(chosen.code) ?? [];
        const latestYear = list.reduce((a, b) => Math.max(a, b.year), 0);
        const rows = [...(group?.querySelectorAll('tr:not(.group)') ?? [])];
        [
          [planYear, '2021'],
          [latestYear, '2025'],
        ].forEach(([year, model], r) => {
          const cells = [...(rows[r]?.children ?? [])].map((c) => text(c));
          const where = `${chosen.name}, ${cells[0]}`;
          const code = council['la_number'] as string;
          const v = value(chosen.code, code, year as number);
          const expectCell = (cell: string | undefined, expected: number | null, what: string) => {
            const printed = readNumber((cell ?? '').replace(/ \(\d+ of \d+\)$/, ''));
            if (!close(printed, expected, decimals))
              failures.push(`${where}: ${what} printed "${cell}", data give ${expected}`);
          };
          expectCell(cells[1], v, name);
          expectCell(cells[2], value(chosen.code, 989, year as number), 'South East');
          expectCell(cells[3], value(chosen.code, 970, year as number), 'England');
          const nCodes = neighbours
            .filter((n) => n['model'] === model && n['la_number'] === code)
            .map((n) => n['neighbour_number'] as string);
          const nValues = nCodes
            .map((c) => value(chosen.code, c, year as number))
            .filter((x): x is number => x !== null);
          expectCell(cells[4], mean(nValues), 'neighbours');
          if (nValues.length > 0 && !cells[4]?.endsWith(`(${nValues.length} of ${nCodes.length})`))
            failures.push(
              `${where}: neighbours "${cells[4]}", expected ${nValues.length} of ${nCodes.length}`,
            );
          const tValues = partners
            .map((c) => value(chosen.code, c, year as number))
            .filter((x): x is number => x !== null);
          expectCell(cells[5], mean(tValues), 'triad partners');
          if (v !== null) {
            const se = councils
              .map((c) => value(chosen.code, c['la_number'] as string, year as number))
              .filter((x): x is number => x !== null);
            const rank = `${ORDINAL(1 + se.filter((x) => x > v).length)} of ${se.length}`;
            if (cells[6] !== rank) failures.push(`${where}: rank "${cells[6]}", expected "${rank}"`);
            const q = quarter(chosen.code, year as number, v);
            if (!cells[7]?.startsWith(QUARTER_WORDS[q - 1] as string))
              failures.push(`${where}: quarter "${cells[7]}", expected ${QUARTER_WORDS[q - 1]}`);
          }
        });
      });
      expectNone(failures, `${name}: numbers that do not match the data`);
    },
  );

  it.each(councils.map((c) => [c['name'] as string, c] as const))(
    '%s: the Ofsted judgements, triad and small charts match the data files',
    (name, council) => {
      const document = page(`councils/${council['slug']}/index.html`);
      const ofsted = [...document.querySelectorAll('table')].find((t) =>
        text(t.querySelector('caption')).startsWith('Ofsted'),
      );
      const rows = [...(ofsted?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
        [...tr.children].map((c) => text(c)),
      );
      const inForce = judgements.find(
        (j) => j['area'] === name && j['latest_full_inspection_as_at_2019_03_07'] === 'yes',
      ) as Row;
      const later = judgements.filter(
        (j) =>
          j['area'] === name && (j['report_published'] as string) > (inForce['report_published'] as string),
      );
      expect(rows.map((r) => [r[3], r[4]])).toEqual([
        [inForce['overall_effectiveness'], 'In force on 7 March 2019'],
        ...later.map((j) => [j['overall_effectiveness'], 'Later inspection']),
      ]);
      expect(text(document.querySelector('main'))).toContain('Our inspection data end in December 2024');
      const own = triads.find((r) => r['area'] === name) as Row;
      const triadText = text(document.querySelector('#in-the-plan + p'));
      expect(triadText).toContain(`triad ${own['triad']}`);
      for (const r of triads.filter((x) => x['triad'] === own['triad'] && x['area'] !== name))
        expect(triadText).toContain(r['area']);
      if (name === 'Hampshire' || name === 'Isle of Wight') expect(triadText).toContain('shared one place');
      expect(document.querySelectorAll('.rp-small-figure svg[role="img"]')).toHaveLength(
        selection.measures.length,
      );
    },
  );
});

describe('council names link to their pages', () => {
  const labels = councils
    .flatMap((c) => [
      { label: c['name'] as string, slug: c['slug'] as string, word: c['also_a_word'] === 'yes' },
      ...(c['plan_abbreviations'] as string)
        .split(';')
        .filter(Boolean)
        .map((a) => ({ label: a.trim(), slug: c['slug'] as string, word: false })),
    ])
    .sort((a, b) => b.label.length - a.label.length);
  const pattern = new RegExp(
    `(?<![\\w&-])(${labels.map((l) => l.label.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|')})(?![\\w&-])`,
    'g',
  );
  const SKIP =
    'h1, h2, h3, h4, h5, h6, nav, svg, script, style, caption, summary, code, button, label, title, [data-council-ignore]';

  it('on the plan, priority and council pages: every link goes to the council it names; table cells always link (a name that is also a word, as a whole cell of a table of councils); each section links each council it names in prose, counted apart from the site’s figure text', async () => {
    const files = (await listPages())
      .map((p) => p.file.split(path.sep).join('/'))
      .filter((f) => /^(plan|priorities|councils)\//.test(f) || f === 'print/whole-plan/index.html');
    expect(files.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let tableMentions = 0;
    for (const file of files) {
      const document = page(file);
      const own = /^councils\/([^/]+)\/index\.html$/.exec(file)?.[1];
      for (const a of document.querySelectorAll('a.rp-council')) {
        const match = labels.find((l) => l.label === text(a));
        if (!match || a.getAttribute('href') !== hrefOf(match.slug))
          failures.push(`${file}: "${text(a)}" links to ${a.getAttribute('href')}`);
        if (a.querySelector('a') || a.parentElement?.closest('a'))
          failures.push(`${file}: nested link at "${text(a)}"`);
      }
      // Prose: walk the main text in order, by section (a heading starts one).
      const main = document.querySelector('main');
      if (!main) continue;
      const sections: { heading: string; linked: Set<string>; named: Set<string> }[] = [
        { heading: '(top)', linked: new Set(), named: new Set() },
      ];
      const walker = document.createTreeWalker(main, 1 | 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === 1) {
          if (/^H[1-3]$/.test((node as Element).tagName))
            sections.push({ heading: text(node), linked: new Set(), named: new Set() });
          continue;
        }
        const parent = node.parentElement as Element | null;
        if (!parent || parent.closest(SKIP)) continue;
        const link = parent.closest('a');
        const value = node.textContent ?? '';
        for (const m of value.matchAll(pattern)) {
          const label = labels.find((l) => l.label === m[1]);
          if (!label || label.slug === own) continue;
          const linked = link?.classList.contains('rp-council') === true;
          if (link && !linked) continue;
          const cell = parent.closest('td, th');
          if (cell) {
            tableMentions += 1;
            // A name that is also a word ("Reading") names a council only as a whole cell of a
            // table that names another council (a triad), not in "KS1 Reading" or a subjects column.
            const table = cell.closest('table');
            const cellsText = [...(table?.querySelectorAll('td, th') ?? [])].map(text).join(' ');
            const othersNamed = [...cellsText.matchAll(pattern)].some(
              (o) => !labels.find((l) => l.label === o[1])?.word,
            );
            const names = !label.word || (text(cell) === m[1] && othersNamed);
            if (names && !linked) failures.push(`${file}: "${m[1]}" in a table cell is not linked`);
            if (!names && linked)
              failures.push(`${file}: "${m[1]}" in a table cell is linked, but is a word there`);
            continue;
          }
          const before = value.slice(0, m.index);
          if (label.word && !linked && /(^|[.!?:])\s*$/.test(before)) continue;
          // The site's figure text (summaries, captions) is a section of its own beside the prose.
          const key = parent.closest('figure') ? `${label.slug} (in a figure)` : label.slug;
          const section = sections[sections.length - 1] as (typeof sections)[number];
          section.named.add(key);
          if (linked) section.linked.add(key);
        }
      }
      for (const s of sections)
        for (const slug of s.named)
          if (!s.linked.has(slug))
            failures.push(`${file}: section "${s.heading}" names ${slug} but never links it`);
    }
    expect(tableMentions).toBeGreaterThan(100);
    expectNone(failures, 'Council names');
  });

  it('the plan names every council somewhere, and each is linked there (the triads table names all 19)', () => {
    const annex = page('plan/annex-4-peer-challenge/index.html');
    const linked = new Set(
      [...annex.querySelectorAll('table a.rp-council')].map((a) => a.getAttribute('href')),
    );
    for (const c of councils) expect(linked, c['name']).toContain(hrefOf(c['slug'] as string));
  });
});
