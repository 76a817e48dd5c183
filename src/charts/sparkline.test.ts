import { describe, expect, it } from 'vitest';
import { sparklineSvg } from './sparkline';

describe('sparklineSvg', () => {
  it('draws each series on one scale, hidden from assistive technology, broken at a missing year', () => {
    const svg = sparklineSvg([
      { className: 'se', values: [10, 20, null, 30] },
      { className: 'england', values: [30, 30, 30, 30] },
    ]);
    expect(svg).toContain('aria-hidden="true"');
    // 10 is the lowest value (bottom, y = 37) and 30 the highest (top, y = 3).
    expect(svg).toContain('<path class="se" d="M3 37L54.3 20M157 3"/>');
    expect(svg).toContain('<path class="england" d="M3 3L54.3 3L105.7 3L157 3"/>');
  });
});
