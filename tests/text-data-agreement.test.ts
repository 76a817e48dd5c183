import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../src/datasets/index';
import { SE_AUTHORITIES } from '../src/schemas/areas';
import type { ObservationRow } from '../src/schemas/observation';

/**
 * Numbers in the plan's text that have a twin in data/ are checked against the data. Expected
 * values are read from the seed text itself with patterns, so the test follows the plan's words.
 */

const seed = readFileSync(resolve(process.cwd(), 'seeds/000_7f668d3e6470096a.txt'), 'utf8').replace(
  /\s+/g,
  ' ',
);
const data = loadAllData();

/** The numbers a pattern captures in the plan text, as numbers ("9,760" → 9760). */
function fromPlan(pattern: RegExp): number[] {
  const match = seed.match(pattern);
  if (!match)
    throw new Error(`The plan text no longer contains ${pattern}; update this test to the new wording.`);
  return match.slice(1).map((s) => Number(s.replace(/[£,]/g, '')));
}

function value(
  rows: readonly ObservationRow[],
  area: string,
  year: string,
  measure: string,
  source: string,
): number {
  const row = rows.find(
    (r) => r.area === area && r.year === year && r.measure === measure && r.source_id === source,
  );
  if (!row) throw new Error(`No ${measure} for ${area} ${year} from ${source}`);
  return row.value;
}

function aboveCount(
  rows: readonly ObservationRow[],
  year: string,
  measure: string,
  source: string,
  threshold: number,
): number {
  return SE_AUTHORITIES.filter((a) => value(rows, a, year, measure, source) > threshold).length;
}

describe('para 2.11: referrals and children in need, March 2017', () => {
  const cin = data.cin_referral_rates;

  it('referrals: South East 554 and England 548 per 10,000 match DfE 553.8 and 548.2', () => {
    const [se, england] = fromPlan(
      /rate of referrals per 10k at (\d+) is significantly higher than the England average of (\d+)/,
    );
    expect(Math.round(value(cin, 'South East', '2017', 'referrals_rate_per_10k', 'DFE_CIN_2020'))).toBe(se);
    expect(Math.round(value(cin, 'England', '2017', 'referrals_rate_per_10k', 'DFE_CIN_2020'))).toBe(england);
    expect(Math.round(value(cin, 'England', '2017', 'referrals_rate_per_10k', 'DFE_SFR61_2017'))).toBe(
      england,
    );
  });

  it('children in need: England 330 matches the release; South East 303 matches only the revised (LAIT) figure', () => {
    const [se, england] = fromPlan(
      /rate of CIN per 10k at (\d+) is significantly lower than the England average of (\d+)/,
    );
    expect(Math.round(value(cin, 'England', '2017', 'cin_rate_per_10k', 'DFE_CIN_2020'))).toBe(england);
    expect(Math.round(value(cin, 'England', '2017', 'cin_rate_per_10k', 'DFE_SFR61_2017'))).toBe(england);
    expect(Math.floor(value(cin, 'South East', '2017', 'cin_rate_per_10k', 'DFE_LAIT'))).toBe(se);
    expect(Math.round(value(cin, 'South East', '2017', 'cin_rate_per_10k', 'DFE_CIN_2020'))).not.toBe(se);
    expect(data.editors_notes.some((n) => n.paragraph === '2.11')).toBe(true);
  });

  it('the 2.11 note gives what each source says for the South East, and that neither rounds to 303', () => {
    const [se] = fromPlan(/rate of CIN per 10k at (\d+) is significantly lower/);
    const published = value(cin, 'South East', '2017', 'cin_rate_per_10k', 'DFE_CIN_2020');
    const revised = value(cin, 'South East', '2017', 'cin_rate_per_10k', 'DFE_LAIT');
    expect([Math.round(published), Math.round(revised)]).not.toContain(se);
    const note = data.editors_notes.find((n) => n.paragraph === '2.11');
    expect(note?.note).toContain(`gives ${published} for the South East`);
    expect(note?.note).toContain(`gives ${revised} for the South East`);
    expect(note?.note).toContain(`Neither ${published} nor ${revised} rounds to ${se}.`);
    expect([note?.source_id, ...(note?.other_source_ids ?? [])].sort()).toEqual(['DFE_CIN_2020', 'DFE_LAIT']);
  });

  it('disagreement: the plan says four authorities are above England; the data has more', () => {
    expect(seed).toContain('only four of 19 LAs have higher rates than the England average');
    const england = value(cin, 'England', '2017', 'cin_rate_per_10k', 'DFE_CIN_2020');
    expect(aboveCount(cin, '2017', 'cin_rate_per_10k', 'DFE_CIN_2020', england)).toBe(6);
    expect(data.editors_notes.find((n) => n.paragraph === '2.11')?.note).toContain('six did');
  });

  it('child protection: the South East rate is lower than England’s', () => {
    const cpp = data.cpp_rates;
    expect(value(cpp, 'South East', '2017', 'cpp_rate_per_10k', 'DFE_CIN_2020')).toBeLessThan(
      value(cpp, 'England', '2017', 'cpp_rate_per_10k', 'DFE_CIN_2020'),
    );
  });
});

