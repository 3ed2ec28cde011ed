import { loadLexicon, termList, type Lexicon, type LexiconEntry } from '../lexicon/index.js';
import type { Place } from '../model/types.js';
import { createTermMatcher, dropOverlaps, escapeTerm, type TermEntry, type TermMatch, type TermMatcher } from './term-matcher.js';

/** A place of the gazetteer (`src/lexicon/places.yml`). */
export interface PlaceEntry {
  id: string;
  name: string;
  names: string[];
  country: string;
  kind: PlaceKind;
  within: string | null;
  lat: number;
  lon: number;
  /** `us` when US or coalition forces are stationed there. */
  hosts: 'us' | null;
  /** A country's capital (its name also stands for the government). */
  capital: boolean;
}

export type PlaceKind = 'country' | 'province' | 'region' | 'city' | 'town' | 'district' | 'base' | 'site' | 'camp' | 'sea';

/** Kinds that name an area rather than a site: used only when nothing more specific is named. */
export const AREA_KINDS: ReadonlySet<PlaceKind> = new Set(['country', 'province', 'region', 'sea']);

export type Side = 'us' | 'militia' | 'iraq' | 'houthi' | 'hamas' | 'hezbollah' | 'israel' | 'iran' | 'other';

/** An actor of `src/lexicon/actors.yml`. */
export interface ActorEntry {
  id: string;
  name: string;
  side: Side;
  /** A named armed group (can claim an attack). */
  group: boolean;
  /** A site, vehicle or interest: a target, never an attacker. */
  thing: boolean;
}

const PLACE_KINDS: readonly PlaceKind[] = ['country', 'province', 'region', 'city', 'town', 'district', 'base', 'site', 'camp', 'sea'];
const SIDES: readonly Side[] = ['us', 'militia', 'iraq', 'houthi', 'hamas', 'hezbollah', 'israel', 'iran', 'other'];
const COUNTRY = /^[A-Z]{2}$/;

interface Loaded {
  places: Map<string, PlaceEntry>;
  actors: Map<string, ActorEntry>;
  findPlaces: TermMatcher<PlaceEntry>;
  findActors: (folded: string) => TermMatch<ActorEntry>[];
}

let loaded: Loaded | null = null;

/** Loads and checks both lexicons once per process; problems go to `lexiconMessages()`. */
function load(): Loaded {
  if (loaded) return loaded;
  const placeLexicon = loadLexicon('places', {
    keys: ['name', 'names', 'country', 'kind', 'within', 'lat', 'lon', 'hosts', 'unlessNext', 'unlessPrev', 'capital'],
    required: ['name', 'names', 'country', 'kind', 'lat', 'lon'],
    terms: ['names', 'unlessNext', 'unlessPrev'],
  });
  const actorLexicon = loadLexicon('actors', {
    keys: ['name', 'side', 'names', 'heads', 'thingHeads', 'modifiers', 'unlessPrev', 'group'],
    required: ['name', 'side'],
    terms: ['names', 'heads', 'thingHeads', 'modifiers', 'unlessPrev'],
  });
  const streetWords = loadLexicon('street-words', { keys: ['terms'], required: ['terms'], terms: ['terms'] }).entries.flatMap((e) => termList(e.terms));
  const places = new Map<string, PlaceEntry>();
  const placeTerms: TermEntry<PlaceEntry>[] = [];
  for (const raw of placeLexicon.entries) {
    const entry = toPlace(raw, placeLexicon);
    if (!entry) continue;
    places.set(entry.id, entry);
    const unlessNext = termList(raw.unlessNext);
    // "شارع فلسطين", "ساحة لبنان": a country's name after a street word is a street.
    const unlessPrev = [...termList(raw.unlessPrev), ...(entry.kind === 'country' ? streetWords : [])];
    for (const term of entry.names) {
      placeTerms.push({ term, value: entry, ...(unlessNext.length ? { unlessNext } : {}), ...(unlessPrev.length ? { unlessPrev } : {}) });
    }
  }
  for (const entry of places.values()) {
    if (entry.within !== null && !places.has(entry.within)) {
      invalid(placeLexicon, `place \`${entry.id}\` is within \`${entry.within}\`, which is not in the gazetteer`);
    }
  }
  const actors = new Map<string, ActorEntry>();
  const actorTerms: TermEntry<ActorEntry>[] = [];
  const compounds: { heads: string[]; modifiers: string[]; unlessPrev: string[]; value: ActorEntry }[] = [];
  for (const raw of actorLexicon.entries) {
    const side = raw.side as Side;
    if (!SIDES.includes(side)) {
      invalid(actorLexicon, `actor \`${raw.id}\` has side \`${String(raw.side)}\` (allowed: ${SIDES.join(', ')})`);
      continue;
    }
    const entry: ActorEntry = { id: raw.id, name: String(raw.name), side, group: raw.group === true, thing: false };
    actors.set(entry.id, entry);
    const unlessPrev = termList(raw.unlessPrev);
    for (const term of termList(raw.names)) actorTerms.push({ term, value: entry, ...(unlessPrev.length ? { unlessPrev } : {}) });
    const heads = termList(raw.heads);
    const modifiers = termList(raw.modifiers);
    if (heads.length && modifiers.length) compounds.push({ heads, modifiers, unlessPrev, value: entry });
    const thingHeads = termList(raw.thingHeads);
    if (thingHeads.length && modifiers.length) compounds.push({ heads: thingHeads, modifiers, unlessPrev, value: { ...entry, thing: true } });
  }
  const simple = createTermMatcher(actorTerms);
  const compound = compounds.map((c) => compileCompound(c.heads, c.modifiers, c.unlessPrev, c.value));
  const findActors = (folded: string): TermMatch<ActorEntry>[] => {
    const named = simple(folded);
    const compounds: TermMatch<ActorEntry>[] = [];
    for (const find of compound) compounds.push(...find(folded));
    // one matcher's matches are in order and do not overlap: only compounds need sorting out
    return compounds.length === 0 ? named : dropOverlaps([...named, ...compounds]);
  };
  loaded = { places, actors, findPlaces: createTermMatcher(placeTerms), findActors };
  return loaded;
}

