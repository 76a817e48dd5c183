import { describe, expect, it } from 'vitest';
import {
  compareParagraphNumbers,
  isParagraphNumber,
  paragraphCitation,
  paragraphId,
  paragraphLabel,
} from './paragraphs';

describe('paragraph numbers', () => {
  it('turns chapter and annex numbers into stable ids', () => {
    expect(paragraphId('2.18')).toBe('para-2-18');
    expect(paragraphId('1.1')).toBe('para-1-1');
    expect(paragraphId('A4.22')).toBe('para-a4-22');
  });

  it('prints annex paragraphs as the plan does, without the annex prefix', () => {
    expect(paragraphLabel('2.18')).toBe('2.18');
    expect(paragraphLabel('A4.7')).toBe('7');
    expect(paragraphCitation('A4.7')).toBe('Annex 4 paragraph 7');
    expect(paragraphCitation('1.10')).toBe('paragraph 1.10');
  });

  it('rejects what is not a paragraph number, saying how to write one', () => {
    expect(isParagraphNumber('2.18.')).toBe(false);
    expect(isParagraphNumber('a4.1')).toBe(false);
    expect(() => paragraphId('2-18')).toThrow(/Write chapter paragraphs as "2.18"/);
  });

  it('sorts numerically, chapters before annexes', () => {
    const sorted = ['A4.2', '1.10', '2.1', '1.2', 'A4.10'].sort(compareParagraphNumbers);
    expect(sorted).toEqual(['1.2', '1.10', '2.1', 'A4.2', 'A4.10']);
  });
});