describe('para 2.12: looked after children, March 2017', () => {
  const lac = data.lac_rates;

  it('South East 51 and England 62 per 10,000', () => {
    const [se, england] = fromPlan(
      /rate of LAC per 10k in the South East \((\d+)\) is stabilising and is significantly lower than the England average \((\d+)\)/,
    );
    expect(value(lac, 'South East', '2017', 'cla_rate_per_10k', 'DFE_CLA_2019_UD')).toBe(se);
    expect(value(lac, 'England', '2017', 'cla_rate_per_10k', 'DFE_CLA_2019_UD')).toBe(england);
  });

  it('disagreement: "7 out of 19 authorities have higher rates" matches neither comparison in the data', () => {
    const [higher, of] = fromPlan(/although (\d+) out of (\d+) authorities have higher rates/);
    expect(of).toBe(SE_AUTHORITIES.length);
    const aboveEngland = aboveCount(
      lac,
      '2017',
      'cla_rate_per_10k',
      'DFE_CLA_2019_UD',
      value(lac, 'England', '2017', 'cla_rate_per_10k', 'DFE_CLA_2019_UD'),
    );
    const aboveSe = aboveCount(
      lac,
      '2017',
      'cla_rate_per_10k',
      'DFE_CLA_2019_UD',
      value(lac, 'South East', '2017', 'cla_rate_per_10k', 'DFE_CLA_2019_UD'),
    );
    expect([aboveEngland, aboveSe]).toEqual([5, 9]);
    expect([aboveEngland, aboveSe]).not.toContain(higher);
    expect(data.editors_notes.some((n) => n.paragraph === '2.12')).toBe(true);
  });
});

describe('para 2.13: numbers of children, 2016/17', () => {
  it('9,830 looked after children matches DfE', () => {
    const [lacCount, rate] = fromPlan(
      /with ([\d,]+) children being looked after by the local authority \(a rate of (\d+) per 10,000 children\)/,
    );
    expect(value(data.lac_rates, 'South East', '2017', 'cla_number_31mar', 'DFE_CLA_2019_UD')).toBe(lacCount);
    expect(value(data.lac_rates, 'South East', '2017', 'cla_rate_per_10k', 'DFE_CLA_2019_UD')).toBe(rate);
  });

  it('known disagreement: the plan’s 9,760 and 9,770 children on a plan are not DfE’s 7,980 and 8,070', () => {
    const [plan2017, plan2016] = fromPlan(
      /at the end of 2016\/17, ([\d,]+) children and young people were the subject of a child protection plan, which is less than the figure for 2015\/16 \(([\d,]+)\)/,
    );
    for (const source of ['DFE_CIN_2020', 'DFE_LAIT']) {
      const dfe2017 = value(data.cpp_rates, 'South East', '2017', 'cpp_number_31mar', source);
      const dfe2016 = value(data.cpp_rates, 'South East', '2016', 'cpp_number_31mar', source);
      expect(dfe2017).not.toBe(plan2017);
      expect(dfe2016).not.toBe(plan2016);
      expect(plan2017! - dfe2017).toBeGreaterThan(1500);
      // Both say the number fell slightly.
      expect(dfe2017).toBeLessThan(dfe2016);
      expect(plan2017).toBeLessThan(plan2016!);
    }
    const note = data.editors_notes.find((n) => n.paragraph === '2.13');
    expect(note?.note).toContain('9,760');
    expect(note?.note).toContain('7,980');
  });
});