function toPlace(raw: LexiconEntry, lexicon: Lexicon): PlaceEntry | null {
  const kind = raw.kind as PlaceKind;
  const country = String(raw.country);
  if (!PLACE_KINDS.includes(kind)) return invalid(lexicon, `place \`${raw.id}\` has kind \`${String(raw.kind)}\` (allowed: ${PLACE_KINDS.join(', ')})`);
  if (!COUNTRY.test(country)) return invalid(lexicon, `place \`${raw.id}\` has country \`${country}\` (an ISO 3166-1 alpha-2 code)`);
  if (typeof raw.lat !== 'number' || typeof raw.lon !== 'number' || Math.abs(raw.lat) > 90 || Math.abs(raw.lon) > 180) {
    return invalid(lexicon, `place \`${raw.id}\` needs numeric \`lat\` and \`lon\` in decimal degrees`);
  }
  return {
    id: raw.id,
    name: String(raw.name),
    names: termList(raw.names),
    country,
    kind,
    within: typeof raw.within === 'string' ? raw.within : null,
    lat: raw.lat,
    lon: raw.lon,
    hosts: raw.hosts === 'us' ? 'us' : null,
    capital: raw.capital === true,
  };
}

function invalid(lexicon: Lexicon, reason: string): null {
  lexicon.messages.push({ file: `src/lexicon/${lexicon.name}.yml`, place: null, reason, ruleId: 'gazetteer:entry', severity: 'error' });
  return null;
}

/** "head [one word] modifier", both after optional proclitics. */
function compileCompound(heads: string[], modifiers: string[], unlessPrev: string[], value: ActorEntry): (folded: string) => TermMatch<ActorEntry>[] {
  const alt = (terms: string[]): string => [...terms].sort((a, b) => b.length - a.length).map((t) => escapeTerm(t).replace(/ /g, '\\s+')).join('|');
  const head = createTermMatcher(heads.map((term) => ({ term, value, ...(unlessPrev.length ? { unlessPrev } : {}) })));
  const modifier = new RegExp(`^\\s+(?:[\\p{L}\\p{N}]+\\s+)?[وف]?[بكل]?(?:${alt(modifiers)})(?![\\p{L}\\p{N}])`, 'u');
  return (folded) => {
    const out: TermMatch<ActorEntry>[] = [];
    for (const h of head(folded)) {
      const m = modifier.exec(folded.slice(h.end, h.end + 60));
      if (m) out.push({ ...h, end: h.end + m[0].length });
    }
    return out;
  };
}

/**
 * Every gazetteer place named in folded text, earliest and longest first,
 * without overlaps.
 *
 * @example
 *   findPlaces(foldTerm('استهدف قاعدة عين الأسد'))[0].value.id // 'ain-al-asad'
 */
export function findPlaces(folded: string): TermMatch<PlaceEntry>[] {
  return load().findPlaces(folded);
}

/**
 * Every actor named in folded text ("كتائب حزب الله", "قوات أمريكية",
 * "مقاتلين موالين لإيران"), without overlaps.
 *
 * @example
 *   findActors(foldTerm('استهدفت كتائب حزب الله'))[0].value.id // 'kataib-hezbollah'
 */
export function findActors(folded: string): TermMatch<ActorEntry>[] {
  return load().findActors(folded);
}

/** The gazetteer entry of `id`, if any. */
export function placeById(id: string): PlaceEntry | undefined {
  return load().places.get(id);
}

/** Every place of the gazetteer, in file order. */
export function allPlaces(): PlaceEntry[] {
  return [...load().places.values()];
}

/** The actor entry of `id`, if any. */
export function actorById(id: string): ActorEntry | undefined {
  return load().actors.get(id);
}

/**
 * True when `outer` is `inner` or contains it (through `within`).
 *
 * @example
 *   placeContains('iraq', 'ain-al-asad') // true
 *   placeContains('syria', 'ain-al-asad') // false
 */
export function placeContains(outer: string, inner: string): boolean {
  const places = load().places;
  let at: string | null = inner;
  for (let guard = 0; at !== null && guard < 16; guard++) {
    if (at === outer) return true;
    at = places.get(at)?.within ?? null;
  }
  return false;
}

/** Two places are compatible when one contains the other. */
export function placesCompatible(a: string, b: string): boolean {
  return placeContains(a, b) || placeContains(b, a);
}

/**
 * The contract's place record. A country-level place has null coordinates:
 * a country is not a point, and a map should not pin an event to its
 * centroid.
 *
 * @example
 *   toPlace(placeById('iraq')!) // {name: 'العراق', country: 'IQ', lat: null, lon: null, id: 'iraq'}
 */
export function toEventPlace(entry: PlaceEntry): Place {
  const point = entry.kind !== 'country';
  return { name: entry.name, country: entry.country, lat: point ? entry.lat : null, lon: point ? entry.lon : null, id: entry.id };
}
