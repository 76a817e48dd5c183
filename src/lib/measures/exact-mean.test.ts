import { describe, expect, it } from 'vitest';
import { decimalPlaces, exactMean } from './exact-mean';

describe('exactMean', () => {
  it('rounds an exact half away from zero (Bracknell Forest’s triad partners, re-referrals 2025)', () => {
    expect((22.9 + 20.2) / 2).toBeLessThan(21.55);
    expect(exactMean([22.9, 20.2], 1)).toBe(21.6);
  });
  it('rounds a negative half away from zero', () => {
    expect(exactMean([-0.1, -0.2], 1)).toBe(-0.2);
  });
  it('keeps whole pounds whole and rounds thirds', () => {
    expect(exactMean([1165, 1170, 1180], 0)).toBe(1172);
    expect(exactMean([1, 2, 2], 1)).toBe(1.7);
  });
  it('reads mixed decimal places exactly', () => {
    expect(exactMean([0.125, 0.1], 2)).toBe(0.11);
    expect(exactMean([0.135, 0.1], 2)).toBe(0.12);
  });
  it('has no mean of nothing', () => {
    expect(exactMean([], 1)).toBeNull();
  });
  it('counts decimal places as written', () => {
    expect(decimalPlaces(21.55)).toBe(2);
    expect(decimalPlaces(300)).toBe(0);
  });
});
