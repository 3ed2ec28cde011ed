import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LEXICON_DIR } from '../lexicon/index.js';
import type { Place } from '../model/types.js';

/**
 * Looks a place up by its gazetteer id, for corrections that set an event's
 * place (`place: ain-al-asad`). Reads `src/lexicon/places.yml` as data only
 * (the gazetteer's own stage checks it): an entry's `id`, its display
 * `name` (else its first `names`/`terms` entry), `country`, `lat`, `lon`
 * (none for a `kind: country`, as `toEventPlace` in src/gazetteer does).
 * Null when there is no such id.
 *
 * @example
 *   gazetteerPlace('ain-al-asad') // {id: 'ain-al-asad', name: 'عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44}
 */
export function gazetteerPlace(id: string, dir = LEXICON_DIR): Place | null {
  return gazetteer(dir).get(id) ?? null;
}

const cache = new Map<string, Map<string, Place>>();

function gazetteer(dir: string): Map<string, Place> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const places = new Map<string, Place>();
  const path = join(dir, 'places.yml');
  if (existsSync(path)) {
    let entries: unknown;
    try {
      entries = parse(readFileSync(path, 'utf8'), { schema: 'core', merge: false });
    } catch {
      entries = [];
    }
    for (const entry of Array.isArray(entries) ? entries : []) {
      const place = toPlace(entry);
      if (place) places.set(place.id!, place);
    }
  }
  cache.set(dir, places);
  return places;
}

function toPlace(entry: unknown): Place | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const e = entry as Record<string, unknown>;
  const first = (value: unknown): string | null => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null);
  const name = first(e.name) ?? first(e.names) ?? first(e.terms);
  if (typeof e.id !== 'string' || name === null || typeof e.country !== 'string') return null;
  const coordinate = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  // A country is not a point: events placed in a country carry no coordinates (as src/gazetteer does).
  const point = e.kind !== 'country';
  return { name, country: e.country, lat: point ? coordinate(e.lat) : null, lon: point ? coordinate(e.lon) : null, id: e.id };
}
