/**
 * The Arabic names of the countries in and around the map's region, their
 * world-atlas ids and label points, from `countries.yml`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface CountryInfo {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 numeric, as a three-digit string (the world-atlas feature id). */
  numeric: string;
  /** Arabic name. */
  name: string;
  /** Where the name goes on a map, `[lon, lat]`; null: never labelled. */
  label: [number, number] | null;
  /** Named only on zoomed-in maps. */
  small: boolean;
}

let cached: CountryInfo[] | null = null;

/** Every country in the table, in file order. */
export function countries(): CountryInfo[] {
  if (cached === null) {
    const raw = parse(readFileSync(new URL('./countries.yml', import.meta.url), 'utf8')) as Record<string, Omit<CountryInfo, 'code' | 'small'> & { small?: boolean }>;
    cached = Object.entries(raw).map(([code, c]) => ({ code, numeric: c.numeric, name: c.name, label: c.label, small: c.small ?? false }));
  }
  return cached;
}

/**
 * The Arabic name of a country, or the code itself when the table lacks it.
 *
 * @example countryName('IQ') // 'العراق'
 * @example countryName('ZZ') // 'ZZ'
 */
export function countryName(code: string): string {
  return countries().find((c) => c.code === code)?.name ?? code;
}
