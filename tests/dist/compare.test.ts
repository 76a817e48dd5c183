/**
 * Three ready-made comparisons on the built site, checked against the data files directly: the
 * CSVs are read here with papaparse, and the members, values, changes, polarity words and ranks are
 * worked out here, without the code that made the pages. Also: the pages are kept out of search,
 * and only /compare/ loads a script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(path.join('data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const councils = csv('councils.csv');
const values = csv('lait_values.csv');
const measures = csv('lait_measures.csv');
const neighbours = csv('statistical_neighbours.csv');
const triads = csv('triads.csv');
const authorities = csv('lait_authorities.csv');

const byKey = new Map<string, number | null>();
for (const v of values) {
  byKey.set(`${v['measure']}|${v['area_code']}|${v['year']}`, v['value'] === '' ? null : Number(v['value']));
}
const value = (measure: string, code: string, year: number) =>
  byKey.get(`${measure}|${code}|${year}`) ?? null;
/** The latest year England has a figure for, and the year of the plan's period. */
function years(measure: Row): { latest: number; plan: number } {
  const rows = values.filter((v) => v['measure'] === measure['measure'] && v['area_code'] === '970');
  const latest = Math.max(...rows.filter((v) => v['value'] !== '').map((v) => Number(v['year'])));
  const plan = Number(rows.find((v) => v['period'] === measure['plan_period'])?.['year']);
  return { latest, plan };
}

const text = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
function readNumber(cell: string): number | null {
  if (cell === 'not published') return null;
  const number = Number(cell.replace(/[£,%]/g, ''));
  if (Number.isNaN(number)) throw new Error(`"${cell}" is not a number`);
  return number;
}

/** Every table of a page: its measure (from the section's id) and its rows of cells. */
function tables(file: string) {
  const { document } = parseHTML(readFileSync(path.join(distDir, file), 'utf8'));
  return {
    document,
    sections: [...document.querySelectorAll('section.rp-compare-measure')].map((section) => ({
      slug: (section.querySelector('h2')?.id ?? '').replace(/^compare-/, ''),
      rows: [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c))),
    })),
  };
}

/** Checks one page: members in order, then the South East and England, for every measure. */
function check(file: string, members: { code: string; name: string }[], rankAmong: string[]): string[] {
  const problems: string[] = [];
  const { sections } = tables(file);
  if (sections.length !== 16) problems.push(`${file}: ${sections.length} measure tables, not 16`);
  const areas = [...members, { code: '989', name: 'South East' }, { code: '970', name: 'England' }];
  for (const { slug, rows } of sections) {
    const measure = measures.find((m) => m['slug'] === slug);
    if (!measure) {
      problems.push(`${file}: no measure with slug ${slug}`);
      continue;
    }
    const code = measure['measure'] as string;
    const { latest, plan } = years(measure);
    const decimals = measure['decimals'] === '' ? 1 : Number(measure['decimals']);
    const polarity = measure['polarity'];
    expect(rows.map((r) => r[0])).toEqual(areas.map((a) => a.name));
    areas.forEach((area, i) => {
      const [name, latestCell = '', planCell = '', change = '', rank = ''] = rows[i] ?? [];
      const now = value(code, area.code, latest);
      const then = value(code, area.code, plan);
      const where = `${file} ${code} ${name}`;
      const near = (printed: number | null, expected: number | null) =>
        printed === null || expected === null
          ? printed === expected
          : Math.abs(printed - expected) <= 0.5 * 10 ** -decimals + 1e-9;
      if (!near(readNumber(latestCell), now)) problems.push(`${where}: latest "${latestCell}", data ${now}`);
      if (!near(readNumber(planCell), then)) problems.push(`${where}: plan "${planCell}", data ${then}`);
      if (now === null || then === null) {
        if (!/not published/.test(change)) problems.push(`${where}: change "${change}" with a year missing`);
      } else {
        const difference = now - then;
        const direction = Math.abs(difference) < 1e-9 ? 'the same' : difference > 0 ? 'higher' : 'lower';
        const judged =
          polarity === 'neither' || direction === 'the same'
            ? null
            : (polarity === 'higher_better') === (direction === 'higher')
              ? 'better'
              : 'worse';
        if (!change.includes(direction)) problems.push(`${where}: change "${change}", expected ${direction}`);
        if (judged === null ? /better|worse/.test(change) : !change.endsWith(`counts as ${judged}`)) {
          problems.push(`${where}: change "${change}" with polarity ${polarity}`);
        }
      }
      if (area.code === '989' || area.code === '970') {
        if (rank !== '') problems.push(`${where}: a rank "${rank}" for a region`);
      } else {
        const published = rankAmong.map((c) => value(code, c, latest)).filter((v): v is number => v !== null);
        const expected =
          now === null ? '' : `${1 + published.filter((v) => v > now).length}`.concat(`|${published.length}`);
        const printed = rank === '' ? '' : rank.replace(/^(\d+)\D+\s*of\s*(\d+)$/u, '$1|$2');
        if (printed !== expected) problems.push(`${where}: rank "${rank}", expected ${expected}`);
      }
    });
  }
  return problems;
}

