/**
 * Draws a map as inline SVG at build time: sea, land, highlighted
 * countries, borders, Arabic country names, then markers on top. Mercator,
 * centred on a point and scaled so that `spanLon` degrees fill the width;
 * everything is clipped to the frame, so a map carries only what it shows.
 * Colours come from CSS classes (`khatt-map-*`, see `map.css`) with
 * `currentColor`-based fallbacks, so dark mode and print restyle them.
 */
import { geoIdentity, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import { escapeXml } from '../exports/escape-xml.js';
import { svgOpen } from '../charts/graphic.js';
import { px } from '../charts/format.js';
import { countries } from './countries.js';
import { RoundedPath } from './rounded-path.js';
import { unitMercator, world } from './world.js';

export interface MapView {
  /** `[lon, lat]` of the frame's centre. */
  center: [number, number];
  /** Degrees of longitude across the width. */
  spanLon: number;
  width: number;
  height: number;
}

export interface MapMarker {
  lon: number;
  lat: number;
  /** Radius in SVG units. */
  r: number;
  /** The marker's accessible name (also its tooltip). */
  label: string;
  href?: string | null;
  /** Shown beside the marker (locator maps). */
  name?: string;
}

export interface MapSpec {
  id: string;
  title: string;
  description: string;
  view: MapView;
  markers: readonly MapMarker[];
  /** Countries (ISO alpha-2) filled as "with events". */
  highlight?: readonly string[];
  /** Name the small countries too (zoomed-in maps). */
  smallLabels?: boolean;
  /** Drop path points closer than this (SVG units) to the previous one. */
  minStep?: number;
}

/** The projection of a view (for points: markers and labels). */
export function projectionOf(view: MapView): GeoProjection {
  return geoMercator()
    .center(view.center)
    .scale(view.width / ((view.spanLon * Math.PI) / 180))
    .translate([view.width / 2, view.height / 2])
    .clipExtent([
      [0, 0],
      [view.width, view.height],
    ]);
}

/** The same view as a plane transform of the unit-Mercator shapes in `world.ts`, clipped to the frame. */
function planeOf(view: MapView) {
  const scale = view.width / ((view.spanLon * Math.PI) / 180);
  const [cx = 0, cy = 0] = unitMercator(view.center) ?? [];
  return geoIdentity()
    .scale(scale)
    .translate([view.width / 2 - scale * cx, view.height / 2 - scale * cy])
    .clipExtent([
      [0, 0],
      [view.width, view.height],
    ]);
}

/** Whether `[lon, lat]` falls inside the view's frame (with a margin). */
export function inView(view: MapView, lon: number, lat: number, margin = 0): boolean {
  const point = projectionOf(view)([lon, lat]);
  if (!point) return false;
  const [x, y] = point;
  return x >= margin && x <= view.width - margin && y >= margin && y <= view.height - margin;
}

/**
 * @example renderMap({id: 'map', title: 'خريطة', description: '…', view: {center: [45, 26], spanLon: 30, width: 640, height: 640}, markers: []}) // '<svg …>…</svg>'
 */
export function renderMap(spec: MapSpec): string {
  const { view } = spec;
  const projection = projectionOf(view);
  const plane = planeOf(view);
  const draw = (object: GeoPermissibleObjects): string => {
    const context = new RoundedPath(spec.minStep ?? 0.8);
    geoPath(plane, context)(object);
    return context.result();
  };
  const { land, borders, byCode } = world();
  const near = nearFilter(view);
  const parts = [
    // An image may not hold links (axe: nested-interactive): a map with linked markers is a labelled group.
    svgOpen(spec.id, view.width, view.height, spec.title, spec.description, 'khatt-map').replace(' role="img"', spec.markers.some((m) => m.href) ? ' role="group"' : ' role="img"'),
    `<rect class="khatt-map-sea" width="${view.width}" height="${view.height}" fill="currentColor" fill-opacity="0.06"/>`,
    `<path class="khatt-map-land" d="${draw(near(land))}" fill="currentColor" fill-opacity="0.1"/>`,
  ];
  for (const code of [...new Set(spec.highlight ?? [])].sort()) {
    const shape = byCode.get(code);
    const d = shape ? draw(near(shape)) : '';
    if (d) parts.push(`<path class="khatt-map-active" data-country="${escapeXml(code)}" d="${d}" fill="currentColor" fill-opacity="0.12"/>`);
  }
  parts.push(`<path class="khatt-map-border" d="${draw(near(borders))}" fill="none" stroke="currentColor" stroke-opacity="0.45" stroke-width="0.6" stroke-linejoin="round"/>`);

  // A country's name gives way to a place name drawn beside a marker.
  const named = spec.markers.flatMap((m) => (m.name ? [projection([m.lon, m.lat])] : [])).filter((p): p is [number, number] => p !== null);
  const labels: string[] = [];
  for (const country of countries()) {
    if (!country.label || (country.small && !spec.smallLabels)) continue;
    const point = projection(country.label);
    if (!point || !inView(view, country.label[0], country.label[1], 12)) continue;
    if (named.some(([x, y]) => Math.abs(x - point[0]) < 60 && Math.abs(y - point[1]) < 14)) continue;
    labels.push(`<text x="${px(point[0])}" y="${px(point[1])}">${escapeXml(country.name)}</text>`);
  }
  if (labels.length > 0) parts.push(`<g class="khatt-map-country-names" direction="rtl" text-anchor="middle" dominant-baseline="middle" font-size="12" fill="currentColor" fill-opacity="0.7">${labels.join('')}</g>`);

  const markers = spec.markers
    .map((m) => ({ m, point: projection([m.lon, m.lat]) }))
    .filter((x): x is { m: MapMarker; point: [number, number] } => x.point !== null && inView(view, x.m.lon, x.m.lat));
  if (markers.length > 0) {
    parts.push('<g class="khatt-map-markers">');
    for (const { m, point } of markers) {
      const circle = `<circle class="khatt-map-marker" cx="${px(point[0])}" cy="${px(point[1])}" r="${px(m.r)}" fill="currentColor" fill-opacity="0.55" stroke="currentColor" stroke-width="1"><title>${escapeXml(m.label)}</title></circle>`;
      const name = m.name ? `<text class="khatt-map-place-name" x="${px(point[0] - m.r - 4)}" y="${px(point[1])}" direction="rtl" text-anchor="start" dominant-baseline="middle" font-size="13" fill="currentColor">${escapeXml(m.name)}</text>` : '';
      parts.push(m.href ? `<a href="${escapeXml(m.href)}" aria-label="${escapeXml(m.label)}">${circle}${name}</a>` : `${circle}${name}`);
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Keeps only the parts (polygons, lines) whose bounding box meets the
 * view's frame in unit-Mercator coordinates: clipping then only walks what
 * may show. Whole parts are kept, so the clipped drawing is unchanged.
 */
function nearFilter(view: MapView): <T extends MultiPolygon | MultiLineString>(shape: T) => T {
  const scale = view.width / ((view.spanLon * Math.PI) / 180);
  const [cx = 0, cy = 0] = unitMercator(view.center) ?? [];
  const x0 = cx - view.width / 2 / scale;
  const x1 = cx + view.width / 2 / scale;
  const y0 = cy - view.height / 2 / scale;
  const y1 = cy + view.height / 2 / scale;
  const meets = (positions: readonly Position[]): boolean => {
    const [minX, minY, maxX, maxY] = boundsOf(positions);
    return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
  };
  return <T extends MultiPolygon | MultiLineString>(shape: T): T => {
    if (shape.type === 'MultiPolygon') return { ...shape, coordinates: shape.coordinates.filter((polygon) => polygon.some(meets)) };
    return { ...shape, coordinates: shape.coordinates.filter((line) => meets(line)) };
  };
}

/** Bounding boxes of the world's rings and lines, computed once each: every map asks about the same ones. */
const bounds = new WeakMap<readonly Position[], readonly [number, number, number, number]>();

/** `[minX, minY, maxX, maxY]` of a ring or line. */
function boundsOf(positions: readonly Position[]): readonly [number, number, number, number] {
  let box = bounds.get(positions);
  if (box) return box;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  box = [minX, minY, maxX, maxY];
  bounds.set(positions, box);
  return box;
}
