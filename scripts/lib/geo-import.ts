/**
 * The import step for the maps (run by scripts/import-geo.ts): turns the district boundaries in seeds/geo/ into the small
 * file the build reads, data/se_districts_2013.topo.json. Run it with `npm run import:geo` when the
 * source changes; the result is committed, and a test re-runs it to show nothing changes.
 *
 * What it does, in order:
 * 1. keeps the 67 South East districts of england_lad13.topo.json (listed in se_districts_2013.csv),
 *    each with its code, name and the 2019 children's services authority it belongs to;
 * 2. drops the arcs no kept district uses (topojson-simplify's filter, keeping every ring);
 * 3. simplifies once, by spherical triangle area (Visvalingam), keeping points whose triangle is at
 *    least MIN_WEIGHT steradians;
 * 4. quantizes to QUANTIZE steps per side, so the file is small and its numbers stable.
 * Districts are never dissolved into counties here (see the geo README): maps fill each district by
 * its council and draw council borders with a filtered mesh.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { quantize } from 'topojson-client';
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Arc, MultiPolygon, Polygon, Transform } from 'topojson-specification';
import type { DistrictProperties } from '../../src/lib/geo/council-map';

/** The source folder, relative to a checkout. */
export const GEO_SOURCE_DIR = path.join('seeds', 'geo');
/** The file written into data/. */
export const GEO_OUTPUT_FILE = 'se_districts_2013.topo.json';
/** Smallest spherical triangle area kept, in steradians (the geo README suggests about 1e-8; 4e-8 keeps each map under 30 KB). */
export const MIN_WEIGHT = 4e-8;
/** Quantization steps per side of the bounding box. */
export const QUANTIZE = 1e4;

/** A district as the source file holds it. */
interface SourceDistrict {
  type: string;
  arcs: Polygon['arcs'] | MultiPolygon['arcs'];
  properties: { LAD13CD: string; LAD13NM: string };
}

/** The parts of the source topology the import reads. */
interface SourceTopology {
  transform: Transform;
  arcs: Arc[];
  objects: { lad: { geometries: SourceDistrict[] } };
}

interface DistrictRow {
  lad13cd: string;
  lad13nm: string;
  authority: string;
  authority_type: string;
}

/**
 * The simplified South East districts as the text of a TopoJSON file (object `districts`), the
 * same bytes for the same inputs.
 * @example await importGeo('seeds/geo') // '{"type":"Topology",…}\n'
 */
export async function importGeo(sourceDir: string = GEO_SOURCE_DIR): Promise<string> {
  const england = JSON.parse(
    await readFile(path.join(sourceDir, 'england_lad13.topo.json'), 'utf8'),
  ) as SourceTopology;
  const csv = Papa.parse<DistrictRow>(await readFile(path.join(sourceDir, 'se_districts_2013.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (csv.errors.length > 0) {
    throw new Error(`${sourceDir}/se_districts_2013.csv: ${csv.errors[0]?.message ?? 'unreadable'}`);
  }
  const authorityOf = new Map(csv.data.map((row) => [row.lad13cd, row.authority]));

  const districts = england.objects.lad.geometries.flatMap((geometry) => {
    const code = geometry.properties.LAD13CD;
    const authority = authorityOf.get(code);
    if (!authority) return [];
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`District ${code} is a ${geometry.type}, not a polygon.`);
    }
    const properties: DistrictProperties = { code, name: geometry.properties.LAD13NM, authority };
    return [
      { type: geometry.type, arcs: geometry.arcs, properties } as
        Polygon<DistrictProperties> | MultiPolygon<DistrictProperties>,
    ];
  });
  const missing = [...authorityOf.keys()].filter(
    (code) => !districts.some((d) => d.properties!.code === code),
  );
  if (missing.length > 0) {
    throw new Error(
      `Districts listed in se_districts_2013.csv but not in the boundaries: ${missing.join(', ')}.`,
    );
  }
  districts.sort((a, b) => (a.properties!.code < b.properties!.code ? -1 : 1));

  // filter() with a test that keeps every ring: it drops the arcs no kept district uses.
  const southEast = filter(
    {
      type: 'Topology',
      transform: england.transform,
      arcs: england.arcs,
      objects: { districts: { type: 'GeometryCollection', geometries: districts } },
    },
    () => true,
  );
  const simplified = simplify(presimplify(southEast, sphericalTriangleArea), MIN_WEIGHT);
  const { bbox, ...quantized } = quantize(simplified, QUANTIZE);
  return `${JSON.stringify(quantized)}\n`;
}
