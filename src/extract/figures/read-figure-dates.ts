import type { DateMention } from '../../dates/index.js';
import type { FigureKind, IsoDay } from '../../model/types.js';
import type { ArticleDoc } from '../../read/index.js';
import type { FoldedText } from '../../normalize/index.js';
import { cuesIn, wordsAfter, wordsBefore } from './sentence-context.js';

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

function placedIn(doc: ArticleDoc, dates: readonly DateMention[], sentence: number): Placed[] {
  const folded = doc.sentences[sentence]?.folded;
  if (!folded) return [];
  return dates.filter((d) => d.sentence === sentence).map((mention) => ({ mention, start: foldedIndex(folded, mention.start), end: foldedIndex(folded, mention.end) }));
}

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
 * A date right after a reporting verb ("قال … يوم الثلاثاء، انه …") is the
 * day of the statement. It dates a figure only when nothing ("ان") separates
 * it from the figure ("اعلنت مصادر، الثلاثاء، مقتل احد…").
 */
function statementDate(text: string, placed: Placed): boolean {
  const from = wordsBefore(text, placed.start, 8);
  const verbs = cuesIn(text, 'speech', from, placed.start);
  return verbs.some((v) => cuesIn(text, 'complementizer', v.end, placed.start).length === 0);
}

/**
 * `asOf`, the day a figure describes:
 *  - a running tally (it has `since`) and standing counts (troops, attacks,
 *    strikes): the point date of its own sentence, else the publication day;
 *  - an event's count (killed, injured, munitions, targets): the point date
 *    of its own sentence nearest to it that is not the day of a statement;
 *    else a statement date with nothing between it and the figure; else the
 *    nearest point date before it in the article (the story's running
 *    context); else the publication day.
 * A span gives its first day.
 */
export function readAsOf(doc: ArticleDoc, dates: readonly DateMention[], spot: FigureSpot, kind: FigureKind, since: IsoDay | null): { day: IsoDay; step: string } {
  if (since) return { day: doc.anchor, step: 'as-of-tally' };
  const text = doc.sentences[spot.sentence]?.folded.text ?? '';
  const own = placedIn(doc, dates, spot.sentence).filter((p) => p.mention.role === 'point');
  const distance = (p: Placed): number => (p.start >= spot.end ? p.start - spot.end : Math.max(0, spot.start - p.end));
  const byDistance = [...own].sort((a, b) => distance(a) - distance(b));
  const plain = byDistance.find((p) => !statementDate(text, p));
  if (TALLY_KINDS.has(kind)) return plain ? { day: plain.mention.span.start, step: 'as-of-sentence' } : { day: doc.anchor, step: 'as-of-publication' };
  if (plain) return { day: plain.mention.span.start, step: 'as-of-sentence' };
  const bound = byDistance.find((p) => {
    const [a, b] = p.end <= spot.start ? [p.end, spot.start] : [spot.end, p.start];
    return cuesIn(text, 'complementizer', a, b).length === 0;
  });
  if (bound) return { day: bound.mention.span.start, step: 'as-of-statement' };
  const previous = dates
    .filter((d) => d.role === 'point' && d.sentence < spot.sentence)
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start)[0];
  if (previous) return { day: previous.span.start, step: 'as-of-context' };
  return { day: doc.anchor, step: 'as-of-publication' };
}
