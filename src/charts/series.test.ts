import { describe, expect, it } from 'vitest';
import type { AllData } from '../lib/data/all-data';
import { obs } from './shared/fixtures';
import { NOT_IN_PLAN_LABEL, seriesTicks } from './shared/series';
import { lacRates } from './lac-rates';
import { lacUnitCosts } from './lac-unit-costs';
import { LAYOUTS } from './types';

const lacRows = [
  obs('Kent', '2017', 48),
  obs('England', '2017', 62),
  obs('South East', '2017', 51),
  obs('Reading', '2017', 70),
  obs('England', '2014', 60, { source_id: 'DFE_CLA_2018_UD' }),
  obs('England', '2014', 59, { source_id: 'DFE_CLA_2019_UD' }), // not the recommended source for 2014
  obs('England', '2017', 63, { source_id: 'DFE_LAIT' }), // cross-check, never drawn
  obs('England', '2019', 65), // not in the plan
  obs('South East', '2019', 54), // not in the plan
  obs('England', '2017', 72610, { measure: 'cla_number_31mar', unit: 'children' }),
  obs('London', '2017', 50, { area_type: 'region' }),
];
const all = { lac_rates: lacRows } as unknown as AllData;

describe('lac-rates (series figure)', () => {
  const rows = lacRates.select(all);

  it('keeps the recommended source per year, the rate measure and the South East areas', () => {
    expect(
      lacRates.select({ lac_rates: [...lacRows, obs('Kent', '2019', 50)] } as unknown as AllData),
    ).toEqual(rows); // authorities are shown for the plan's years only
    expect(rows.map((r) => `${r.area} ${r.year} ${r.value} ${r.source_id}`)).toEqual([
      'England 2014 60 DFE_CLA_2018_UD',
      'England 2017 62 DFE_CLA_2019_UD',
      'England 2019 65 DFE_CLA_2019_UD',
      'South East 2017 51 DFE_CLA_2019_UD',
      'South East 2019 54 DFE_CLA_2019_UD',
      'Kent 2017 48 DFE_CLA_2019_UD',
      'Reading 2017 70 DFE_CLA_2019_UD',
    ]);
  });

  it('summarises the plan’s latest year, then the latest year not in the plan', () => {
    expect(lacRates.summary(rows)).toBe(
      "In March 2017 the South East rate was 51 per 10,000 children; England's was 62. Across the 2 South East authorities with a figure, rates ranged from 48 (Kent) to 70 (Reading); 1 of 2 were above England's. No figure is published for Bracknell Forest, Brighton and Hove, Buckinghamshire, East Sussex, Hampshire, Isle of Wight, Medway, Milton Keynes, Oxfordshire, Portsmouth, Slough, Southampton, Surrey, West Berkshire, West Sussex, Windsor and Maidenhead and Wokingham. Not in the plan: in March 2019 the South East rate was 54 per 10,000 children; England's was 65.",
    );
  });

  it('tables every area by year, naming gaps and marking later years', () => {
    const table = lacRates.table(rows);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Area',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018 (not in the plan)',
      '2019 (not in the plan)',
    ]);
    expect(table.rows[0]).toEqual([
      'England',
      '60',
      'not published',
      'not published',
      '62',
      'not published',
      '65',
    ]);
    expect(table.rows.map((r) => r[0])).toEqual(['England', 'South East', 'Kent', 'Reading']);
  });

  it('draws all years on a point scale from zero and dashes the years after the plan', () => {
    const spec = lacRates.spec(rows, LAYOUTS.wide);
    expect(spec.x?.domain).toEqual(['2014', '2015', '2016', '2017', '2018', '2019']);
    expect((spec.y?.domain as number[])[0]).toBe(0);
    expect((spec.y?.domain as number[])[1]).toBeCloseTo(70 * 1.05);
    expect(spec.width).toBe(840);
    const dashed = (spec.marks ?? []).filter(
      (m) => (m as { strokeDasharray?: string }).strokeDasharray === '5 4',
    ) as unknown as { data: { area: string; year: string }[] }[];
    // England and the South East have a dashed part from 2017 on; the authorities stop at 2017.
    expect(dashed.map((m) => m.data.map((r) => `${r.area} ${r.year}`))).toEqual([
      ['England 2017', 'England 2019'],
      ['South East 2017', 'South East 2019'],
    ]);
  });

  it('draws the narrow layout 320 wide with its end labels inside the frame and a short marker', () => {
    const spec = lacRates.spec(rows, LAYOUTS.narrow);
    expect(spec.width).toBe(320);
    expect(spec.marginRight).toBeLessThan(20);
    expect(spec.x?.domain).toEqual(['2014', '2015', '2016', '2017', '2018', '2019']);
    const texts = (spec.marks ?? []) as unknown as { data: unknown[] | null; textAnchor?: string }[];
    const labels = texts.filter((m) =>
      (m.data ?? []).some(
        (d) => typeof d === 'object' && d !== null && (d as { year?: string }).year === '2019',
      ),
    );
    expect(labels.some((m) => m.textAnchor === 'end')).toBe(true);
    expect(JSON.stringify(texts.map((m) => m.data))).toContain(NOT_IN_PLAN_LABEL);
  });

  it('thins the x ticks at narrow width, keeping the first, the plan’s last and the last year', () => {
    const seven = ['2013', '2014', '2015', '2016', '2017', '2018', '2019'];
    expect(seriesTicks(seven, '2017', LAYOUTS.narrow)).toEqual(['2013', '2015', '2017', '2019']);
    expect(seriesTicks(seven.slice(1), '2017', LAYOUTS.narrow)).toEqual(seven.slice(1));
    const financial = ['2015-16', '2016-17', '2017-18', '2018-19'];
    expect(seriesTicks(financial, '2016-17', LAYOUTS.narrow)).toEqual(financial);
    // A wider y tick label ("£5,000") leaves less room: the financial years still fit.
    expect(seriesTicks(financial, '2016-17', LAYOUTS.narrow, '£5,000')).toEqual(financial);
    expect(seriesTicks(seven, '2017', LAYOUTS.wide)).toEqual(seven);
  });

  it('writes exactly the rows shown to the CSV, with their source and whether the plan shows them', () => {
    const csv = lacRates.csv(rows);
    expect(csv.rows).toHaveLength(rows.length);
    expect(csv.rows[0]).toEqual([
      'England',
      'country',
      '2014',
      '31 March',
      'cla_rate_per_10k',
      60,
      'rate per 10,000 children aged under 18',
      'DFE_CLA_2018_UD',
      'no',
    ]);
    expect(csv.rows[2]!.at(-1)).toBe('yes');
  });
});

