import { describe, expect, it } from 'vitest';
import { notedParagraphsCited } from './summary-notes';

describe('notedParagraphsCited', () => {
  it('finds the cited paragraphs that carry a note, once each, in the order cited', () => {
    const summary =
      'Costs are rising (paragraph 1.2). Fostering costs are 8% higher: £625 a week against £575 (paragraph 2.19); see also paragraphs 2.11 and 2.19.';
    expect(notedParagraphsCited(summary, ['2.11', '2.12', '2.19'])).toEqual(['2.19', '2.11']);
  });

  it('finds none where the summary cites no noted paragraph', () => {
    expect(notedParagraphsCited('Workforce (paragraph 2.9).', ['2.19'])).toEqual([]);
    expect(notedParagraphsCited('No citation at all.', ['2.19'])).toEqual([]);
  });
});
