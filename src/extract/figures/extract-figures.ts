import type { DateMention } from '../../dates/index.js';
import type { Figure, FigureKind, Side } from '../../model/types.js';
import { shortHash, uniqueIds } from '../../model/stable-id.js';
import { toOriginalRange } from '../../normalize/index.js';
import { findQuantities, matchTermPattern, qualifierAfter, requalify, type Bounds, type Quantity } from '../../numbers/index.js';
import type { ArticleDoc, Sentence } from '../../read/index.js';
import { figureLexicons, type CountedNoun, type NounClass } from './figure-lexicons.js';
import { nounAt, readCountedNoun } from './read-counted-noun.js';
import { articleCountry, countryInSentence, placeGroups } from './read-country.js';
import { dateRangesIn, readAsOf, readRange, readSince } from './read-figure-dates.js';
import { readAgentSide, readPeopleSide, readTargetSide, sideCues } from './read-side.js';
import { clauseAround, cueAfter, cuesIn, wordsAfter, wordsBefore } from './sentence-context.js';

/**
 * A count found in a sentence, before it is known what it counts.
 * Offsets are folded offsets in the sentence.
 */
interface Candidate {
  /** Start of the phrase (qualifier and proclitics included). */
  start: number;
  /** Start of the numeral (or of the dual noun). */
  numberStart: number;
  /** End of the numeral (the dual noun's start for a dual: nothing between). */
  numberEnd: number;
  clitic: string;
  bounds: Bounds;
  rule: string;
  read: { noun: CountedNoun; start: number; end: number; partitive: boolean; definite: boolean; possessive: boolean } | null;
  /** "احد عناصرها": one, only with a casualty cue. */
  needsCasualty: boolean;
}

/** What a candidate turned out to count. */
interface Reading {
  kind: FigureKind;
  side: Side;
  /** Folded start of a cue before the number that belongs in the quote. */
  cueStart: number | null;
  rule: string;
}

/** A figure under construction, with what the merge of repeats needs. */
interface Draft {
  figure: Figure;
  countryFromSentence: boolean;
  /** Where the country was read: the figure's own clause, elsewhere in its sentence, or the article. */
  countryScope: 'clause' | 'sentence' | 'article';
  sentence: number;
  /** Folded start and end of the figure phrase in its sentence. */
  start: number;
  end: number;
  /** The counted noun's lexicon id (null for a bare number). */
  noun: string | null;
  /** For a part of a breakdown ("اربع منها في سوريا"): the count it is part of. */
  partOf: Draft | null;
  /** asOf came from a date in the figure's own sentence (not the article or an earlier sentence). */
  datedHere: boolean;
  /** Troops sent ("ارسال نحو 900 جندي اضافي"): one happening, never the same count as a standing one. */
  dispatch: boolean;
}

/**
 * Reads every figure (a count of a contract kind) from an article.
 * `event` is null here; the merge stage links figures to events.
 *
 * A number becomes a figure only when it counts something of a contract
 * kind: the noun after it decides (src/lexicon/figure-nouns.yml), with the
 * cues of its clause (src/lexicon/figure-cues.yml). A count stated twice in
 * one article is one figure: the first mention, completed by later ones.
 *
 * @example
 *   extractFigures(doc, dates) // [{kind: 'injured', side: 'us', value: 8, min: 8, max: 8, qualifier: 'exact', …}]
 */
export function extractFigures(doc: ArticleDoc, dates: readonly DateMention[]): Figure[] {
  const drafts: Draft[] = [];
  const fallbackCountry = articleCountry(doc.sentences.map((s) => s.folded.text));
  for (const sentence of doc.sentences) {
    const inSentence: Draft[] = [];
    // a number inside a date ("28 كانون الثاني 2024", "خلال الـ48 ساعة") is never a count
    const inDates = dateRangesIn(doc, dates, sentence.index);
    for (const candidate of candidatesOf(sentence.folded.text)) {
      if (inDates.some(([a, b]) => candidate.numberStart < b && a < candidate.numberEnd)) continue;
      const draft = readCandidate(doc, dates, sentence, candidate, inSentence, drafts, fallbackCountry);
      if (draft) inSentence.push(draft);
    }
    if (inSentence.some((d) => d.partOf !== null && d.figure.rule === 'figures:breakdown')) {
      // a sentence that breaks a count down by place: a figure with no place in its own clause borrows none
      for (const d of inSentence) if (d.countryScope !== 'clause' && d.partOf === null) d.figure.country = null;
    }
    drafts.push(...inSentence);
  }
  return mergeRepeats(drafts);
}

