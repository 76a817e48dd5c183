import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../datasets/index';
import { buildCatalogue } from './data-catalogue';
import { toCsv } from '../lib/data/csv-write';
import { csvFields } from '../lib/data/tables';
import { buildChartFigure, buildFigure, buildFigureOnce, citeSource } from './figure-model';
import { measureFigures } from '../charts/measure-figures';
import { getMeasures } from '../queries/measures';
import { planTable } from './plan-tables';

const data = loadAllData();

describe('buildFigure', () => {
  const figure = buildFigure('lac-rates', data, '/sub/');

  it('labels the plan’s own figure with its plan number and names the SVG by its caption alone', () => {
    expect(figure.label).toBe('Figure 2');
    expect(figure.svg).toContain(`aria-labelledby="${figure.titleId}"`);
    expect(figure.svg).not.toContain('aria-describedby');
    expect(figure.summary).toMatch(
      /^In March 2017 the South East rate was 51 per 10,000 children; England's was 62\./,
    );
  });

  it('draws the figure a second time in its own narrow layout, 320 units wide', () => {
    expect(figure.svg).toContain('viewBox="0 0 840 ');
    expect(figure.svgNarrow).toContain('viewBox="0 0 320 ');
    expect(figure.svgNarrow).toContain(`aria-labelledby="${figure.titleId}"`);
    expect(figure.svgNarrow).toContain('Not in the plan →');
  });

  it('prefixes links with the base path', () => {
    expect(figure.csvHref).toBe('/sub/data/figures/lac-rates.csv');
    expect(figure.datasetHrefs).toEqual([{ id: 'lac_rates', href: '/sub/data/lac_rates.csv' }]);
  });

  it('cites the sources of the rows drawn, with their licence', () => {
    expect(figure.sources.map((s) => s.id)).toEqual(['DFE_CLA_2018_UD', 'DFE_CLA_2019_UD']);
    expect(figure.sources.every((s) => s.licence === 'Open Government Licence v3.0' && s.openLicence)).toBe(
      true,
    );
  });

  it('cites a followed measure’s publication first, linked to its release page, then LAIT, not linked', () => {
    const measures = getMeasures();
    const index = measures.findIndex((m) => m.slug === 'looked-after-rate');
    const figures = measureFigures(measures[index]!, index);
    for (const chart of [figures.trend, figures.councils]) {
      const sources = buildChartFigure(chart, data, '/').sources;
      expect(sources.map((s) => s.id)).toEqual(['DFE_PUB_CLA', 'DFE_LAIT_2026']);
      expect(sources[0]?.href).toBe(
        'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
      );
      expect(sources[1]?.href).toBeUndefined();
    }
  });

  it('fails on an unknown figure id', () => {
    expect(() => buildFigure('lac', data, '/')).toThrow(/^Unknown chart id "lac"\. Valid ids: system-map,/);
  });
});

describe('citeSource', () => {
  it('does not link the plan text, which is not on the web', () => {
    const plan = citeSource(data.sources, 'SEED_PLAN_TEXT');
    expect(plan.href).toBeUndefined();
    expect(plan.openLicence).toBe(false);
  });

  it('fails with the list of known sources', () => {
    expect(() => citeSource(data.sources, 'NOPE')).toThrow(
      /^Source "NOPE" is not in data\/sources\.csv\. Add a row for it, or use one of: DFE_LAIT,/,
    );
  });
});

describe('planTable', () => {
  it('prints the triads with full names and the plan’s abbreviations', () => {
    const model = planTable('triads', data);
    expect(model.table.rows[2]).toEqual([
      '3',
      'Slough',
      'Hampshire and Isle of Wight (Hampshire and IoW)',
      'Milton Keynes (MK)',
    ]);
    expect(model.table.rows).toHaveLength(6);
  });

  it('prints Table 1 with its qualifiers, and says truly that the plan’s sources follow it', () => {
    const model = planTable('school-data', data);
    expect(model.table.rows[0]).toEqual([
      'All Schools (as at 3 March 2019)',
      '% schools rated good or better',
      '88.4',
      '84.9',
    ]);
    expect(model.table.rows.at(-2)).toEqual(['KS4', 'Progress 8', '0.01', '\u22120.02']);
    expect(model.notes[0]).toMatch(/sources under this table/);
    // The paragraph right after the table in the plan's text is the plan's own list of sources.
    const text = readFileSync('content/plan/characteristics.mdx', 'utf8');
    const after = text.slice(text.indexOf('<PlanTable id="school-data" />')).split('\n').filter(Boolean)[1];
    expect(after).toMatch(/^Sources\. Schools good or better retrieved from www\.watchsted\.com\./);
  });

  it('fails on an unknown table id', () => {
    expect(() => planTable('lac-rates', data)).toThrow(
      'Unknown plan table id "lac-rates". Valid ids: ofsted-grades-by-region, school-data, triads.',
    );
  });
});

describe('figure and dataset CSVs', () => {
  it('quotes cells with commas and ends lines with CRLF', () => {
    const columns = csvFields([
      ['a', 'string', 'A'],
      ['b', 'integer', 'B'],
    ]);
    expect(toCsv({ columns, rows: [['x, y', 1]] })).toBe('a,b\r\n"x, y",1\r\n');
  });

  it('lists every dataset with a download link and every figure with its datasets', () => {
    const catalogue = buildCatalogue(data, '/');
    expect(catalogue.datasets.find((d) => d.id === 'lac_rates')?.href).toBe('/data/lac_rates.csv');
    expect(catalogue.figures.find((f) => f.id === 'cpp-rates')?.datasets.map((d) => d.id)).toEqual([
      'cpp_rates',
    ]);
    expect(catalogue.datasets.find((d) => d.id === 'lac_rates')?.sources.map((s) => s.id)[0]).toBe(
      'DFE_CLA_2019_UD',
    );
  });
});

describe('buildFigureOnce', () => {
  it('draws a figure once for the same data and base path, again for other data', () => {
    const first = buildFigureOnce('lac-rates', data, '/');
    expect(buildFigureOnce('lac-rates', data, '/')).toBe(first);
    expect(buildFigureOnce('lac-rates', data, '/sub/')).not.toBe(first);
    expect(buildFigureOnce('lac-rates', loadAllData(), '/')).not.toBe(first);
    expect(buildFigureOnce('lac-rates', loadAllData(), '/').svg).toBe(first.svg);
  });
});
