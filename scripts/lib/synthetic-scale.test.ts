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

  it('duplicates data rows under synthetic source ids, one per original source', () => {
    const csv = 'area,year,value,source_id,note\nEngland,2017,62,DFE_X,"a, b"\nEngland,2017,62,DFE_Y,c\n';
    const scaled = scaleObservations(csv, 2);
    expect(scaled.csv).toBe(
      'area,year,value,source_id,note\nEngland,2017,62,DFE_X,"a, b"\nEngland,2017,62,DFE_Y,c\n' +
        'England,2017,62,DFE_X_X1,"a, b"\nEngland,2017,62,DFE_Y_X1,c\n' +
        'England,2017,62,DFE_X_X2,"a, b"\nEngland,2017,62,DFE_Y_X2,c\n',
    );
    expect(scaled.sourceIds).toEqual(['DFE_X_X1', 'DFE_X_X2', 'DFE_Y_X1', 'DFE_Y_X2']);
    const registered = syntheticSourceRows(scaled.sourceIds)
      .split('\n')
      .filter(Boolean)
      .map((row) => row.split(',')[0]);
    expect(registered).toEqual(scaled.sourceIds);
  });

  it('keeps quoted cells with commas whichever column they are in', () => {
    const csv = 'area,unit,source_id\nEngland,"GBP per week (nominal, rounded)",DFE_LAIT\n';
    expect(scaleObservations(csv, 1).csv).toBe(
      'area,unit,source_id\nEngland,"GBP per week (nominal, rounded)",DFE_LAIT\nEngland,"GBP per week (nominal, rounded)",DFE_LAIT_X1\n',
    );
  });
});