describe('paras 2.18 to 2.21: weekly unit costs, 2016-17 (the plan’s latest year)', () => {
  const costs = data.s251_unit_costs;
  const cost = (area: string, measure: string) => value(costs, area, '2016-17', measure, 'DFE_LAIT');
  const pct = (a: number, b: number) => ((a - b) / b) * 100;

  it('2.18 looked after children: £1,165 vs £1,095, 6% higher', () => {
    const [percent, se, england] = fromPlan(
      /are now (\d+)% higher in the South East than in England \(£([\d,]+) per in the South East per week versus £([\d,]+) in England\)/,
    );
    expect(cost('South East', 'lac_weekly_unit_cost')).toBe(se);
    expect(cost('England', 'lac_weekly_unit_cost')).toBe(england);
    expect(Math.round(pct(se!, england!))).toBe(percent);
  });

  it('2.19 fostering: £625 vs £575; the plan’s "8% higher" is 8.7% (a noted disagreement)', () => {
    const [percent, se, england] = fromPlan(
      /are now (\d+)% higher in the South East than in England, \(£([\d,]+) in the South East per week versus £([\d,]+) in England\)/,
    );
    expect(cost('South East', 'fostering_weekly_unit_cost')).toBe(se);
    expect(cost('England', 'fostering_weekly_unit_cost')).toBe(england);
    expect(Math.round(pct(se!, england!))).not.toBe(percent);
    // The plan's 8% is the gap as a share of the South East's cost, exactly.
    expect(((se! - england!) / se!) * 100).toBe(percent);
    // Costs are published to the nearest £5: the gap as a share of England's cost lies between these.
    const low = ((se! - 2.5 - (england! + 2.5)) / (england! + 2.5)) * 100;
    const high = ((se! + 2.5 - (england! - 2.5)) / (england! - 2.5)) * 100;
    const note = data.editors_notes.find((n) => n.paragraph === '2.19')?.note ?? '';
    expect(note).toContain(`is exactly ${percent}% of the South East's £${se}`);
    expect(note).toContain(`As a share of England's £${england} it is ${pct(se!, england!).toFixed(1)}%`);
    expect(note).toContain(`between about ${low.toFixed(1)}% and ${high.toFixed(1)}%`);
    expect(note).not.toMatch(/\berror|\bwrong|rounds to 9%/);
  });

  it('2.20 adoption: £1,070 vs £1,145, 7% lower', () => {
    const [percent, se, england] = fromPlan(
      /currently (\d+)% lower in the South East than in England as a whole \(£([\d,]+) per week in the South East versus £([\d,]+) in England\)/,
    );
    expect(cost('South East', 'adoption_weekly_unit_cost')).toBe(se);
    expect(cost('England', 'adoption_weekly_unit_cost')).toBe(england);
    expect(Math.round(-pct(se!, england!))).toBe(percent);
  });

  it('2.21 residential: £3,375 in the South East, 21% up on the plan’s £2,795', () => {
    const [percent, before, se] = fromPlan(
      /increased by (\d+)% over the past four years \(from £([\d,]+) to £([\d,]+) per week in the SE\)/,
    );
    expect(cost('South East', 'residential_weekly_unit_cost')).toBe(se);
    expect(Math.round(pct(se!, before!))).toBe(percent);
    expect(costs.some((r) => r.value === before)).toBe(false); // the earlier figure is text only
  });
});

describe('para 2.6: SEND inspections', () => {
  it('South East 4 of 10 (40%), England 37 of 79 (47%)', () => {
    const [seReported, seWsoa, sePct, enWsoa, enReported, enPct] = fromPlan(
      /(\d+) of the 19 SE authorities have had a report, and (\d+) \((\d+)%\) required a written statement of action \(compared to (\d+) out of (\d+) \((\d+)%\) nationally\)/,
    );
    const se = data.send_inspections.find((r) => r.area === 'South East')!;
    const en = data.send_inspections.find((r) => r.area === 'England')!;
    expect([se.authorities_with_report, se.written_statement_of_action]).toEqual([seReported, seWsoa]);
    expect([en.authorities_with_report, en.written_statement_of_action]).toEqual([enReported, enWsoa]);
    expect(Math.round((se.written_statement_of_action / se.authorities_with_report) * 100)).toBe(sePct);
    expect(Math.round((en.written_statement_of_action / en.authorities_with_report) * 100)).toBe(enPct);
  });
});

describe('para 2.5: Ofsted South East row', () => {
  it('the plan’s 1/8/7/3 matches the grades in force on 7 March 2019 in ofsted_se_judgements', () => {
    const [o, g, ri, i] = fromPlan(/South East (\d+) (\d+) (\d+) (\d+) \d+% \d+% \d+% \d+%/);
    const inForce = data.ofsted_se_judgements.filter(
      (r) => r.latest_full_inspection_as_at_2019_03_07 === 'yes',
    );
    expect(inForce).toHaveLength(19);
    const n = (grade: string) => inForce.filter((r) => r.overall_effectiveness === grade).length;
    expect([n('Outstanding'), n('Good'), n('Requires improvement to be good'), n('Inadequate')]).toEqual([
      o,
      g,
      ri,
      i,
    ]);
    const planRow = data.ofsted_regional_counts
      .filter((r) => r.region === 'South East' && r.source_id === 'SEED_PLAN_TEXT')
      .map((r) => r.count);
    expect(planRow).toEqual([o, g, ri, i]);
  });
});
