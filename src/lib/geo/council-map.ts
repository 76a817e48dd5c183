import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { drawnDistrict, outerEdgePath, outerEdgeRuns } from './outer-edge';

/** Properties of one district in data/se_districts_2013.topo.json (written by npm run import:geo). */
export interface DistrictProperties {
  /** ONS district code, e.g. "E07000105". */
  code: string;
  /** District name as the 2013 file spells it. */
  name: string;
  /** The 2019 children's services authority the district belongs to, e.g. "Kent". */
  authority: string;
}

const authorityOf = (geometry: { properties?: unknown }) =>
  (geometry.properties as DistrictProperties | undefined)?.authority;

/** The committed boundary file's shape. */
export type DistrictTopology = Topology<{ districts: GeometryCollection<DistrictProperties> }>;

/** One council's area as an SVG path: all its districts in one path, so one link and one fill. */
export interface CouncilShape {
  /** The authority's name as the boundary file and the council registry give it. */
  authority: string;
  /** SVG path data. */
  d: string;
  /** Where a label could sit: the centroid of the council's largest district, in map units. */
  centroid: [number, number];
  /** The council's area in map units², summed over its districts. */
  area: number;
}

/** A map of the councils, projected into a box of the given width. */
export interface CouncilMapGeometry {
  width: number;
  height: number;
  /** Councils in the order of their first district in the file (by ONS code). */
  councils: CouncilShape[];
  /**
   * Borders between different councils, plus the region's outer edge (coast and neighbours), as
   * one path. Borders between two districts of one county are left out, so counties read as one,
   * and so are the banks of an estuary drawn as a thin notch inside one council (see outer-edge.ts).
   */
  borders: string;
}

/**
 * Projects the districts into a `width`-wide box (Mercator, fitted to the region) and groups them
 * by council. Districts are never merged (topojson merge draws artefacts on this file): each
 * council's path is its districts' paths joined, and borders come from a mesh filtered to arcs
 * whose two sides belong to different councils, and the outer edge from {@link outerEdgePath}.
 * @example councilMapGeometry(topology, 600).councils.length // 19
 */
export function councilMapGeometry(topology: DistrictTopology, width: number): CouncilMapGeometry {
  const districts = feature(topology, topology.objects.districts);
  const projection = geoMercator().fitWidth(width, districts);
  const path = geoPath(projection).digits(0);
  const [[, y0], [, y1]] = path.bounds(districts);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);

  const byAuthority = new Map<
    string,
    { parts: string[]; total: number; largest: { area: number; centroid: [number, number] } }
  >();
  for (const district of districts.features) {
    const authority = district.properties.authority;
    const entry = byAuthority.get(authority) ?? {
      parts: [],
      total: 0,
      largest: { area: -1, centroid: [0, 0] },
    };
    entry.parts.push(path(district) ?? '');
    const area = path.area(district);
    entry.total += area;
    if (area > entry.largest.area) {
      const [x, y] = path.centroid(district);
      entry.largest = { area, centroid: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] };
    }
    byAuthority.set(authority, entry);
  }
  const drawnDistricts = districts.features.map((district) =>
    drawnDistrict(district.properties.authority, district.geometry as Polygon | MultiPolygon, projection),
  );
  const between = mesh(
    topology,
    topology.objects.districts,
    (a, b) => a !== b && authorityOf(a) !== authorityOf(b),
  );
  const betweenEnds = between.coordinates.flatMap((line) =>
    [line[0], line[line.length - 1]].flatMap((p) => {
      const xy = p && projection([p[0] ?? 0, p[1] ?? 0]);
      return xy ? [[xy[0], xy[1]] as const] : [];
    }),
  );
  const edge = outerEdgeRuns(topology, topology.objects.districts.geometries, drawnDistricts, projection);
  const borders = (path(between) ?? '') + outerEdgePath(edge, betweenEnds);
  return {
    width,
    height,
    councils: [...byAuthority].map(([authority, { parts, total, largest }]) => ({
      authority,
      d: parts.join(''),
      centroid: largest.centroid,
      area: Math.round(total),
    })),
    borders,
  };
}

/** The committed boundary file, relative to the data folder. */
export const BOUNDARY_FILE = 'se_districts_2013.topo.json';

const drawn = new Map<string, CouncilMapGeometry>();

/**
 * The councils map at a width, drawn once per build from data/se_districts_2013.topo.json.
 * @example loadCouncilMap().councils.length // 19
 */
export function loadCouncilMap(
  width = 600,
  dataDir: string = resolve(process.cwd(), 'data'),
): CouncilMapGeometry {
  const key = `${dataDir}:${width}`;
  let map = drawn.get(key);
  if (!map) {
    const topology = JSON.parse(readFileSync(resolve(dataDir, BOUNDARY_FILE), 'utf8')) as DistrictTopology;
    map = councilMapGeometry(topology, width);
    drawn.set(key, map);
  }
  return map;
}
