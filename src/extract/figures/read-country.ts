import { matchTermPattern } from '../../numbers/index.js';
import { figureLexicons } from './figure-lexicons.js';
import { clauseAround, wordsBefore } from './sentence-context.js';

/** Words that make the next name a location ("في العراق", "داخل العراق", "قرب بغداد", a destination "الي الاردن"). */
const LOCATIVE = /(?:^|\s)[وف]?(?:في|الي|داخل|قرب|بالقرب\s+من|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|انحاء|ارجاء)(?:\s+(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي))?\s+$/u;
/** What joins two places into one group ("في العراق وسوريا", "في العراق، وفي سوريا"). */
const JOINER = /^\s*(?:[،,]\s*)?(?:و\s*)?(?:في\s+)?$/u;

/** A group of coordinated place names in a sentence and the country it gives (null when several). */
export interface PlaceGroup {
  start: number;
  end: number;
  country: string | null;
}

/**
 * The place groups of a folded sentence. A country or capital counts only
 * after a locative word (or the ب proclitic: "بالعراق"), so "لطهران" (for
 * Tehran's government) is no place; a base or town counts wherever it
 * stands. Coordinated names form one group: "في العراق وسوريا" gives no
 * single country.
 *
 * @example
 *   placeGroups('قوات في العراق وسوريا')[0].country // null
 */
export function placeGroups(text: string): PlaceGroup[] {
  // the article's country reads every sentence, then every figure of a sentence asks for its places:
  // read them once per sentence
  const known = groupsOf.get(text);
  if (known) return known;
  const groups = readPlaceGroups(text);
  if (groupsOf.size >= KEPT_GROUPS) groupsOf.delete(groupsOf.keys().next().value!);
  groupsOf.set(text, groups);
  return groups;
}

/** The place groups of the sentences read last (more than an article holds). */
const groupsOf = new Map<string, PlaceGroup[]>();
const KEPT_GROUPS = 512;

function readPlaceGroups(text: string): PlaceGroup[] {
  const { placeAny, places } = figureLexicons();
  const hits: { start: number; end: number; country: string; located: boolean }[] = [];
  for (const m of matchTermPattern(placeAny, text)) {
    const place = places.get(m.term);
    if (!place) continue;
    const located = place.kind === 'place' || /ب/u.test(m.clitic) || LOCATIVE.test(text.slice(wordsBefore(text, m.start, 3), m.start));
    hits.push({ start: m.start, end: m.end, country: place.country, located });
  }
  const groups: PlaceGroup[] = [];
  let current: (PlaceGroup & { countries: Set<string> }) | null = null;
  for (const hit of hits) {
    if (current && JOINER.test(text.slice(current.end, hit.start))) {
      current.end = hit.end;
      current.countries.add(hit.country);
      continue;
    }
    if (!hit.located) continue;
    if (current) groups.push(close(current));
    current = { start: hit.start, end: hit.end, country: hit.country, countries: new Set([hit.country]) };
  }
  if (current) groups.push(close(current));
  return groups;
}

function close(group: PlaceGroup & { countries: Set<string> }): PlaceGroup {
  return { start: group.start, end: group.end, country: group.countries.size === 1 ? group.country : null };
}

/** A relative pronoun opening a clause: the clause is about a noun named before it. */
const RELATIVE_CLAUSE = /^\s*[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)\s/u;

/**
 * The country of a figure at `[start, end)` of a folded sentence, read from
 * its own clause first (the first place group after it there, else the last
 * one before it): "ويتمركز في العراق نحو 2500 جندي، بينما … في سوريا 900"
 * gives the 2500 Iraq. Else from the rest of the sentence: the first group
 * after it, else the last one before it (the one before first when the
 * figure's clause is a relative clause: "البرج 22، الذي يضم نحو 350
 * عسكريا"). `undefined` when the sentence names no place (the caller falls
 * back to the article's country).
 */
export function countryInSentence(text: string, start: number, end: number): { country: string | null; scope: 'clause' | 'sentence' } | undefined {
  const groups = placeGroups(text);
  const clause = clauseAround(text, start, end);
  const afterInClause = targetOverOrigin(text, end, groups.filter((g) => g.start >= end && g.end <= clause.end));
  if (afterInClause) return { country: afterInClause.country, scope: 'clause' };
  const beforeInClause = groups.filter((g) => g.end <= start && g.start >= clause.start).pop();
  if (beforeInClause) return { country: beforeInClause.country, scope: 'clause' };
  const after = groups.find((g) => g.start >= end);
  const before = groups.filter((g) => g.end <= start).pop();
  const order = RELATIVE_CLAUSE.test(text.slice(clause.start, clause.end)) ? [before, after] : [after, before];
  const found = order.find((g) => g !== undefined);
  return found ? { country: found.country, scope: 'sentence' } : undefined;
}

/** A figure followed by "من": where it came from ("5 صواريخ من بلده زمار"). */
const ORIGIN = /^\s*[وف]?من\s/u;
/** A direction word: what follows is where something went ("باتجاه قاعده", "علي", "نحو"). */
const DIRECTION = /(?:^|\s)[وف]?(?:باتجاه|اتجاه|نحو|صوب|علي|الي|ضد)\s/u;

/**
 * The first of the place groups after a figure ending at `end`, unless the
 * figure is followed by where it came from and a later group is where it
 * went ("5 صواريخ من بلده زمار في نينوي باتجاه قاعده … في سوريا": Syria).
 */
function targetOverOrigin(text: string, end: number, after: readonly PlaceGroup[]): PlaceGroup | undefined {
  const first = after[0];
  if (!first || !ORIGIN.test(text.slice(end)) || DIRECTION.test(text.slice(end, first.start))) return first;
  return after.slice(1).find((g) => DIRECTION.test(text.slice(first.end, g.start))) ?? first;
}

/** The country an article names most often (ties: the first named), or null. */
export function articleCountry(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const group of placeGroups(text)) if (group.country) counts.set(group.country, (counts.get(group.country) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [country, count] of counts) {
    if (count > bestCount) {
      best = country;
      bestCount = count;
    }
  }
  return best;
}
