/**
 * Map frames: the region overview, and a frame around one point.
 */
import type { MapView } from './render-map.js';

const RAD = Math.PI / 180;

/** Mercator's y for a latitude (radians of the unit sphere). */
function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
}

/**
 * The view that shows a lon/lat box exactly at a given width (the height follows).
 *
 * @example viewOfBounds(30, 11, 60, 41, 600) // {center: [45, 26.99…], spanLon: 30, width: 600, height: 679}
 */
export function viewOfBounds(west: number, south: number, east: number, north: number, width: number): MapView {
  const spanLon = east - west;
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const height = Math.round((width * (top - bottom)) / (spanLon * RAD));
  const centerLat = (2 * Math.atan(Math.exp((top + bottom) / 2)) - Math.PI / 2) / RAD;
  return { center: [(west + east) / 2, centerLat], spanLon, width, height };
}

/** The region every overview shows: Egypt to Iran, Turkey to Yemen (lon 30–60, lat 11–41). */
export const REGION_VIEW: MapView = viewOfBounds(30, 11, 60, 41, 600);

/**
 * A locator frame centred on a point.
 *
 * @example viewAround(42.44, 33.8) // {center: [42.44, 33.8], spanLon: 9, width: 320, height: 240}
 */
export function viewAround(lon: number, lat: number, spanLon = 9, width = 320, height = 240): MapView {
  return { center: [lon, lat], spanLon, width, height };
}
