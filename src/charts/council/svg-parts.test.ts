import { describe, expect, it } from 'vitest';
import { niceDomain, polylines } from './svg-parts';

describe('niceDomain', () => {
  it('ends on round steps and spans an even number of them, so the middle tick is round', () => {
    expect(niceDomain([46.9, 71.1])).toEqual([40, 80]);
    // 60 to 90 is three steps of 10: one more at the bottom puts the middle at 70.
    expect(niceDomain([66, 89])).toEqual([50, 90]);
    // From 0, the extra step goes at the top.
    expect(niceDomain([1, 24])).toEqual([0, 40]);
    expect(niceDomain([76, 99])).toEqual([60, 100]);
  });

  it('gives 0 to 1 when nothing is published', () => {
    expect(niceDomain([])).toEqual([0, 1]);
  });
});

describe('polylines', () => {
  it('breaks a line where a value is missing, and draws a point with no neighbour as a dot', () => {
    expect(
      polylines(
        [
          [0, 1],
          [1, 2],
          [2, null],
          [3, 4],
        ],
        (i) => i * 10,
        (v) => v,
      ),
    ).toBe('<polyline points="0,1 10,2"/><circle cx="30" cy="4" r="2.5"/>');
  });
});
