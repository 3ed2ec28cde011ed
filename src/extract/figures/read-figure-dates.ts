import type { DateMention } from '../../dates/index.js';
import type { FigureKind, IsoDay } from '../../model/types.js';
import type { ArticleDoc } from '../../read/index.js';
import type { FoldedText } from '../../normalize/index.js';
import { clauseAround, cuesIn, wordsAfter, wordsBefore } from './sentence-context.js';

/** Kinds read as a running tally or a standing count: dated by the article unless the sentence dates them. */
const TALLY_KINDS: ReadonlySet<FigureKind> = new Set(['troops', 'attacks', 'strikes']);

/** Where a figure stands: its sentence and folded offsets in that sentence. */
export interface FigureSpot {
  sentence: number;
  /** Folded offsets of the figure phrase in the sentence. */
  start: number;
  end: number;
}

/** Folded index of a body offset in a sentence (the first folded char at or after it). */
function foldedIndex(folded: FoldedText, bodyOffset: number): number {
  let lo = 0;
  let hi = folded.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.starts[mid]! < bodyOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Placed {
  mention: DateMention;
  start: number;
  end: number;
}

/**
 * The date mentions of a sentence in folded offsets, in the order of `dates`.
 * Shared: callers filter or copy, never change the list.
 */
function placedIn(doc: ArticleDoc, dates: readonly DateMention[], sentence: number): readonly Placed[] {
  let bySentence = placedCache.get(dates);
  if (!bySentence || bySentence.doc !== doc) {
    // every figure asks about its sentence and walks back over earlier ones: place an article's dates once
    bySentence = { doc, placed: new Map() };
    for (const mention of dates) {
      const folded = doc.sentences[mention.sentence]?.folded;
      if (!folded) continue;
      const list = bySentence.placed.get(mention.sentence) ?? [];
      list.push({ mention, start: foldedIndex(folded, mention.start), end: foldedIndex(folded, mention.end) });
      bySentence.placed.set(mention.sentence, list);
    }
    placedCache.set(dates, bySentence);
  }
  return bySentence.placed.get(sentence) ?? NONE;
}

const placedCache = new WeakMap<readonly DateMention[], { doc: ArticleDoc; placed: Map<number, Placed[]> }>();
const NONE: readonly Placed[] = [];

/**
 * Folded `[start, end)` ranges of the date mentions of a sentence.
 *
 * @example
 *   dateRangesIn(doc, dates, 3) // [[12, 31]] for "في 28 كانون الثاني 2024"
 */
export function dateRangesIn(doc: ArticleDoc, dates: readonly DateMention[], sentence: number): [number, number][] {
  return placedIn(doc, dates, sentence).map((p) => [p.start, p.end]);
}

/**
 * `since`: the start of a running count, from a "منذ" date in the same
 * sentence (role `since`, or a point date with "منذ" up to four words
 * before it: "منذ بدء الهجمات في 17 اكتوبر") that stands before the figure
 * or at most five words after it ("66 هجوما منذ 17 اكتوبر"). A span gives
 * its first day ("منذ منتصف اكتوبر" → the 11th).
 */
export function readSince(doc: ArticleDoc, dates: readonly DateMention[], spot: FigureSpot): IsoDay | null {
  const text = doc.sentences[spot.sentence]?.folded.text ?? '';
  let best: { day: IsoDay; distance: number } | null = null;
  for (const placed of placedIn(doc, dates, spot.sentence)) {
    if (placed.mention.role === 'duration') continue;
    const window = text.slice(wordsBefore(text, placed.start, 4), placed.end);
    const marker = window.lastIndexOf('منذ');
    if (placed.mention.role !== 'since' && marker < 0) continue;
    const at = marker >= 0 ? wordsBefore(text, placed.start, 4) + marker : placed.start;
    const ok = at < spot.start || (at >= spot.end && at <= wordsAfter(text, spot.end, 5));
    if (!ok) continue;
    const distance = at < spot.start ? spot.start - at : at - spot.end;
    if (!best || distance < best.distance) best = { day: placed.mention.span.start, distance };
  }
  return best?.day ?? null;
}

/**
 * A range of two dates that bounds a count ("170 هجوما بين منتصف اكتوبر
 * ومطلع فبراير"): a "between" word right before the first date, the second
 * joined to it by و/الي/حتي, the range standing up to five words after the
 * figure or before it in its clause. `since` is the first span's first day,
 * `asOf` the second span's first day.
 *
 * @example
 *   readRange(doc, dates, spot) // {since: '2023-10-11', asOf: '2024-02-01'}
 */
export function readRange(doc: ArticleDoc, dates: readonly DateMention[], spot: FigureSpot): { since: IsoDay; asOf: IsoDay } | null {
  const text = doc.sentences[spot.sentence]?.folded.text ?? '';
  const placed = placedIn(doc, dates, spot.sentence).filter((p) => p.mention.role !== 'duration').sort((a, b) => a.start - b.start);
  const clause = clauseAround(text, spot.start, spot.end);
  for (let i = 0; i + 1 < placed.length; i++) {
    const first = placed[i]!;
    const second = placed[i + 1]!;
    const opener = cuesIn(text, 'between', wordsBefore(text, first.start, 4), first.start).filter((c) => /^\s*$/u.test(text.slice(c.end, first.start))).pop();
    if (!opener || !RANGE_JOIN.test(text.slice(first.end, second.start))) continue;
    const after = opener.start >= spot.end && opener.start <= wordsAfter(text, spot.end, 5);
    const before = second.end <= spot.start && opener.start >= clause.start;
    if (after || before) return { since: first.mention.span.start, asOf: second.mention.span.start };
  }
  return null;
}

/** What joins the two dates of a range (the و may also open the second mention: "ومطلع شباط"). */
const RANGE_JOIN = /^\s*(?:و|الي|حتي)?\s*$/u;

/**
 * A date right after a reporting verb ("قال … يوم الثلاثاء، انه …") is the
 * day of the statement. It dates a figure only when nothing ("ان") separates
 * it from the figure ("اعلنت مصادر، الثلاثاء، مقتل احد…").
 */
function statementDate(text: string, placed: Placed): boolean {
  const from = wordsBefore(text, placed.start, 8);
  const verbs = cuesIn(text, 'speech', from, placed.start);
  return verbs.some((v) => cuesIn(text, 'complementizer', v.end, placed.start).length === 0);
}

/** A relative pronoun: a date after it ("اتفاقيه وقعت عام 2008", "التحالف الذي تاسس عام 2014") dates that noun, not the count. */
const RELATIVE = /(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين)\s/u;

function inClause(p: Placed, clause: { start: number; end: number }): boolean {
  return p.start >= clause.start && p.end <= clause.end;
}

/** A date that is a clause of its own ("وفي 20 يناير، تعرضت …"): it dates the clause after it. */
function frontedDate(text: string, p: Placed): boolean {
  const clause = clauseAround(text, p.start, p.end);
  return !/\p{L}{4,}/u.test(text.slice(clause.start, p.start) + text.slice(p.end, clause.end));
}

/** Cue kinds whose words name the happening a sentence reports (a strike, an attack). */
const EVENT_CUES = ['strike', 'attack'] as const;
/** Casualty words name no happening of their own ("مقتل", "اصابه" follow every kind of event). */
const CASUALTY_CUES = ['killed', 'injured'] as const;

interface EventWord {
  start: number;
  end: number;
  term: string;
  cue: string;
}

/** Event words per sentence, read once (the walk back reads earlier sentences again for every figure). */
const eventWordCache = new WeakMap<FoldedText, EventWord[]>();

function eventWordsOf(folded: FoldedText | undefined): EventWord[] {
  if (!folded) return [];
  let words = eventWordCache.get(folded);
  if (!words) {
    words = eventWords(folded.text);
    eventWordCache.set(folded, words);
  }
  return words;
}

/** The event words of `text` (lexicon terms, proclitics and article removed) with their positions and cue kind. */
function eventWords(text: string): EventWord[] {
  // loops, not flatMap (a microsecond a call): this runs for every sentence
  const casualty = new Set<number>();
  for (const cue of CASUALTY_CUES) for (const w of cuesIn(text, cue, 0, text.length)) casualty.add(w.start);
  const words: EventWord[] = [];
  for (const cue of EVENT_CUES) {
    for (const w of cuesIn(text, cue, 0, text.length)) if (!casualty.has(w.start)) words.push({ ...w, term: w.term.replace(/^ال/u, ''), cue });
  }
  return words;
}

/**
 * The date of the happening an earlier sentence reports with the same event
 * words as the figure's sentence ("الضربات" … "الضربات التي استهدفت ليل
 * الجمعة"): walking back, the first sentence with point dates that shares
 * an event word gives the date nearest to that word.
 */
function dateOfSameHappening(doc: ArticleDoc, dates: readonly DateMention[], spot: FigureSpot): Placed | null {
  // the event words nearest the figure first ("الهجوم … اسفر عن اصابه 3" before a later "الضربات")
  const away = (w: { start: number; end: number }): number => (w.start >= spot.end ? w.start - spot.end : Math.max(0, spot.start - w.end));
  const words = [...eventWordsOf(doc.sentences[spot.sentence]?.folded)].sort((a, b) => away(a) - away(b));
  // first the same words ("الضربات" … "ضربات"), then words of the same kind ("ضربت" … "شنت"),
  // a kind named by a word that belongs to no other kind ("ضربت" is a strike; "الهجوم" may be either)
  for (const term of new Set(words.map((w) => w.term))) {
    const found = walkBack(doc, dates, spot, new Set([term]), 'term');
    if (found) return found;
  }
  for (const kind of new Set(exclusiveKinds(words))) {
    const found = walkBack(doc, dates, spot, new Set([kind]), 'cue');
    if (found) return found;
  }
  return null;
}

/** The cue kinds named by words that belong to that kind only. */
function exclusiveKinds(words: readonly { start: number; term: string; cue: string }[]): string[] {
  const kinds = new Map<string, Set<string>>();
  for (const w of words) {
    const key = `${w.start}|${w.term}`;
    kinds.set(key, (kinds.get(key) ?? new Set()).add(w.cue));
  }
  return [...kinds.values()].filter((k) => k.size === 1).map((k) => [...k][0]!);
}

function walkBack(doc: ArticleDoc, dates: readonly DateMention[], spot: FigureSpot, own: ReadonlySet<string>, by: 'term' | 'cue'): Placed | null {
  for (let s = spot.sentence - 1; s >= 0; s--) {
    const placed = placedIn(doc, dates, s).filter((p) => p.mention.role === 'point');
    if (placed.length === 0) continue;
    const shared = eventWordsOf(doc.sentences[s]?.folded).filter((w) => own.has(w[by]));
    if (shared.length === 0) continue;
    let best: { placed: Placed; distance: number } | null = null;
    for (const p of placed) {
      for (const w of shared) {
        const distance = p.start >= w.end ? p.start - w.end : Math.max(0, w.start - p.end);
        if (!best || distance < best.distance) best = { placed: p, distance };
      }
    }
    if (best) return best.placed;
  }
  return null;
}

/**
 * `asOf`, the day a figure describes (`happening`: a count of one
 * happening of a standing kind, such as troops sent, dated like an event's count):
 *  - a running tally (it has `since`) and standing counts (troops, attacks,
 *    strikes): a point date in its own clause that does not stand in a
 *    relative clause ("وقعت عام 2008"), else the publication day;
 *  - an event's count (killed, injured, munitions, targets): the point date
 *    of its own sentence nearest to it that is not the day of a statement;
 *    else a statement date with nothing between it and the figure; else the
 *    date of the same happening in an earlier sentence (see
 *    `dateOfSameHappening`); else the nearest point date before it in the
 *    article (the story's running context); else the publication day.
 * A span gives its first day.
 */
export function readAsOf(doc: ArticleDoc, dates: readonly DateMention[], spot: FigureSpot, kind: FigureKind, since: IsoDay | null, happening = false): { day: IsoDay; step: string } {
  if (since) return { day: doc.anchor, step: 'as-of-tally' };
  // a count of one happening (troops sent) is dated like an event's count, its announcement included
  const standing = TALLY_KINDS.has(kind) && !happening;
  const text = doc.sentences[spot.sentence]?.folded.text ?? '';
  const own = placedIn(doc, dates, spot.sentence).filter((p) => p.mention.role === 'point');
  const distance = (p: Placed): number => (p.start >= spot.end ? p.start - spot.end : Math.max(0, spot.start - p.end));
  const byDistance = [...own].sort((a, b) => distance(a) - distance(b));
  const plain = byDistance.find((p) => !statementDate(text, p));
  if (!standing && plain) {
    // several dates: the one that stands by an event word ("قتلوا في الضربات التي استهدفت ليل الجمعة"), not a funeral's or a statement's
    const words = eventWordsOf(doc.sentences[spot.sentence]?.folded);
    // nearness to an event word counts twice nearness to the figure; a date of another clause
    // ("اصيب 3 في 5 يناير، وقتل 2 في 9 يناير") comes after every date of the figure's own clause
    const clause = clauseAround(text, spot.start, spot.end);
    const away = (p: Placed): number => (inClause(p, clause) || frontedDate(text, p) ? 0 : 3 * text.length);
    const score = (p: Placed): number => distance(p) + 2 * Math.min(...words.map((w) => (p.start >= w.end ? p.start - w.end : Math.max(0, w.start - p.end))), text.length) + away(p);
    const best = byDistance.filter((p) => !statementDate(text, p)).sort((a, b) => score(a) - score(b))[0]!;
    return { day: best.mention.span.start, step: 'as-of-sentence' };
  }
  if (standing) {
    const clause = clauseAround(text, spot.start, spot.end);
    const dated = byDistance.find((p) => (inClause(p, clause) || frontedDate(text, p)) && !statementDate(text, p) && !RELATIVE.test(text.slice(wordsBefore(text, p.start, 3), p.start)));
    return dated ? { day: dated.mention.span.start, step: 'as-of-sentence' } : { day: doc.anchor, step: 'as-of-publication' };
  }
  const bound = byDistance.find((p) => {
    const [a, b] = p.end <= spot.start ? [p.end, spot.start] : [spot.end, p.start];
    // nothing between: no "ان", and no clause break past the date's own commas ("اعلنت مصادر، الثلاثاء، مقتل …")
    return cuesIn(text, 'complementizer', a, b).length === 0 && !/[،,;؛:]/u.test(text.slice(a, b).replace(/^[\s،,]+|[\s،,]+$/gu, ''));
  });
  if (bound) return { day: bound.mention.span.start, step: 'as-of-statement' };
  const same = dateOfSameHappening(doc, dates, spot);
  if (same) return { day: same.mention.span.start, step: 'as-of-same-happening' };
  const previous = dates
    .filter((d) => d.role === 'point' && d.sentence < spot.sentence)
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start)[0];
  if (previous) return { day: previous.span.start, step: 'as-of-context' };
  return { day: doc.anchor, step: 'as-of-publication' };
}