const council = (slug: string) => councils.find((c) => c['slug'] === slug) as Row;
const southEast = councils.map((c) => c['la_number'] as string);
const england = authorities.map((a) => a['la_number'] as string);
const latestModel = [...new Set(neighbours.map((n) => n['model'] as string))].sort().pop();

function triadOf(slug: string) {
  const own = council(slug);
  const place = triads.find((t) => t['area'] === own['name']);
  const others = triads
    .filter((t) => t['triad'] === place?.['triad'] && t['area'] !== own['name'])
    .sort((a, b) => Number(a['position']) - Number(b['position']))
    .map((t) => council(councils.find((c) => c['name'] === t['area'])?.['slug'] ?? ''));
  return [own, ...others].map((c) => ({ code: c['la_number'] as string, name: c['name'] as string }));
}

function neighboursOf(slug: string) {
  const own = council(slug);
  return [
    { code: own['la_number'] as string, name: own['name'] as string },
    ...neighbours
      .filter((n) => n['model'] === latestModel && n['la_number'] === own['la_number'])
      .sort((a, b) => Number(a['rank']) - Number(b['rank']))
      .map((n) => ({ code: n['neighbour_number'] as string, name: n['neighbour_name'] as string })),
  ];
}

describe('ready-made comparisons, against data/', () => {
  it('Kent with its triad: members, values, changes, polarity words and ranks among the 19', () => {
    expect(triadOf('kent').length).toBeGreaterThanOrEqual(3);
    expect(check('compare/kent/triad/index.html', triadOf('kent'), southEast)).toEqual([]);
  });

  it('the Isle of Wight with its triad (it shares a place with Hampshire)', () => {
    expect(triadOf('isle-of-wight').map((m) => m.name)).toContain('Hampshire');
    expect(check('compare/isle-of-wight/triad/index.html', triadOf('isle-of-wight'), southEast)).toEqual([]);
  });

  it('Slough with its statistical neighbours: ranks among England’s authorities with a figure', () => {
    expect(neighboursOf('slough')).toHaveLength(11);
    expect(check('compare/slough/neighbours/index.html', neighboursOf('slough'), england)).toEqual([]);
    const { document } = tables('compare/slough/neighbours/index.html');
    expect(text(document.querySelector('main'))).toContain(`model of ${latestModel}`);
    expect(text(document.querySelector('thead'))).toContain('Rank of England’s authorities with a figure');
  });

  it('keeps the ready-made pages out of the search index, and /compare/ in it', () => {
    const main = (file: string) =>
      parseHTML(readFileSync(path.join(distDir, file), 'utf8')).document.querySelector('main');
    expect(main('compare/kent/neighbours/index.html')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(main('compare/kent/triad/index.html')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(main('compare/index.html')?.hasAttribute('data-pagefind-body')).toBe(true);
  });
});
