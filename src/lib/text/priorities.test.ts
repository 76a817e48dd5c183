import { describe, expect, it } from 'vitest';
import { checkPriorityNumbers, groupByTheme, sortPriorities, type PriorityRef } from './priorities';
import { PRIORITY_THEMES } from '../../schemas/priority';

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

  it('reports a repeated number, and a gap, naming the files', () => {
    const broken = ten().map((p) => (p.number === 4 ? { ...p, number: 5 } : p));
    expect(() => sortPriorities(broken)).toThrow(
      'content/priorities/p5.mdx: priority number 5 is used twice (also in content/priorities/p4.mdx).',
    );
    const gap = ten().filter((p) => p.number !== 4);
    expect(() => sortPriorities(gap)).toThrow(
      'content/priorities/p5.mdx: no priority has number 4, but this one has 5. Number the priorities 1, 2, 3 … without gaps.',
    );
  });

  it('takes an eleventh priority without any change: the count follows the content', () => {
    const eleven = [...ten(), { id: 'p11', number: 11, theme: PRIORITY_THEMES[2] }];
    expect(sortPriorities(eleven).map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(checkPriorityNumbers(eleven.map((p) => ({ file: p.id, line: 2, number: p.number })))).toEqual([]);
  });

  it('groups under the four themes in the plan order, keeping empty themes', () => {
    const groups = groupByTheme(sortPriorities(ten()));
    expect(groups.map((g) => g.theme)).toEqual([...PRIORITY_THEMES]);
    expect(groups[0]?.priorities.map((p) => p.number)).toEqual([6, 7, 8, 9, 10]);
    expect(groups[1]?.priorities).toEqual([]);
  });
});