describe('series figures of rates', () => {
  it('print every value with the decimals the figure’s values are published with', () => {
    const rows = lacRates.select({
      lac_rates: [obs('South East', '2017', 509), obs('England', '2017', 548.2)],
    } as unknown as AllData);
    const table = lacRates.table(rows);
    expect(table.rows.find((r) => r[0] === 'South East')).toContain('509.0');
    expect(lacRates.summary(rows)).toContain("was 509.0 per 10,000 children; England's was 548.2.");
  });
});

describe('lac-unit-costs (unit cost figure)', () => {
  const cost = (area: 'England' | 'South East' | 'Slough', year: string, value: number) =>
    obs(area, year, value, {
      measure: 'lac_weekly_unit_cost',
      source_id: 'DFE_LAIT',
      period: 'financial year outturn',
      unit: 'GBP',
    });
  const rows = lacUnitCosts.select({
    s251_unit_costs: [
      cost('England', '2016-17', 1095),
      cost('South East', '2016-17', 1165),
      cost('Slough', '2016-17', 1615),
      cost('England', '2014-15', 1000),
    ],
  } as unknown as AllData);

  it('shows financial years from 2015-16, formatted in pounds', () => {
    expect(rows.map((r) => r.year)).toEqual(['2016-17', '2016-17', '2016-17']);
    expect(lacUnitCosts.summary(rows)).toMatch(
      /^In 2016-17 the South East's weekly unit cost was £1,165; England's was £1,095\./,
    );
  });

  it('says in the caveat that the plan’s earlier years are not in the data', () => {
    expect(lacUnitCosts.caveat).toContain(
      'the data we hold starts in 2015-16, so the plan’s earlier years are not in this figure',
    );
  });
});