/** Every count of a folded sentence: numerals, vague quantities, duals and "احد + noun". */
function candidatesOf(text: string): Candidate[] {
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  for (const q of findQuantities(text)) {
    const read = readCountedNoun(text, q.end);
    // "واحده من مسيرتين": one of two; the dual is the count
    if (q.bounds.value === 1 && read?.partitive && read.form === 'dual') continue;
    out.push(fromQuantity(q, read));
    taken.push([q.start, read ? read.end : q.end]);
  }
  const { duals, oneOf, nouns } = figureLexicons();
  for (const { start, termStart: nounStart, end, clitic } of matchTermPattern(duals, text)) {
    if (taken.some(([a, b]) => start < b && a < end)) continue;
    const noun = nounAt(text, start);
    if (!noun || noun.noun.class === 'container') continue;
    out.push({ start, numberStart: nounStart, numberEnd: nounStart, clitic, bounds: { value: 2, min: 2, max: 2, qualifier: 'exact' }, rule: 'figures:dual', read: { ...noun, start: nounStart, partitive: false }, needsCasualty: false });
  }
  for (const m of matchTermPattern(oneOf, text)) {
    const start = m.index;
    if (taken.some(([a, b]) => start < b && a < start + m[0].length)) continue;
    const found = nouns.get(m[3]!);
    if (!found) continue;
    const numberStart = text.indexOf(m[1]!, start);
    const nounStart = text.indexOf(m[3]!, numberStart + m[1]!.length);
    out.push({ start, numberStart, numberEnd: numberStart + m[1]!.length, clitic: '', bounds: { value: 1, min: 1, max: 1, qualifier: 'exact' }, rule: 'figures:one-of', read: { noun: found.noun, start: nounStart, end: start + m[0].length, partitive: false, definite: false, possessive: /(?:ها|هم|ه|هما)$/u.test(m[0]) }, needsCasualty: true });
  }
  return out.sort((a, b) => a.numberStart - b.numberStart);
}

function fromQuantity(q: Quantity, read: ReturnType<typeof readCountedNoun>): Candidate {
  return { start: q.start, numberStart: q.numberStart, numberEnd: q.end, clitic: q.clitic, bounds: q.bounds, rule: q.rule, read, needsCasualty: false };
}

/**
 * Casualty and deployment cues, nearest first: which kind a count of people
 * is, and how many words before the number the cue may stand (a deployment
 * verb often has its subject and a place between: "وتنشر واشنطن في سوريا
 * نحو 900 جندي").
 */
const PEOPLE_CUES: readonly { cue: 'killed' | 'injured' | 'deploy'; kind: FigureKind; words: number }[] = [
  { cue: 'killed', kind: 'killed', words: 4 },
  { cue: 'injured', kind: 'injured', words: 4 },
  { cue: 'deploy', kind: 'troops', words: 6 },
];

