import { describe, expect, it } from 'vitest';
import { applyRepairs, findExtractionDamage, parseRepairs, type DamageKind } from './seed-repairs';

const kinds = (text: string): DamageKind[] => findExtractionDamage(text).map((hit) => hit.kind);

const GOOD_TEXT = [
  '---',
  'title: "Key issues facing local authorities in the South East"',
  '---',
  'Costs rose 21% (from £2,795 to £3,375 per week) – see “Figure 5” and the ‘naughty step’ • twice.',
  'Cost comparisons - South East costs versus costs in England as a whole',
  'These needs rose in 2013 -2014; a year-on-year, multi-academy-trust, 3 x 2-hour session.',
  '- a list item',
  'Table 1 shows 11 headline measures for 19 authorities.',
  'Café naïve résumé',
].join('\n');

describe('findExtractionDamage', () => {
  it('stays quiet on good text, including typographic punctuation and Latin accents', () => {
    expect(findExtractionDamage(GOOD_TEXT)).toEqual([]);
  });

  it('finds Cyrillic and Greek look-alike letters, with their code points', () => {
    expect(findExtractionDamage('Hampshire and IoW МК')).toMatchObject([
      { line: 1, column: 19, kind: 'non-latin-script' },
    ]);
    expect(findExtractionDamage('СРР plans')).toEqual([
      { line: 1, column: 1, kind: 'non-latin-script', excerpt: '"СРР plans" (U+0421 U+0420 U+0420)' },
    ]);
    expect(kinds('ΑΒC')).toEqual(['non-latin-script']);
  });

  it('finds the non-Latin letters inside a table row as well as its tab', () => {
    expect(kinds('3\tSlough\tМК')).toEqual(['tab', 'non-latin-script']);
  });

  it('finds words split by a hyphen and a space', () => {
    expect(findExtractionDamage('Outst- anding and Inade- quate')).toMatchObject([
      { line: 1, column: 5, kind: 'split-word' },
      { line: 1, column: 23, kind: 'split-word' },
    ]);
  });

  it('finds short numbers alone on a line', () => {
    expect(findExtractionDamage('Attainment 8 47.8\n 11 11 \n')).toMatchObject([
      { line: 2, column: 2, kind: 'stray-numbers', excerpt: '" 11 11 "' },
    ]);
    expect(kinds('12')).toEqual([]);
  });

  it('reports a tab once per line', () => {
    expect(findExtractionDamage('a\tb\tc\nd')).toMatchObject([{ line: 1, column: 2, kind: 'tab' }]);
  });

  it('finds a line holding only a dash', () => {
    expect(findExtractionDamage('text\n  - \n–\n---')).toMatchObject([
      { line: 2, column: 3, kind: 'lone-dash' },
      { line: 3, column: 1, kind: 'lone-dash' },
    ]);
  });
});

describe('applyRepairs', () => {
  it('applies repairs in order, each to every occurrence', () => {
    const repairs = [
      { find: 'Outst- anding', replace: 'Outstanding', why: 'split word' },
      { find: 'Outstanding\tGood', replace: 'Outstanding | Good', why: 'sees the first repair' },
    ];
    expect(applyRepairs('Outst- anding\tGood\tOutst- anding', repairs)).toBe(
      'Outstanding | Good\tOutstanding',
    );
  });

  it('can delete stray text', () => {
    expect(applyRepairs('a\n\t11 11\t\t\nb', [{ find: '\t11 11\t\t\n', replace: '', why: 'stray' }])).toBe(
      'a\nb',
    );
  });
});

describe('parseRepairs', () => {
  it('accepts well-formed repairs', () => {
    expect(parseRepairs([{ find: 'МК', replace: 'MK', why: 'Cyrillic' }])).toEqual([
      { find: 'МК', replace: 'MK', why: 'Cyrillic' },
    ]);
  });

  it('names the bad entry', () => {
    expect(() => parseRepairs({})).toThrow(/expected an array/);
    expect(() =>
      parseRepairs([
        { find: 'a', replace: 'b', why: 'c' },
        { find: 'a', why: 'c' },
      ]),
    ).toThrow(/entry 1: "replace" must be a string/);
    expect(() => parseRepairs([{ find: '', replace: 'b', why: 'c' }])).toThrow(/must not be empty/);
  });
});
