import { describe, expect, it } from 'vitest';
import { splitYearRanges } from './year-ranges';

describe('splitYearRanges', () => {
  it('marks each financial year, short or long, and keeps the words between', () => {
    expect(splitYearRanges('Up £1,170 since 2016-17, to £2,195 in 2024–2025.')).toEqual([
      { text: 'Up £1,170 since ', year: false },
      { text: '2016-17', year: true },
      { text: ', to £2,195 in ', year: false },
      { text: '2024–2025', year: true },
      { text: '.', year: false },
    ]);
  });

  it('leaves text without a year range whole, and does not take a single year or a rate', () => {
    expect(splitYearRanges('53 in 2025, 12-month rate')).toEqual([
      { text: '53 in 2025, 12-month rate', year: false },
    ]);
    expect(splitYearRanges('')).toEqual([]);
  });
});