/** A count of people: a casualty cue before it ("مقتل", "اصيب") or after the noun ("قتل", "بجروح"), or deployment phrasing. */
function readPeople(text: string, c: Candidate, nounEnd: number, casualtyOnly: boolean): { kind: FigureKind; cueStart: number | null; rule: string } | null {
  const clause = clauseAround(text, c.start, nounEnd);
  let best: { kind: FigureKind; cueStart: number | null; rule: string; at: number } | null = null;
  for (const { cue, kind, words } of PEOPLE_CUES) {
    if (casualtyOnly && cue === 'deploy') continue;
    const last = cuesIn(text, cue, Math.max(clause.start, wordsBefore(text, c.start, words)), c.start).pop();
    if (last && (!best || last.start > best.at)) best = { kind, cueStart: last.start, rule: `figures:${cue}-cue`, at: last.start };
  }
  // "يوجد 3 جنود مصابين": a casualty word after the noun outranks a deployment verb before it
  if (best && best.kind !== 'troops') return best;
  for (const { cue, kind } of PEOPLE_CUES) {
    if (best && cue === 'deploy') return best;
    if (casualtyOnly && cue === 'deploy') continue;
    // within the clause: "تسعه اشخاص، فيما اصيب ستة" does not make the nine injured
    for (const at of [nounEnd, wordsAfter(text, nounEnd, 1, clause.end), wordsAfter(text, nounEnd, 2, clause.end)]) {
      if (at >= clause.end && at > nounEnd) break;
      if (cueAfter(text, cue, at) > 0) return { kind, cueStart: null, rule: `figures:${cue}-after` };
    }
  }
  if (casualtyOnly) return null;
  // "وللولايات المتحده 900 جندي": a side named with ل right before the number owns the troops
  const owner = sideCues(text).find((h) => h.end <= c.start && /^\s*$/u.test(text.slice(h.end, c.start)) && /^[وف]?ل/u.test(text.slice(h.start, h.end)));
  if (owner) return { kind: 'troops', cueStart: owner.start, rule: 'figures:troops-owner' };
  return null;
}

/**
 * What each class of counted noun counts, and for whom. A handler returns
 * null when the context does not make the count a figure.
 */
const CLASS_HANDLERS: Readonly<Record<Exclude<NounClass, 'container'>, (text: string, c: Candidate, noun: CountedNoun, nounEnd: number, previous: Draft | undefined) => Reading | null>> = {
  person: (text, c, noun, nounEnd) => {
    const people = readPeople(text, c, nounEnd, c.needsCasualty);
    if (!people) return null;
    return { kind: people.kind, side: readPeopleSide(text, c.start, nounEnd, noun.side, c.read?.possessive).side, cueStart: people.cueStart, rule: people.rule };
  },
  killed: (text, c, noun, nounEnd) => ({ kind: 'killed', side: readPeopleSide(text, c.start, nounEnd, noun.side, c.read?.possessive).side, cueStart: null, rule: 'figures:killed-noun' }),
  injured: (text, c, noun, nounEnd) => ({ kind: 'injured', side: readPeopleSide(text, c.start, nounEnd, noun.side, c.read?.possessive).side, cueStart: null, rule: 'figures:injured-noun' }),
  attack: (text, c, _noun, nounEnd) => {
    // "27 هجوما علي السفن التجاريه": attacks on merchant shipping are not on US forces
    if (readTargetSide(text, nounEnd) === 'other') return { kind: 'attacks', side: 'other', cueStart: null, rule: 'figures:attacks-on-other' };
    // "نفذت الولايات المتحده خمس هجمات": attacks carried out by the US are strikes
    const agent = readAgentSide(text, c.start);
    return agent === 'us' ? { kind: 'strikes', side: 'us', cueStart: null, rule: 'figures:attacks-by-us' } : { kind: 'attacks', side: 'us', cueStart: null, rule: 'figures:attacks' };
  },
  operation: (text, c, _noun, nounEnd) => {
    // "150 عمليه ضد القوات الاميركيه", "تبنت … 40 عمليه استهدفت قواعد": operations count attacks only
    // with a target or an attack word by them; by the US they are strikes
    const clause = clauseAround(text, c.start, nounEnd);
    const near = wordsAfter(text, nounEnd, 2, clause.end);
    const aimed = cuesIn(text, 'against', nounEnd, near).length > 0 || cuesIn(text, 'attack', Math.max(clause.start, wordsBefore(text, c.start, 6)), c.start).length > 0;
    if (!aimed) return null;
    // "200 عمليه ضد اهداف اسرائيليه": operations against another party are not on US forces
    if (readTargetSide(text, nounEnd) === 'other') return { kind: 'attacks', side: 'other', cueStart: null, rule: 'figures:operations-on-other' };
    const agent = readAgentSide(text, c.start);
    return agent === 'us' ? { kind: 'strikes', side: 'us', cueStart: null, rule: 'figures:operations-by-us' } : { kind: 'attacks', side: 'us', cueStart: null, rule: 'figures:operations' };
  },
  strike: (text, c) => ({ kind: 'strikes', side: readAgentSide(text, c.start) ?? 'us', cueStart: null, rule: 'figures:strikes' }),
  munition: (text, c, _noun, nounEnd, previous) => {
    const agent = readAgentSide(text, c.start);
    if (agent) return { kind: 'munitions', side: agent, cueStart: null, rule: 'figures:munitions' };
    // "100 ذخيره … استخدمت في الضربات": the munitions of strikes named after them, fired by the striking side
    const strike = strikeUsing(text, c.start, nounEnd);
    if (strike !== null) return { kind: 'munitions', side: readAgentSide(text, strike) ?? 'us', cueStart: null, rule: 'figures:munitions-used-in-strikes' };
    // "ضربت سبع منشات … باستخدام 125 قطعه من الذخائر": the munitions of the strikes counted before them
    if (previous && (previous.figure.kind === 'strikes' || previous.figure.kind === 'targets')) return { kind: 'munitions', side: previous.figure.side, cueStart: null, rule: 'figures:munitions-of-strike' };
    return { kind: 'munitions', side: 'militia', cueStart: null, rule: 'figures:munitions' };
  },
  target: (text, c, noun) => {
    if (cuesIn(text, 'strike', 0, text.length).length === 0) return null;
    return { kind: 'targets', side: readAgentSide(text, c.start) ?? noun.side ?? 'us', cueStart: null, rule: 'figures:targets' };
  },
  times: (text, c) => {
    // "تعرضت … للهجوم 151 مره": "مره" counts attacks only with an attack cue before it
    const clause = clauseAround(text, c.start);
    const from = Math.max(clause.start, wordsBefore(text, c.start, 8));
    if (cuesIn(text, 'attack', from, c.start).length === 0) return null;
    return { kind: 'attacks', side: 'us', cueStart: null, rule: 'figures:attack-times' };
  },
};

