/**
 * The outer edge of a map of districts: the arcs that have one side only, kept where they run
 * between land and what lies outside the region, left out where both sides are the same council.
 * Generalised boundaries draw an estuary or a harbour as a notch a pixel or two wide: its two
 * one-sided banks would otherwise show as lines inside the council's filled area.
 */
import type { GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

type Point = readonly [number, number];

/** A map projection: longitude and latitude to map units (d3's projections are such functions). */
export type Project = (position: [number, number]) => [number, number] | null;

/** A district as drawn: its authority and its rings in map units, with their bounding box. */
export interface DrawnDistrict {
  authority: string;
  rings: Point[][];
  box: { x0: number; y0: number; x1: number; y1: number };
}

/** How far either side of a line is looked at, in map units (pixels at the map's width). */
export const SIDE_OFFSET = 1.5;

/** Projects a district's polygons into map units. */
export function drawnDistrict(
  authority: string,
  geometry: Polygon | MultiPolygon,
  projection: Project,
): DrawnDistrict {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.flat().map((ring) =>
    ring.map((position): Point => {
      const xy = projection([position[0] ?? 0, position[1] ?? 0]);
      return xy ? [xy[0], xy[1]] : [Number.NaN, Number.NaN];
    }),
  );
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  return {
    authority,
    rings,
    box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
  };
}

/** Whether a point lies inside a district (even-odd over all its rings, so holes count as outside). */
export function contains(district: DrawnDistrict, [x, y]: Point): boolean {
  const { box } = district;
  if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return false;
  let inside = false;
  for (const ring of district.rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

/** The authority whose district holds the point, or undefined outside every district. */
export function authorityAt(districts: readonly DrawnDistrict[], point: Point): string | undefined {
  return districts.find((d) => contains(d, point))?.authority;
}

/** The indices of the arcs only one district uses. */
export function oneSidedArcs(geometries: readonly GeometryObject[]): number[] {
  const uses = new Map<number, number>();
  const count = (arcs: unknown): void => {
    if (typeof arcs === 'number')
      uses.set(arcs < 0 ? ~arcs : arcs, (uses.get(arcs < 0 ? ~arcs : arcs) ?? 0) + 1);
    else if (Array.isArray(arcs)) for (const a of arcs) count(a);
  };
  for (const g of geometries) if ('arcs' in g) count(g.arcs);
  return [...uses].filter(([, n]) => n === 1).map(([arc]) => arc);
}

/**
 * Whether a segment of a one-sided arc is part of the outer edge: looked at a little to each side
 * of its middle, one side is outside every district, or the two sides are different councils.
 */
export function isOuterEdge(districts: readonly DrawnDistrict[], a: Point, b: Point): boolean {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return false;
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const nx = (-(b[1] - a[1]) / length) * SIDE_OFFSET;
  const ny = ((b[0] - a[0]) / length) * SIDE_OFFSET;
  const left = authorityAt(districts, [mid[0] + nx, mid[1] + ny]);
  const right = authorityAt(districts, [mid[0] - nx, mid[1] - ny]);
  return left === undefined || right === undefined || left !== right;
}

/** The widest notch mouth closed, in map units: wider gaps are left as drawn. */
export const MOUTH_WIDTH = 24;

const key = (p: Point) => `${Math.round(p[0])},${Math.round(p[1])}`;

/**
 * Where the runs kept stop short (the mouth of a notch left out), joined to the nearest such end
 * of another run within {@link MOUTH_WIDTH}: the coast is drawn straight across the mouth. `otherEnds` are the
 * ends of the borders between councils, which meet the coast and are not loose.
 */
export function mouths(runs: readonly Point[][], otherEnds: readonly Point[]): [Point, Point][] {
  const seen = new Map<string, number>();
  const ends = [...runs.flatMap((run) => [run[0], run[run.length - 1]]), ...otherEnds].filter(
    (p): p is Point => p !== undefined,
  );
  for (const p of ends) seen.set(key(p), (seen.get(key(p)) ?? 0) + 1);
  const loose = runs
    .flatMap((run, r) => [
      { p: run[0], r },
      { p: run[run.length - 1], r },
    ])
    .filter((e): e is { p: Point; r: number } => e.p !== undefined && seen.get(key(e.p)) === 1);
  const joined: [Point, Point][] = [];
  const used = new Set<Point>();
  const pairs = loose
    .flatMap((a, i) =>
      loose
        .slice(i + 1)
        .filter((b) => b.r !== a.r)
        .map((b) => ({ a: a.p, b: b.p, gap: Math.hypot(a.p[0] - b.p[0], a.p[1] - b.p[1]) })),
    )
    .filter((p) => p.gap <= MOUTH_WIDTH)
    .sort((x, y) => x.gap - y.gap);
  for (const { a, b } of pairs) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a).add(b);
    joined.push([a, b]);
  }
  return joined;
}

/**
 * The outer edge as runs of points in map units: each one-sided arc projected, without the parts
 * that run inside a council.
 */
export function outerEdgeRuns(
  topology: Topology,
  geometries: readonly GeometryObject[],
  districts: readonly DrawnDistrict[],
  projection: Project,
): Point[][] {
  const runs: Point[][] = [];
  for (const arc of oneSidedArcs(geometries)) {
    const line = feature<GeoJsonProperties>(topology, {
      type: 'LineString',
      arcs: [arc],
    });
    const points = line.geometry.coordinates.map((position): Point => {
      const xy = projection([position[0] ?? 0, position[1] ?? 0]);
      return xy ? [xy[0], xy[1]] : [Number.NaN, Number.NaN];
    });
    let run: Point[] = [];
    for (let i = 1; i < points.length; i += 1) {
      const a = points[i - 1] as Point;
      const b = points[i] as Point;
      if (isOuterEdge(districts, a, b)) {
        if (run.length === 0) run.push(a);
        run.push(b);
      } else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/**
 * SVG path data of the outer edge, notches left out and their mouths closed, in whole map units
 * like the rest of the map.
 */
export function outerEdgePath(runs: readonly Point[][], otherEnds: readonly Point[]): string {
  const draw = (line: readonly Point[]) =>
    line.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p[0])},${Math.round(p[1])}`).join('');
  return [...runs, ...mouths(runs, otherEnds)].map(draw).join('');
}
