import { describe, expect, it } from 'vitest';
import { neighbours, paragraphPath, sectionLabel, sortSections, type SectionRef } from './sections';

const section = (id: string, order: number, kind: SectionRef['kind'] = 'chapter'): SectionRef => ({
  id,
  title: id,
  shortTitle: id,
  order,
  kind,
  number: String(order),
});

describe('sections', () => {
  it('orders sections by their order field, not by file name', () => {
    const sorted = sortSections([section('b', 2), section('a', 3), section('c', 1)]);
    expect(sorted.map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });

  it('names both files when two sections share an order number', () => {
    expect(() => sortSections([section('one', 1), section('two', 1)])).toThrow(
      'content/plan/one.mdx and content/plan/two.mdx both have "order: 1"',
    );
  });

  it('finds previous and next, with none beyond the ends', () => {
    const sorted = sortSections([section('x', 1), section('y', 2), section('z', 3)]);
    expect(neighbours(sorted, 'y').previous?.id).toBe('x');
    expect(neighbours(sorted, 'y').next?.id).toBe('z');
    expect(neighbours(sorted, 'x').previous).toBeUndefined();
    expect(neighbours(sorted, 'z').next).toBeUndefined();
  });

  it('labels chapters and annexes as the plan does', () => {
    expect(sectionLabel({ kind: 'chapter', number: '2' })).toBe('Chapter 2');
    expect(sectionLabel({ kind: 'annex', number: '4' })).toBe('Annex 4');
  });
});

describe('paragraphPath', () => {
  it('points at the numbered paragraph on its section page', () => {
    expect(paragraphPath('characteristics', '2.18')).toBe('/plan/characteristics/#para-2-18');
    expect(paragraphPath('annex-4-peer-challenge', 'A4.1')).toBe('/plan/annex-4-peer-challenge/#para-a4-1');
  });

  it('points at the editor’s note beside the paragraph when asked', () => {
    expect(paragraphPath('characteristics', '2.19', 'note')).toBe('/plan/characteristics/#note-2-19');
  });
});