/**
 * The running tally of attacks a casualty count of US forces belongs to:
 * the count before it in its sentence when a result word joins them
 * ("170 هجوما منذ … اسفرت عن اصابه 180 عسكريا"), or, with words that point
 * back in its clause ("اسفرت تلك الهجمات عن اصابه 21", "خلال هذه الفتره"),
 * the last tally of attacks up to two sentences before. A part of a
 * breakdown stands for its whole.
 */
function tallyOfCasualty(text: string, c: Candidate, reading: Reading, before: readonly Draft[], sentence: number): Draft | null {
  if ((reading.kind !== 'injured' && reading.kind !== 'killed') || reading.side !== 'us') return null;
  const isTally = (d: Draft): boolean => d.figure.kind === 'attacks' && d.figure.since !== null;
  const last = before[before.length - 1];
  if (last && last.sentence === sentence && isTally(last) && cuesIn(text, 'result', last.end, c.start).length > 0) return last.partOf ?? last;
  const clause = clauseAround(text, c.start);
  if (cuesIn(text, 'anaphor', clause.start, clause.end).length === 0) return null;
  const tally = before.findLast((d) => d.sentence >= sentence - 2 && isTally(d));
  return tally ? (tally.partOf ?? tally) : null;
}

/**
 * A strike noun that a munition count was used in ("استخدمت في الضربات"):
 * a use word after the count in its clause, and a strike noun up to three
 * words after that word. Its folded start, or null.
 */
function strikeUsing(text: string, start: number, nounEnd: number): number | null {
  const clause = clauseAround(text, start, nounEnd);
  const used = cuesIn(text, 'used', nounEnd, clause.end)[0];
  if (!used) return null;
  const strike = cuesIn(text, 'strike', used.end, wordsAfter(text, used.end, 3, clause.end)).find((w) => nounAt(text, w.start)?.noun.class === 'strike');
  return strike ? strike.start : null;
}

/**
 * A count named before its number, up to five words before it:
 * "عدد القتلي الي 12", "حصيله الجرحي 30" (casualties), and "يبلغ عدد
 * الجنود في سوريا 900 جندي" (a count of people with no casualty word
 * between: troops).
 */
