import type { Side } from '../../model/types.js';
import { matchTermPattern } from '../../numbers/index.js';
import { figureLexicons } from './figure-lexicons.js';
import { nounAt } from './read-counted-noun.js';
import { clauseAround, cuesIn, wordsAfter, wordsBefore } from './sentence-context.js';

/** A side cue found in a folded sentence. */
interface SideHit {
  side: Side;
  start: number;
  end: number;
}

/** Every side cue of a folded text, in order. */
export function sideCues(text: string): SideHit[] {
  // asked for by every count of a sentence: read once per sentence
  if (lastCues && lastCues.text === text) return lastCues.hits;
  const hits = readSideCues(text);
  lastCues = { text, hits };
  return hits;
}

let lastCues: { text: string; hits: SideHit[] } | null = null;

function readSideCues(text: string): SideHit[] {
  const { sideAny, sideOf } = figureLexicons();
  const out: SideHit[] = [];
  for (const m of matchTermPattern(sideAny, text)) {
    const side = sideOf.get(m.term);
    if (side) out.push({ side, start: m.start, end: m.end });
  }
  return out;
}

/** A cue right after an "against" word ("ضد القوات الاميركيه") names the target, not the owner. */
function isTarget(text: string, hit: SideHit): boolean {
  const from = wordsBefore(text, hit.start, 2);
  return cuesIn(text, 'against', from, hit.start).length > 0;
}

/**
 * A cue that is not the casualties' side: the one who reported them
 * ("مصادر في الشرطه العراقيه") or the one who struck ("في الضربات الجويه
 * الاميركيه", "شنت واشنطن"), up to two words after such a word.
 */
function isSourceOrAgent(text: string, hit: SideHit): boolean {
  return isSource(text, hit) || isAgent(text, hit);
}

function isSource(text: string, hit: SideHit): boolean {
  return cuesIn(text, 'reporter', wordsBefore(text, hit.start, 2), hit.start).length > 0;
}

function isAgent(text: string, hit: SideHit): boolean {
  return cuesIn(text, 'agent', wordsBefore(text, hit.start, 2), hit.start).length > 0;
}

