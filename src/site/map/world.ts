/**
 * The geography every map draws, read once from world-atlas (Natural Earth
 * 1:50m, TopoJSON) on npm: land, the borders between countries (each drawn
 * once), and each country's shape by ISO alpha-2 for the countries in
 * `countries.yml`. Nothing is fetched at run time.
 *
 * Speed: projecting the whole world's land on the sphere costs ~100 ms per
 * map, too slow for a locator on every event page. So the shapes are
 * projected ONCE to unit Mercator (x = λ, y = −ln tan(π/4 + φ/2), in
 * radians, y down) and kept as planar geometry; each map then only scales,
 * translates and clips them in the plane (`geoIdentity`), a few ms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoStream, type GeoStream } from 'd3-geo';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countries } from './countries.js';

/** Shapes in unit-Mercator plane coordinates. */
export interface World {
  land: MultiPolygon;
  borders: MultiLineString;
  /** Country shapes by ISO alpha-2 (only those in `countries.yml`). */
  byCode: Map<string, MultiPolygon>;
}

/** The projection the world is stored in: unit Mercator, centred on (0°, 0°), no resampling. */
export const unitMercator = geoMercator().scale(1).translate([0, 0]).precision(0);

let cached: World | null = null;

/** The world, loaded and projected on first use. */
export function world(): World {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  const byNumeric = new Map(all.features.map((f) => [String(f.id), f]));
  const byCode = new Map<string, MultiPolygon>();
  for (const c of countries()) {
    const shape = byNumeric.get(c.numeric);
    if (shape) byCode.set(c.code, planarPolygons(shape));
  }
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  cached = { land: planarPolygons(feature(topology, topology.objects.land)), borders: planarLines(borders), byCode };
  return cached;
}

type Spherical = Feature<Geometry> | { type: 'FeatureCollection'; features: Feature<Geometry>[] };

/** Projects polygons to the plane, collecting the projection's output stream. */
function planarPolygons(object: Spherical): MultiPolygon {
  const polygons: Position[][][] = [];
  let polygon: Position[][] | null = null;
  let ring: Position[] = [];
  const sink: GeoStream = {
    polygonStart() {
      polygon = [];
    },
    polygonEnd() {
      if (polygon && polygon.length > 0) polygons.push(polygon);
      polygon = null;
    },
    lineStart() {
      ring = [];
    },
    point(x, y) {
      ring.push([x, y]);
    },
    lineEnd() {
      const first = ring[0];
      if (polygon && first && ring.length >= 3) polygon.push([...ring, first]);
    },
    sphere() {},
  };
  geoStream(object, unitMercator.stream(sink));
  return { type: 'MultiPolygon', coordinates: polygons };
}

function planarLines(object: MultiLineString): MultiLineString {
  const lines: Position[][] = [];
  let line: Position[] = [];
  const sink: GeoStream = {
    polygonStart() {},
    polygonEnd() {},
    lineStart() {
      line = [];
    },
    point(x, y) {
      line.push([x, y]);
    },
    lineEnd() {
      if (line.length >= 2) lines.push(line);
    },
    sphere() {},
  };
  geoStream(object, unitMercator.stream(sink));
  return { type: 'MultiLineString', coordinates: lines };
}