function readTallyNoun(text: string, c: Candidate): Reading | null {
  const from = wordsBefore(text, c.start, 5);
  for (const cue of cuesIn(text, 'tally', from, c.start).reverse()) {
    const noun = nounAt(text, cue.end);
    if (!noun) continue;
    const side = (): Side => readPeopleSide(text, c.start, c.numberEnd, noun.noun.side).side;
    if (noun.noun.class === 'killed' || noun.noun.class === 'injured') {
      const kind: FigureKind = noun.noun.class;
      return { kind, side: side(), cueStart: cue.start, rule: `figures:${kind}-tally` };
    }
    if (noun.noun.class !== 'person' || c.needsCasualty) continue;
    if (cuesIn(text, 'killed', cue.start, c.start).length > 0 || cuesIn(text, 'injured', cue.start, c.start).length > 0) continue;
    if (cueAfter(text, 'killed', noun.end) > 0 || cueAfter(text, 'injured', noun.end) > 0) continue;
    // "عدد الجنود المصابين الي 9": a casualty noun between makes it no troop count
    if (casualtyNounBetween(text, noun.end, c.start)) continue;
    return { kind: 'troops', side: side(), cueStart: cue.start, rule: 'figures:troops-tally' };
  }
  return null;
}

/** A killed or injured noun among the words of `[from, to)`. */
function casualtyNounBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at = wordsAfter(text, at, 1)) {
    const noun = nounAt(text, at);
    if (noun && noun.end <= to && (noun.noun.class === 'killed' || noun.noun.class === 'injured')) return true;
  }
  return false;
}

/**
 * "منها"/"بينها" right after a bare number ("اربع منها") or right before it
 * ("بينها 46"): the number is a part of a count stated before it.
 */
function breakdownMarker(text: string, c: Candidate): { start: number; end: number } | null {
  const after = cuesIn(text, 'breakdown', c.numberEnd, wordsAfter(text, c.numberEnd, 1)).find((m) => /^\s+$/u.test(text.slice(c.numberEnd, m.start)));
  if (after) return BREAKDOWN_TAIL.test(text.slice(after.end)) ? after : null;
  const before = cuesIn(text, 'breakdown', wordsBefore(text, c.start, 1), c.start).find((m) => /^\s+$/u.test(text.slice(m.end, c.start)));
  return before && BREAKDOWN_TAIL.test(text.slice(c.numberEnd)) ? before : null;
}

/** What follows a breakdown part: a place ("في سوريا", "داخل الاراضي"), the next part ("و57") or the end of the clause; not a noun of its own ("بينها 3 ايام"). */
const BREAKDOWN_TAIL = /^(?:\s+[وف]?(?:في|داخل|قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|علي|ضد)\s|\s+[وف]?ب\S|\s+و|\s*[،,.;؛)"]|\s*$)/u;

/** The count a breakdown part belongs to: the last figure of its sentence, else of the sentence before, if larger than the part. */
function groupOf(previous: Draft | undefined, earlier: readonly Draft[], sentence: number, part: number): Draft | null {
  const last = earlier[earlier.length - 1];
  const group = previous ?? (last && last.sentence === sentence - 1 ? last : undefined);
  if (!group) return null;
  const whole = group.partOf ?? group;
  if (whole.figure.max !== null && whole.figure.max <= part) return null;
  return whole;
}

/**
 * "نحو 2500 جندي في العراق، وفي سوريا قرابه 900": the gap between a count
 * and the next number holds only "و", a locative, a place and side words
 * (the و stands on the place, not on the number).
 */
function joinedAcrossPlace(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_JOIN_GAP) return false;
  const places = placeGroups(text).filter((g) => g.start >= from && g.end <= to);
  if (places.length === 0) return false;
  let gap = text.slice(from, to);
  const blank = (a: number, b: number): void => {
    gap = gap.slice(0, a - from) + ' '.repeat(b - a) + gap.slice(b - from);
  };
  for (const g of places) blank(g.start, g.end);
  for (const h of sideCues(text)) if (h.start >= from && h.end <= to) blank(h.start, h.end);
  return JOIN_GAP.test(gap) && /(?:^|[\s،,])و/u.test(text.slice(from, to));
}

/** What is left of a coordinating gap once its places and side words are blanked: "، وفي", "و". */
const JOIN_GAP = /^[\s،,]*(?:و(?:في|داخل)?)?[\s،,]*$/u;
/** A coordinating gap is short (a place and an adjective or two). */
const MAX_JOIN_GAP = 48;

