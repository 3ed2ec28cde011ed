import type { ArticleEvent } from '../extract/events/index.js';
import { actorById, type Side } from '../gazetteer/index.js';

/**
 * Where each side fights (ISO 3166-1 alpha-2 countries; the gazetteer files
 * the Red Sea and Bab al-Mandab under YE). `null`: everywhere, so the side
 * says nothing about where an event happened (the US, Iran and Israel strike
 * across the region; Iraq and "other" are too broad to tell).
 */
const THEATRES: Readonly<Record<Side, readonly string[] | null>> = {
  houthi: ['YE', 'IL'], // ships in the Red Sea and Bab al-Mandab; missiles at Eilat
  hamas: ['PS', 'IL'],
  hezbollah: ['LB', 'IL', 'SY'],
  militia: ['IQ', 'SY', 'JO', 'IL'], // Iraqi factions: bases in Iraq, Syria, Jordan; drones at Eilat
  us: null,
  iran: null,
  israel: null,
  iraq: null,
  other: null,
};

/** Kinds whose unplaced events are taken to happen where their article's other events do. */
const ARTICLE_BOUND = new Set<ArticleEvent['kind']>(['attack', 'strike']);

/**
 * The countries an event can have happened in, or null when nothing tells:
 * its place's country; else where its acting or targeted actors fight; else,
 * for an attack or a strike, the countries of its article's placed events
 * (`articleCountries`).
 *
 * @example
 *   // A Houthi barrage without a place, in an article about Yemen:
 *   eventTheatre(barrage, new Map([['houthi-article', new Set(['YE'])]])) // Set {'YE'}
 */
export function eventTheatre(event: ArticleEvent, articleCountries: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> | null {
  if (event.place) return new Set([event.place.country]);
  const fromActors = new Set<string>();
  for (const actor of event.actors) {
    if (actor.role === 'mentioned' || actor.id === undefined) continue;
    const side = actorById(actor.id)?.side;
    for (const country of (side && THEATRES[side]) || []) fromActors.add(country);
  }
  if (fromActors.size > 0) return fromActors;
  const countries = articleCountries.get(event.article);
  if (ARTICLE_BOUND.has(event.kind) && countries && countries.size > 0) return countries;
  return null;
}

/**
 * The countries of each article's placed events.
 *
 * @example
 *   articleCountries([attackAtAinAlAsad]).get(article) // Set {'IQ'}
 */
export function articleCountries(events: readonly ArticleEvent[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const event of events) {
    if (!event.place) continue;
    const set = out.get(event.article);
    if (set) set.add(event.place.country);
    else out.set(event.article, new Set([event.place.country]));
  }
  return out;
}

/** True when both theatres are known and share no country. */
export function theatresDisjoint(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return false;
  for (const country of a) if (b.has(country)) return false;
  return true;
}
