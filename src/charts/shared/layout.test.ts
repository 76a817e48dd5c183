import { describe, expect, it } from 'vitest';
import { minTickSteps, pickTicks, spreadBlocks, spreadLabels, textWidth, wrapText } from './layout';

const years = ['2013', '2014', '2015', '2016', '2017', '2018', '2019'];

describe('textWidth', () => {
  it('estimates 0.6 em a character', () => {
    expect(textWidth('2015-16', 14)).toBeCloseTo(58.8);
    expect(textWidth('', 14)).toBe(0);
  });

  it('counts a per cent sign and the legends’ circles as a whole em', () => {
    expect(textWidth('20%', 14)).toBeCloseTo(30.8);
    expect(textWidth('● 2025', 14)).toBeCloseTo(56);
  });
});

describe('minTickSteps', () => {
  it('is 1 when every label fits between neighbours, more when they would touch', () => {
    expect(minTickSteps(years, 13, 68)).toBe(1);
    expect(minTickSteps(years, 14, 35)).toBe(2);
    expect(minTickSteps(['2015-16', '2016-17'], 14, 30)).toBe(3);
  });
});

describe('pickTicks', () => {
  it('keeps every year when labels fit', () => {
    expect(pickTicks(years, ['2017', '2019', '2013'], 1)).toEqual(years);
  });

  it('keeps the plan’s last year, the last and the first, then every other year that fits', () => {
    expect(pickTicks(years, ['2017', '2019', '2013'], 2)).toEqual(['2013', '2015', '2017', '2019']);
    expect(pickTicks(years.slice(1), ['2017', '2019', '2014'], 2)).toEqual(['2014', '2017', '2019']);
  });

  it('drops a lower-priority year that would touch a kept one', () => {
    expect(pickTicks(['a', 'b', 'c', 'd'], ['b', 'd', 'a'], 2)).toEqual(['b', 'd']);
  });

  it('ignores priorities that are not in the domain', () => {
    expect(pickTicks(['a', 'b'], ['z'], 1)).toEqual(['a', 'b']);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart alone', () => {
    expect(spreadLabels([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes crowded labels apart, in order, within the bounds', () => {
    expect(spreadLabels([2, 4, 30], 10, 0, 100)).toEqual([2, 12, 30]);
    expect(spreadLabels([1, 2], 10, 5, 100)).toEqual([5, 15]);
    expect(spreadLabels([90, 95, 99], 10, 0, 100)).toEqual([80, 90, 100]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces so that each line fits', () => {
    expect(wrapText('Hampshire and Isle of Wight', 120, 14)).toEqual(['Hampshire and', 'Isle of Wight']);
    expect(wrapText('Kent', 120, 14)).toEqual(['Kent']);
  });

  it('keeps a word longer than the line on a line of its own', () => {
    expect(wrapText('Buckinghamshire is long', 60, 14)).toEqual(['Buckinghamshire', 'is long']);
  });
});

describe('spreadBlocks', () => {
  it('leaves blocks that are far enough apart alone', () => {
    expect(spreadBlocks([10, 50, 90], [10, 10, 10], 2, 0, 100)).toEqual([10, 50, 90]);
  });

  it('spreads a crowd both ways from where it wants to be', () => {
    expect(spreadBlocks([50, 50, 50], [10, 10, 10], 0, 0, 100)).toEqual([40, 50, 60]);
    // Two-line and one-line blocks: centres apart by half of each height plus the gap.
    expect(spreadBlocks([50, 50], [20, 10], 2, 0, 100)).toEqual([41.5, 58.5]);
  });

  it('merges a cluster with the one before when spreading makes them touch', () => {
    expect(spreadBlocks([10, 20, 30, 30], [10, 10, 10, 10], 0, 0, 100)).toEqual([7.5, 17.5, 27.5, 37.5]);
  });

  it('keeps every block within the bounds', () => {
    expect(spreadBlocks([1, 2], [10, 10], 0, 0, 100)).toEqual([5, 15]);
    expect(spreadBlocks([98, 99], [10, 10], 2, 0, 100)).toEqual([83, 95]);
  });
});
