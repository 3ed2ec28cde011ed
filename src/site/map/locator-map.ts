/**
 * A locator map for one event's place: a small frame centred on it, the
 * country highlighted, neighbours named, the place marked and named.
 */
import type { Graphic } from '../charts/graphic.js';
import { countryName } from './countries.js';
import { fill, mapWords } from './map-words.js';
import { renderMap, type MapView } from './render-map.js';
import { viewAround } from './view.js';

export interface LocatorPlace {
  name: string;
  /** ISO alpha-2. */
  country: string;
  lat: number;
  lon: number;
}

export interface LocatorOptions {
  id?: string;
  view?: MapView;
}

/**
 * @example locatorMap({name: 'قاعدة عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44}).svg // '<svg … role="img" aria-labelledby="locator-title locator-desc">…'
 */
export function locatorMap(place: LocatorPlace, options: LocatorOptions = {}): Graphic {
  // Many events share a place: the same inputs give the same map, drawn once.
  const key = JSON.stringify([place.name, place.country, place.lat, place.lon, options.id ?? null, options.view ?? null]);
  const seen = drawn.get(key);
  if (seen) return { ...seen, table: { head: [...seen.table.head], rows: seen.table.rows.map((r) => [...r]) } };
  const graphic = drawLocator(place, options);
  drawn.set(key, graphic);
  return graphic;
}

const drawn = new Map<string, Graphic>();

function drawLocator(place: LocatorPlace, options: LocatorOptions): Graphic {
  const words = mapWords().locator;
  const id = options.id ?? 'locator';
  const country = countryName(place.country);
  const svg = renderMap({
    id,
    title: fill(words.title, { name: place.name }),
    description: fill(words.description, { name: place.name, country }),
    view: options.view ?? viewAround(place.lon, place.lat),
    highlight: [place.country],
    smallLabels: true,
    minStep: 0.6,
    markers: [{ lon: place.lon, lat: place.lat, r: 5, label: place.name, name: place.name }],
  });
  return {
    id,
    svg,
    caption: fill(words.caption, { name: place.name, country }),
    table: { head: words.head, rows: [[place.name, country, place.lat, place.lon]] },
  };
}
