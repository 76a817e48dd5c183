import { describe, expect, it } from 'vitest';
import { formatReportDate } from './format-date';

describe('formatReportDate', () => {
  it('writes full dates and month-only dates the UK way', () => {
    expect(formatReportDate('2019-11-05')).toBe('5 November 2019');
    expect(formatReportDate('2019-12')).toBe('December 2019');
  });

  it('rejects what is not a date, saying how to write one', () => {
    expect(() => formatReportDate('2019-13-01')).toThrow('Write it as yyyy-mm-dd or yyyy-mm');
    expect(() => formatReportDate('Dec 2019')).toThrow('"Dec 2019" is not a date');
  });
});
