import { describe, expect, it } from 'vitest';
import { BADGE_PX, NARROWEST_MAP_PX, placeLabels } from './labels';
import { loadCouncilMap } from './council-map';

describe('placeLabels', () => {
  it('keeps a label that fits on its area, and moves a crowded one with a leader line', () => {
    const placed = placeLabels(
      [
        { name: 'Big', number: 1, at: [300, 150], area: 100 },
        { name: 'Small', number: 2, at: [305, 152], area: 1 },
      ],
      600,
      330,
    );
    expect(placed[0]).toMatchObject({ x: 300, y: 150, leader: undefined });
    expect(placed[1]?.leader).toEqual([305, 152]);
  });

  it('places the 19 councils’ numbers without overlap, inside the map, at the narrowest width', () => {
    const map = loadCouncilMap();
    const targets = [...map.councils]
      .sort((a, b) => a.authority.localeCompare(b.authority, 'en-GB'))
      .map((c, i) => ({ name: c.authority, number: i + 1, at: c.centroid, area: c.area }));
    const placed = placeLabels(targets, map.width, map.height);
    expect(placed).toHaveLength(19);
    const unit = map.width / NARROWEST_MAP_PX;
    for (const a of placed) {
      expect(a.x - (BADGE_PX.width * unit) / 2).toBeGreaterThanOrEqual(0);
      expect(a.y + (BADGE_PX.height * unit) / 2).toBeLessThanOrEqual(map.height);
      for (const b of placed) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= BADGE_PX.width * unit - 1e-6 ||
          Math.abs(a.y - b.y) >= BADGE_PX.height * unit - 1e-6;
        expect(apart, `${a.name} and ${b.name}`).toBe(true);
      }
    }
  });
});