/** Words that may stand between a counted noun and the side that owns it ("عناصر من الحشد", "جنود في الجيش الاميركي"). */
const OWNER_LINK = /^\s+(?:من|في|ضمن|في\s+صفوف|من\s+صفوف)[\s"'«»“”(]+$/u;
/** Nothing but spaces, quotation marks or an opening bracket: a name in quotes ("مقاتلي "قسد"") still follows its noun. */
const ADJACENT = /^[\s"'«»“”(]*$/u;

/** The cue nearest to `[start, end)` inside `[from, to)`, skipping targets (and, for people, sources and strikers). */
function nearest(text: string, hits: SideHit[], start: number, end: number, from: number, to: number, people = false): SideHit | null {
  let best: SideHit | null = null;
  let bestDistance = Infinity;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to || (hit.start < end && hit.end > start)) continue;
    if (isTarget(text, hit)) continue;
    if (people && isSourceOrAgent(text, hit)) continue;
    const distance = hit.start >= end ? hit.start - end : start - hit.end;
    if (distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Whose people a casualty or troop count is about, in order of evidence:
 *  1. a side word right after the noun, or after "من"/"في صفوف" ("جنود
 *     اميركيين", "عناصر الحشد الشعبي", "مقاتلين من الفصائل"); not the subject
 *     of a following clause ("خمسه مسلحين قالت واشنطن …");
 *  2. the noun itself ("مقاتلين" → militia; "اميركيين" → us);
 *  2b. a possessive noun ("16 من منتسبيها"): the nearest side word before it,
 *     its owner;
 *  3. the nearest side word in the clause (not one marked as a target: "ضد
 *     القوات الاميركيه", nor a reporting source: "مصادر في الشرطه", nor the
 *     one who struck: "الضربات الاميركيه");
 *  4. a strike in the clause ("الغاره خلفت اربعه قتلي"): the struck are the militia;
 *  5. the nearest side word in the sentence;
 *  6. an attack before it in the sentence or in its clause ("تعرضت لهجوم … مما ادي الي اصابه"):
 *     the attacked are US forces;
 *  7. unknown (the caller may inherit it from the same article).
 *
 * Returns the side and the rule step that decided it.
 */
export function readPeopleSide(text: string, start: number, nounEnd: number, nounSide: Side | null, possessive = false): { side: Side; step: string } {
  const hits = sideCues(text);
  const after = hits.find((h) => h.start >= nounEnd && (ADJACENT.test(text.slice(nounEnd, h.start)) || OWNER_LINK.test(text.slice(nounEnd, h.start))));
  if (after) return { side: after.side, step: 'side-after-noun' };
  if (nounSide) return { side: nounSide, step: 'side-of-noun' };
  // "6 ضحايا من المدنيين": a noun of a known side after "من"
  const link = /^\s+(?:من|من\s+بين)\s+/u.exec(text.slice(nounEnd));
  const owner = link ? nounAt(text, nounEnd + link[0].length) : null;
  if (owner?.noun.side) return { side: owner.noun.side, step: 'side-of-group' };
  if (possessive) {
    const owner = hits.filter((h) => h.end <= start && !isTarget(text, h) && !isSourceOrAgent(text, h)).pop();
    if (owner) return { side: owner.side, step: 'side-of-owner' };
  }
  const clause = clauseAround(text, start, nounEnd);
  const inClause = nearest(text, hits, start, nounEnd, clause.start, clause.end, true);
  if (inClause) return { side: inClause.side, step: 'side-in-clause' };
  if (cuesIn(text, 'strike', clause.start, clause.end).some((c) => /(?:غار|ضرب)/u.test(text.slice(c.start, c.end)))) return { side: 'militia', step: 'side-struck' };
  // "هجوم حماس علي اسرائيل الذي قتل فيه نحو 1200 شخص": the casualties of an attack are the attacked
  const attacked = hits.find((h) => h.end <= start && isTarget(text, h) && cuesIn(text, 'attack', wordsBefore(text, h.start, 4), h.start).length > 0);
  if (attacked) return { side: attacked.side, step: 'side-of-attacked' };
  const inSentence = nearest(text, hits, start, nounEnd, 0, text.length, true);
  if (inSentence) return { side: inSentence.side, step: 'side-in-sentence' };
  // "ردت واشنطن بضربات … اودت بحياه 16 شخصا": with a US striker named, an attack word is its strike, not an attack on US forces
  if (hits.some((h) => h.side === 'us' && isAgent(text, h))) return { side: 'unknown', step: 'side-unknown' };
  if (cuesIn(text, 'attack', 0, start).length > 0 || cuesIn(text, 'attack', clause.start, clause.end).length > 0) return { side: 'us', step: 'side-attacked' };
  return { side: 'unknown', step: 'side-unknown' };
}

/**
 * The side that carried something out when the text names it as the agent
 * of a firing or striking verb before the number ("نفذت الولايات المتحده
 * خمس هجمات"): the first side word within three words after such a verb.
 * A side after على/ضد is the target, not the agent ("عدد الهجمات علي
 * القوات الاميركيه" counts attacks on the US).
 */
export function readAgentSide(text: string, before: number): Side | null {
  const clause = clauseAround(text, before);
  const verbs = [...cuesIn(text, 'fire', clause.start, before), ...cuesIn(text, 'strike', clause.start, before)].sort((a, b) => b.start - a.start);
  const hits = sideCues(text).filter((h) => !isTarget(text, h));
  for (const verb of verbs) {
    const limit = Math.min(wordsAfter(text, verb.end, 3), before);
    const hit = hits.find((h) => h.start >= verb.end && h.end <= limit);
    if (hit) return hit.side;
  }
  return null;
}

/**
 * The side a count of attacks is aimed at when the text names it right
 * after the noun, behind an "against" word ("هجوما علي السفن التجاريه",
 * "هجمات ضد القوات الاميركيه"): the first side word within three words.
 *
 * @example
 *   readTargetSide('27 هجوما علي السفن التجاريه', 8) // 'other'
 */
export function readTargetSide(text: string, nounEnd: number): Side | null {
  const against = cuesIn(text, 'against', nounEnd, wordsAfter(text, nounEnd, 2)).find((a) => /^\s*$/u.test(text.slice(nounEnd, a.start)));
  if (!against) return null;
  const limit = wordsAfter(text, against.end, 3);
  return sideCues(text).find((h) => h.start >= against.end && h.end <= limit)?.side ?? null;
}