/** "و2500 في العراق" after "900 جندي في سوريا": a bare number coordinated with the count before it. */
const BARE_TAIL = /^(?:\s+في\s|\s*[،,.;؛)"]|\s*$)/u;

function readCandidate(doc: ArticleDoc, dates: readonly DateMention[], sentence: Sentence, c: Candidate, inSentence: readonly Draft[], earlier: readonly Draft[], fallbackCountry: string | null): Draft | null {
  const text = sentence.folded.text;
  const previous = inSentence[inSentence.length - 1];
  const coordinated = previous !== undefined && (/و/u.test(c.clitic) ? previous.end >= wordsBefore(text, c.start, 5) : joinedAcrossPlace(text, previous.end, c.start));
  let reading: Reading | null = null;
  let breakdown: { start: number; end: number } | null = null;
  let partOf: Draft | null = null;
  let end = c.numberEnd;
  let bounds = c.bounds;
  let rule = c.rule;
  if (c.read) {
    const handler = c.read.noun.class === 'container' ? null : CLASS_HANDLERS[c.read.noun.class];
    reading = handler ? handler(text, c, c.read.noun, c.read.end, previous) : null;
    if (!reading && c.read.noun.class === 'person') reading = readTallyNoun(text, c);
    // "ومتعاقدان اميركيان" after "خمسه عناصر اميركيين": a coordinated count of people shares its kind
    if (!reading && coordinated && c.read.noun.class === 'person' && !c.needsCasualty) {
      reading = { kind: previous.figure.kind, side: readPeopleSide(text, c.start, c.read.end, c.read.noun.side, c.read.possessive).side, cueStart: null, rule: 'figures:coordinated' };
    }
    end = c.read.end;
    if (reading && (reading.kind === 'injured' || reading.kind === 'killed') && reading.side === 'unknown' && c.read.partitive) {
      // "خمسه من المصابين": part of a group counted before: its side
      const group = [...earlier, ...inSentence].reverse().find((d) => d.figure.kind === reading!.kind && d.figure.side !== 'unknown');
      if (group) reading = { ...reading, side: group.figure.side };
    }
  } else if ((reading = readTallyNoun(text, c))) {
    // "ارتفع عدد القتلي الي 12": the count's noun stands before it
  } else if (bounds.value !== null && (breakdown = breakdownMarker(text, c)) && (partOf = groupOf(previous, earlier, sentence.index, bounds.value))) {
    // "سبع منشات، اربع منها في سوريا", "103 هجمات، بينها 46 في العراق": a part of the count before
    reading = { kind: partOf.figure.kind, side: partOf.figure.side, cueStart: breakdown.start < c.start ? breakdown.start : null, rule: 'figures:breakdown' };
    end = Math.max(end, breakdown.end);
  } else if (coordinated && BARE_TAIL.test(text.slice(c.numberEnd)) && bounds.value !== null) {
    reading = { kind: previous.figure.kind, side: previous.figure.side, cueStart: null, rule: 'figures:coordinated-number' };
    if (bounds.qualifier === 'exact' && previous.figure.qualifier === 'about') bounds = { ...bounds, qualifier: 'about' };
    partOf = previous.partOf;
  }
  if (!reading) return null;
  if (reading.side === 'unknown' && previous && (previous.figure.kind === 'killed' || previous.figure.kind === 'injured') && (reading.kind === 'killed' || reading.kind === 'injured')) {
    // "استشهد 4 مدنيين وجرح 7 اخرون": the others are of the same side
    reading = { ...reading, side: previous.figure.side };
  }
  if (reading.side === 'unknown' && (reading.kind === 'killed' || reading.kind === 'injured') && !reportsAct(text) && struckBefore(doc, sentence.index)) {
    // "شنت طائرات اميركيه غارات علي مواقع … / حصيله القتلي بلغت سبعه عناصر": the struck are the militia
    reading = { ...reading, side: 'militia' };
  }
  const after = qualifierAfter(text, end) ?? qualifierAfter(text, c.numberEnd) ?? qualifierAfterAdjective(text, end);
  if (after && bounds.value !== null && bounds.qualifier === 'exact') {
    const q = requalify({ start: c.start, end: c.numberEnd, numberStart: c.numberStart, clitic: c.clitic, form: 'digits', bounds, qualifierId: null, rule }, after.qualifier, after.id);
    bounds = q.bounds;
    rule = q.rule;
    end = Math.max(end, after.end);
  } else if (bounds.qualifier === 'exact' || rule === 'figures:dual') {
    rule = rule.startsWith('numbers:') || rule === 'figures:dual' || rule === 'figures:one-of' ? reading.rule : rule;
  }
  const start = Math.min(c.start, reading.cueStart ?? c.start);
  const spot = { sentence: sentence.index, start, end };
  const dispatch = reading.kind === 'troops' && isDispatch(text, c, end);
  const clause = clauseAround(text, start, end);
  const inRegion = cuesIn(text, 'region', clause.start, clause.end).length > 0;
  const range = toOriginalRange(sentence.folded, start, end);
  // from the number itself: a place inside the quote ("ويتمركز في العراق نحو 2500 جندي") stands before it
  const place = countryInSentence(text, c.numberStart, end);
  // the casualties of a running tally of attacks share its period; a range of dates bounds its own
  const tally = partOf ? null : tallyOfCasualty(text, c, reading, [...earlier, ...inSentence], sentence.index);
  const dated = partOf || tally ? null : readRange(doc, dates, spot);
  const since = partOf ? partOf.figure.since : tally ? tally.figure.since : dated ? dated.since : readSince(doc, dates, spot);
  const asOf = partOf
    ? { day: partOf.figure.asOf, step: partOf.datedHere ? 'as-of-sentence' : 'as-of-group' }
    : tally
      ? { day: tally.figure.asOf, step: 'as-of-tally-of-attacks' }
      : dated
        ? { day: dated.asOf, step: 'as-of-range' }
        : readAsOf(doc, dates, spot, reading.kind, since, dispatch);
  const figure: Figure = {
    // Stable under edits elsewhere in the article: kind + the quote's folded text (made unique after merging repeats);
    // the quote is the body range of the folded `[start, end)`, so its folded text is that slice of the sentence's.
    id: `${doc.article.id}--f-${reading.kind}-${shortHash(text.slice(start, end))}`,
    kind: reading.kind,
    side: reading.side,
    value: bounds.value,
    min: bounds.min,
    max: bounds.max,
    qualifier: bounds.qualifier,
    // a running tally names a country only in its own clause ("منذ 17 اكتوبر … في العراق وسوريا" spans both)
    // and troops sent go where their own clause says; a region there ("في الشرق الاوسط") is no country
    country: (since !== null || dispatch || inRegion) && place?.scope !== 'clause' ? null : place === undefined ? fallbackCountry : place.country,
    since,
    asOf: asOf.day,
    event: null,
    source: { article: doc.article.id, quote: doc.body.slice(range.start, range.end), start: range.start, end: range.end },
    rule: rule.startsWith('numbers:') ? reading.rule : rule,
  };
  if (partOf && breakdown && partOf.countryScope !== 'clause') {
    // a count broken down by place spans those places: no single country of its own
    partOf.figure.country = null;
    partOf.countryScope = 'clause';
  }
  return {
    figure,
    countryFromSentence: place !== undefined,
    countryScope: place?.scope ?? 'article',
    sentence: sentence.index,
    start,
    end,
    noun: c.read?.noun.id ?? null,
    partOf,
    datedHere: asOf.step === 'as-of-sentence' || asOf.step === 'as-of-statement',
    dispatch,
  };
}

/**
 * The sentences just before a casualty count of unknown side report a strike:
 * the nearest of the two before it with a strike or attack word has a strike
 * word (غاره, ضربه) and no attack noun (هجوم), which would make the struck US forces.
 */
function struckBefore(doc: ArticleDoc, index: number): boolean {
  for (const back of [index - 1, index - 2]) {
    const text = doc.sentences[back]?.folded.text;
    if (text === undefined) return false;
    const strikes = cuesIn(text, 'strike', 0, text.length).filter((c) => STRIKE_WORD.test(text.slice(c.start, c.end)));
    const attacks = cuesIn(text, 'attack', 0, text.length).filter((c) => ATTACK_NOUN.test(text.slice(c.start, c.end)));
    if (attacks.length > 0) return false;
    if (strikes.length > 0) return true;
  }
  return false;
}

/** A sentence with a strike or attack word of its own: its own words decide (or leave the side unknown). */
function reportsAct(text: string): boolean {
  return cuesIn(text, 'strike', 0, text.length).some((c) => STRIKE_WORD.test(text.slice(c.start, c.end)) || ATTACK_NOUN.test(text.slice(c.start, c.end)));
}

/** A strike word (غاره, ضربات) and an attack noun (هجوم, هجمات) among cue matches. */
const STRIKE_WORD = /(?:غار|ضرب)/u;
const ATTACK_NOUN = /هج/u;

/** A nisba adjective after a counted noun ("قذائف صاروخيه", "جنود اميركيين"). */
const ADJECTIVE = /^\s+[^\s،,.;؛:"()]{2,}(?:يه|ي|يين|يون|يان|يتين|يا)(?=[\s،,.;؛]|$)/u;

/** A qualifier after the counted noun and one adjective: "3 قذائف صاروخيه علي الاقل". */
function qualifierAfterAdjective(text: string, nounEnd: number): ReturnType<typeof qualifierAfter> {
  const adjective = ADJECTIVE.exec(text.slice(nounEnd));
  return adjective ? qualifierAfter(text, nounEnd + adjective[0].length) : null;
}

/** Troops sent: a dispatch word before the number in its clause ("ارسال نحو 900") or right after the noun ("جندي اضافي"). */
function isDispatch(text: string, c: Candidate, nounEnd: number): boolean {
  const clause = clauseAround(text, c.start, nounEnd);
  return cuesIn(text, 'dispatch', Math.max(clause.start, wordsBefore(text, c.start, 6)), c.start).length > 0 || cueAfter(text, 'dispatch', nounEnd) > 0;
}

/**
 * Two mentions that may be the same count: same kind, side and numbers,
 * munitions of the same type (two rockets are not two drones), and not
 * dated to different days by their own sentences.
 */
function sameCount(a: Draft, b: Draft): boolean {
  if (a.dispatch !== b.dispatch) return false;
  if (a.figure.kind === 'munitions' && a.noun !== null && b.noun !== null && a.noun !== b.noun) return false;
  // days apart by their own sentences (a few days' slack: a statement's day may date one of them)
  if (a.datedHere && b.datedHere && Math.abs(dayNumber(a.figure.asOf) - dayNumber(b.figure.asOf)) > SAME_COUNT_SLACK_DAYS) return false;
  return true;
}

/** How far apart two mentions' own dates may be and still be one count. */
const SAME_COUNT_SLACK_DAYS = 3;

/** Days since the epoch of a `YYYY-MM-DD` day (UTC calendar arithmetic). */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/**
 * A count stated twice in one article is one figure (same kind, side and
 * numbers, see `sameCount`): the first mention stays, a later one fills what
 * it lacks (a `since`, a country read from its own sentence rather than the
 * article's).
 */
function mergeRepeats(drafts: readonly Draft[]): Figure[] {
  const kept = new Map<string, Draft[]>();
  const order: Draft[] = [];
  for (const draft of drafts) {
    const f = draft.figure;
    const key = [f.kind, f.side, f.min, f.max, f.value].join('|');
    const same = kept.get(key) ?? [];
    const first = same.find((d) => sameCount(d, draft));
    if (!first) {
      const copy = { ...draft, figure: { ...f } };
      kept.set(key, [...same, copy]);
      order.push(copy);
      continue;
    }
    if (first.figure.since === null && f.since !== null) {
      first.figure.since = f.since;
      first.figure.asOf = f.asOf;
    }
    if (!first.countryFromSentence && draft.countryFromSentence) {
      first.figure.country = f.country;
      first.countryFromSentence = true;
    }
  }
  const figures = order.map((d) => d.figure);
  const ids = uniqueIds(figures.map((f) => f.id));
  return figures.map((f, i) => ({ ...f, id: ids[i]! }));
}
