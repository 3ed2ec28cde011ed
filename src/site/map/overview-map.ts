/**
 * The overview map: every place with events as a circle whose area grows
 * with the number of events there, each linked to its place page. Places
 * outside the region (or without coordinates) are left off the drawing but
 * kept in the table.
 */
import type { Timeline } from '../../model/types.js';
import { compare } from '../exports/events-csv.js';
import type { Graphic } from '../charts/graphic.js';
import { countryName } from './countries.js';
import { fill, mapWords } from './map-words.js';
import { inView, renderMap, type MapView } from './render-map.js';
import { REGION_VIEW } from './view.js';

export interface MapPlace {
  /** Stable id (the gazetteer id, or any unique key). */
  id: string;
  name: string;
  /** ISO alpha-2. */
  country?: string | null;
  lat: number | null;
  lon: number | null;
  /** How many events took place there. */
  count: number;
  /** The place page (relative links are fine). */
  href?: string | null;
}

export interface OverviewOptions {
  id?: string;
  view?: MapView;
  /** Radius of the largest circle (default 14). */
  maxRadius?: number;
}

/**
 * @example overviewMap([{id: 'ain-al-asad', name: 'قاعدة عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44, count: 3, href: '../places/ain-al-asad/'}]).svg // '<svg … role="img" …>…<a href="../places/ain-al-asad/" aria-label="قاعدة عين الأسد — عدد الأحداث: 3">…'
 */
export function overviewMap(places: readonly MapPlace[], options: OverviewOptions = {}): Graphic {
  const words = mapWords().overview;
  const id = options.id ?? 'map-overview';
  const view = options.view ?? REGION_VIEW;
  const sorted = [...places].sort((a, b) => b.count - a.count || compare(a.name, b.name) || compare(a.id, b.id));
  const max = Math.max(1, ...sorted.map((p) => p.count));
  const maxRadius = options.maxRadius ?? 14;
  const drawable = sorted.filter((p): p is MapPlace & { lat: number; lon: number } => p.lat !== null && p.lon !== null && inView(view, p.lon, p.lat));
  const svg = renderMap({
    id,
    title: words.title,
    description: fill(words.description, { shown: drawable.length, total: sorted.length }),
    view,
    highlight: drawable.flatMap((p) => (p.country ? [p.country] : [])),
    markers: drawable.map((p) => ({
      lon: p.lon,
      lat: p.lat,
      r: Math.max(3, maxRadius * Math.sqrt(p.count / max)),
      label: fill(words.marker, { name: p.name, n: p.count }),
      href: p.href ?? null,
    })),
  });
  return {
    id,
    svg,
    caption: words.caption,
    table: {
      head: words.head,
      rows: sorted.map((p) => [p.href ? { text: p.name, href: p.href } : p.name, p.country ? countryName(p.country) : null, p.count]),
    },
  };
}

/**
 * The places of a timeline's events, counted (a place is its gazetteer id,
 * else its name and country).
 *
 * @example placesOf(timeline, (key) => `../places/${key}/`) // [{id: 'ain-al-asad', name: 'قاعدة عين الأسد', count: 2, …}, …]
 */
export function placesOf(timeline: Timeline, href: (key: string) => string | null = () => null): MapPlace[] {
  const byKey = new Map<string, MapPlace>();
  for (const event of timeline.events) {
    const place = event.place;
    if (!place) continue;
    const key = place.id ?? `${place.country}:${place.name}`;
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else byKey.set(key, { id: key, name: place.name, country: place.country, lat: place.lat, lon: place.lon, count: 1, href: href(key) });
  }
  return [...byKey.values()].sort((a, b) => compare(a.id, b.id));
}
