import { describe, expect, it } from 'vitest';
import { scaleObservations, scaleSection, syntheticSourceRows } from './synthetic-scale';

describe('synthetic scale copies', () => {
  it('renumbers a section and its paragraphs so ids stay unique', () => {
    const mdx =
      '---\ntitle: "Key issues"\norder: 2\nnumber: "2"\n---\n<Para n="2.18">\nText\n</Para>\n<Para n="A4.1">\nx\n</Para>\n<Chart id="lac-rates" />\n';
    const copy = scaleSection(mdx, 3);
    expect(copy).toContain('order: 302');
    expect(copy).toContain('number: "302"');
    expect(copy).toContain('title: "Key issues (synthetic copy 3)"');
    expect(copy).toContain('<Para n="302.18">');
    expect(copy).toContain('<Para n="A304.1">');
    expect(copy).toContain('<Chart id="lac-rates" />');
  });

  it('duplicates data rows under synthetic source ids', () => {
    const csv = 'area,year,value,source_id,note\nEngland,2017,62,DFE_X,"a, b"\n';
    expect(scaleObservations(csv, 2)).toBe(
      'area,year,value,source_id,note\nEngland,2017,62,DFE_X,"a, b"\nEngland,2017,62,SYNTHETIC_1,"a, b"\nEngland,2017,62,SYNTHETIC_2,"a, b"\n',
    );
    expect(
      syntheticSourceRows(2)
        .split('\n')
        .filter(Boolean)
        .map((r) => r.split(',')[0]),
    ).toEqual(['SYNTHETIC_1', 'SYNTHETIC_2']);
  });
});

describe('synthetic data copies', () => {
  it('keeps quoted cells with commas whichever column they are in', () => {
    const csv = 'area,unit,source_id\nEngland,"GBP per week (nominal, rounded)",DFE_LAIT\n';
    expect(scaleObservations(csv, 1)).toBe(
      'area,unit,source_id\nEngland,"GBP per week (nominal, rounded)",DFE_LAIT\nEngland,"GBP per week (nominal, rounded)",SYNTHETIC_1\n',
    );
  });
});
