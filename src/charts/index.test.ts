import { describe, expect, it } from 'vitest';
import { chartIds, getChart } from './index';

describe('chart registry', () => {
  it('fails on an unknown id with the list of valid ids', () => {
    expect(() => getChart('lac')).toThrow(
      'Unknown chart id "lac". Valid ids: system-map, ofsted-grades-by-region, send-inspections, referral-rates, cin-rates, cpp-rates, lac-rates, school-data, lac-unit-costs, fostering-unit-costs, adoption-unit-costs, residential-unit-costs, triads.',
    );
  });

  it('keys every chart by its own id', () => {
    for (const id of chartIds) expect(getChart(id).id).toBe(id);
  });

  it('numbers the plan figures 1 to 5 and the site figures S1, S2 … in order of appearance', () => {
    const numbers = chartIds.map((id) => getChart(id).number);
    expect(numbers.filter((n) => !n.startsWith('S')).sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(numbers.filter((n) => n.startsWith('S'))).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
    ]);
  });
});
