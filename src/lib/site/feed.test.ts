import { describe, expect, it } from 'vitest';
import { changeFeedItems } from './feed';

describe('changeFeedItems', () => {
  it('gives one item per change, newest first, linking to its entry', () => {
    const items = changeFeedItems(
      [
        {
          id: 'first',
          date: '2026-11-26',
          summary: 'First web edition: chapters 1 and 2.',
          sections: ['all'],
          amendments: [],
        },
        {
          id: 'second',
          date: '2026-12-01',
          summary: 'Notes cite every source. Figures unchanged.',
          sections: ['characteristics'],
          amendments: [],
        },
      ],
      'https://owner.example/plan/changes/',
    );
    expect(items.map((i) => i.link)).toEqual([
      'https://owner.example/plan/changes/#change-second',
      'https://owner.example/plan/changes/#change-first',
    ]);
    expect(items.map((i) => i.title)).toEqual(['Notes cite every source', 'First web edition']);
    expect(items[0]?.description).toBe('Notes cite every source. Figures unchanged.');
    expect(items[0]?.pubDate.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
