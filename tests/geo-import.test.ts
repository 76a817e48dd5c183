import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_OUTPUT_FILE, GEO_SOURCE_DIR, importGeo } from '../scripts/lib/geo-import';
import { mesh } from 'topojson-client';
import { oneSidedArcs } from '../src/lib/geo/outer-edge';
import {
  councilMapGeometry,
  type DistrictProperties,
  type DistrictTopology,
} from '../src/lib/geo/council-map';

const committed = readFileSync(path.join('data', GEO_OUTPUT_FILE), 'utf8');

describe('npm run import:geo', () => {
  it(`re-running it on ${GEO_SOURCE_DIR} gives data/${GEO_OUTPUT_FILE} byte for byte`, async () => {
    expect(await importGeo(GEO_SOURCE_DIR)).toBe(committed);
  });

  it('the committed file holds the 67 South East districts of the 19 authorities, none dissolved', () => {
    const topology = JSON.parse(committed) as DistrictTopology;
    const districts = topology.objects.districts.geometries;
    expect(districts).toHaveLength(67);
    const authorities = new Set(districts.map((d) => (d.properties as DistrictProperties).authority));
    expect(authorities.size).toBe(19);
    // Seven counties of several districts each, twelve unitary authorities of one district each.
    const counts = [...authorities].map(
      (a) => districts.filter((d) => (d.properties as DistrictProperties).authority === a).length,
    );
    expect(counts.filter((n) => n > 1)).toHaveLength(7);
    expect(counts.filter((n) => n === 1)).toHaveLength(12);
    expect(
      districts.find((d) => (d.properties as DistrictProperties).code === 'E07000112')?.properties,
    ).toEqual({
      code: 'E07000112',
      name: 'Shepway',
      authority: 'Kent',
    });
  });
});

describe('councilMapGeometry', () => {
  const topology = JSON.parse(committed) as DistrictTopology;
  const map = councilMapGeometry(topology, 600);

  it('draws one shape per council, fitted to the width', () => {
    expect(map.councils).toHaveLength(19);
    expect(map.width).toBe(600);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(600);
    for (const council of map.councils) {
      expect(council.d, council.authority).toMatch(/^M/);
      const [x, y] = council.centroid;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(600);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
  });

  it('leaves out borders between districts of one county, and keeps the rest', () => {
    const lines = (d: string) => (d.match(/M/g) ?? []).length;
    const every = mesh(topology, topology.objects.districts).coordinates.length;
    const between = mesh(
      topology,
      topology.objects.districts,
      (a, b) =>
        a !== b &&
        (a.properties as DistrictProperties).authority !== (b.properties as DistrictProperties).authority,
    ).coordinates.length;
    const coast = oneSidedArcs(topology.objects.districts.geometries).length;
    expect(between).toBeLessThan(every);
    // Every line between councils, then the coast arc by arc (arcs wholly inside a council left out;
    // one cut where it runs inside draws at most two runs and the line across the mouth: outer-edge.ts).
    expect(lines(map.borders)).toBeGreaterThan(between);
    expect(lines(map.borders)).toBeLessThanOrEqual(between + 3 * coast);
  });

  it('is small enough to print several maps on a page (under 30 KB of path data)', () => {
    const bytes = map.councils.reduce((n, c) => n + c.d.length, 0) + map.borders.length;
    expect(bytes).toBeLessThan(30 * 1024);
  });
});
