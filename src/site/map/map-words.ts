/** The maps' words, from `map-words.yml`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface MapWords {
  overview: { title: string; description: string; caption: string; marker: string; head: string[] };
  locator: { title: string; description: string; caption: string; head: string[] };
}

let cached: MapWords | null = null;

/** Loads `map-words.yml` once. */
export function mapWords(): MapWords {
  cached ??= parse(readFileSync(new URL('./map-words.yml', import.meta.url), 'utf8')) as MapWords;
  return cached;
}

/**
 * Fills `{key}` slots.
 *
 * @example fill('موقع {name}', {name: 'القائم'}) // 'موقع القائم'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
