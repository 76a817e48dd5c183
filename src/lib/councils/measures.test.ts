import { describe, expect, it } from 'vitest';
import { neighbourModels } from './measures';

describe('neighbourModels', () => {
  it('compares the plan\u2019s year with the earliest model held and the latest year with the newest', () => {
    const rows = ['2025', '2021', '2025', '2027'].map((model) => ({ model }));
    expect(neighbourModels(rows)).toEqual({ plan: '2021', latest: '2027' });
    expect(() => neighbourModels([])).toThrow('data/statistical_neighbours.csv has no rows');
  });
});
