import { describe, expect, it } from 'vitest';
import { groupByTheme, sortPriorities, type PriorityRef } from './priorities';
import { PRIORITY_THEMES } from '../schemas/priority';

const ten = (): PriorityRef[] =>
  Array.from({ length: 10 }, (_, i) => ({
    id: `p${10 - i}`,
    number: 10 - i,
    theme: PRIORITY_THEMES[i < 5 ? 0 : 3],
  }));

describe('priorities', () => {
  it('sorts the ten priorities by number', () => {
    expect(sortPriorities(ten()).map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reports a gap and a repeated number, naming the files', () => {
    const broken = ten().map((p) => (p.number === 4 ? { ...p, number: 5 } : p));
    expect(() => sortPriorities(broken)).toThrow(/No priority has "number: 4"/);
    expect(() => sortPriorities(broken)).toThrow(
      'content/priorities/p4.mdx and content/priorities/p5.mdx all have "number: 5"',
    );
  });

  it('groups under the four themes in the plan order, keeping empty themes', () => {
    const groups = groupByTheme(sortPriorities(ten()));
    expect(groups.map((g) => g.theme)).toEqual([...PRIORITY_THEMES]);
    expect(groups[0]?.priorities.map((p) => p.number)).toEqual([6, 7, 8, 9, 10]);
    expect(groups[1]?.priorities).toEqual([]);
  });
});
