import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { drawnDistrict, isOuterEdge, mouths, oneSidedArcs, outerEdgePath, outerEdgeRuns } from './outer-edge';

const identity = (p: [number, number]): [number, number] => [p[0], p[1]];

// A square district 100 wide whose bottom edge has a notch 2 wide and 60 deep (an estuary as the
// generalised boundaries draw it), as one closed arc.
const NOTCHED: [number, number][] = [
  [0, 0],
  [100, 0],
  [100, 100],
  [51, 100],
  [50, 40],
  [49, 100],
  [0, 100],
  [0, 0],
];
const topology = {
  type: 'Topology',
  arcs: [NOTCHED],
  objects: { districts: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] } },
} as unknown as Topology;
const district = drawnDistrict('Kent', { type: 'Polygon', coordinates: [NOTCHED] }, identity);

describe('the outer edge of a map', () => {
  it('counts an arc used by one district only as one-sided, and a shared arc not', () => {
    expect(
      oneSidedArcs([
        { type: 'Polygon', arcs: [[0, 1]] },
        { type: 'Polygon', arcs: [[~1, 2]] },
      ]),
    ).toEqual([0, 2]);
  });

  it('keeps a coast (outside on one side) and drops a notch bank (the same council on both sides)', () => {
    expect(isOuterEdge([district], [100, 100], [51, 100])).toBe(true);
    expect(isOuterEdge([district], [51, 100], [50, 40])).toBe(false);
    expect(isOuterEdge([district], [50, 40], [49, 100])).toBe(false);
  });

  it('keeps a line between two councils drawn with one side only', () => {
    const west = drawnDistrict(
      'Hampshire',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [50, 0],
            [50, 100],
            [0, 100],
            [0, 0],
          ],
        ],
      },
      identity,
    );
    const east = drawnDistrict(
      'West Sussex',
      {
        type: 'Polygon',
        coordinates: [
          [
            [50, 0],
            [100, 0],
            [100, 100],
            [50, 100],
            [50, 0],
          ],
        ],
      },
      identity,
    );
    expect(isOuterEdge([west, east], [50, 0], [50, 100])).toBe(true);
  });

  it('draws the square without the notch, straight across its mouth', () => {
    const runs = outerEdgeRuns(topology, [{ type: 'Polygon', arcs: [[0]] }], [district], identity);
    expect(runs).toEqual([
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [51, 100],
      ],
      [
        [49, 100],
        [0, 100],
        [0, 0],
      ],
    ]);
    expect(mouths(runs, [])).toEqual([
      [
        [51, 100],
        [49, 100],
      ],
    ]);
    expect(outerEdgePath(runs, [])).toBe('M0,0L100,0L100,100L51,100M49,100L0,100L0,0M51,100L49,100');
  });

  it('leaves a gap wider than a notch’s mouth as it is, and an end where a border meets the coast', () => {
    expect(
      mouths(
        [
          [
            [0, 0],
            [10, 0],
          ],
          [
            [40, 0],
            [50, 0],
          ],
        ],
        [],
      ),
    ).toEqual([]);
    expect(
      mouths(
        [
          [
            [-30, 0],
            [10, 0],
          ],
          [
            [14, 0],
            [50, 0],
          ],
        ],
        [[10, 0]],
      ),
    ).toEqual([]);
  });
});
