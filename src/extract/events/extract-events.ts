import type { DateMention } from '../../dates/index.js';
import { placeContains, placesCompatible, toEventPlace, type PlaceEntry } from '../../gazetteer/index.js';
import type { Actor, DateSpan, Figure, Source } from '../../model/types.js';
import type { ArticleDoc } from '../../read/index.js';
import { sentenceMentions, topicOf, type Mention } from './sentence-mentions.js';
import { summarize } from './summarize.js';
import type { ArticleEvent } from './types.js';

/** An event being built from the mentions of one article. */
interface Draft {
  kind: ArticleEvent['kind'];
  date: DateSpan;
  dateExplanation: string;
  rule: string;
  place: PlaceEntry | null;
  mentions: Mention[];
  weak: boolean;
}

/**
 * Reads the dated events one article reports; one per happening.
 *
 * Each sentence gives mentions (`sentence-mentions.ts`): a trigger, its kind
 * (from who acts on whom), its date, its most specific place. They become
 * events in three passes, so that an event is made from a sentence that dates
 * it and the other sentences only add themselves as sources:
 *  1. mentions with a date of their own (or the one event date of their
 *     sentence) make events; those of the same kind, overlapping dates and
 *     compatible places (the same, or one within the other) are one event;
 *  2. mentions dated only by their report ("قال … الثلاثاء إن …") join such an
 *     event, or make one on the report's day;
 *  3. undated mentions ("الهجوم", "واستهدفت الضربات …") join the event of
 *     the same kind whose place fits best, the nearest one on a tie (a bare
 *     verb whose kind was not read, `neutral`, joins an attack or a strike);
 *     an undated claim in a group's own statement takes the date of the
 *     attack it claims when the article dates that attack (an attack
 *     mentioned in the claim's sentence, `events:claim-attack-day`), else
 *     the publication day (`events:claim-publication-day`) — the lead's
 *     decision; other undated mentions are dropped, so no event is ever
 *     dated by the clock.
 * A trigger naming several sites ("ثلاث قواعد هي الشدادي والركبان والتنف")
 * never gives its sites to an unplaced event: each site is its own event
 * unless an event at that site exists.
 * A claim with no place takes the place of the attack it claims (the latest
 * attack of the article on or before the claim).
 */
export function extractEvents(doc: ArticleDoc, dates: readonly DateMention[], figures: readonly Figure[]): ArticleEvent[] {
  // Each sentence sees only its own dates (grouped once: no pass over the article's dates per sentence).
  const bySentence = new Map<number, DateMention[]>();
  for (const d of dates) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  // loops, not flatMap: flatMap costs a microsecond a call and more per item, and this runs per sentence
  const mentions: Mention[] = [];
  for (const sentence of doc.sentences) mentions.push(...sentenceMentions(sentence, bySentence.get(sentence.index) ?? [], doc.anchor));
  const drafts: Draft[] = [];
  // A bare verb with a sibling of its sentence that has actors or a place comes after it: it joins the event of
  // its day that the sibling made ("أطلقت الجماعة صاروخا سقط في خليج عدن").
  const dated = mentions.filter((m) => m.date && (m.dateQuality === 'own' || m.dateQuality === 'shared'));
  const sighted = new Set(dated.filter((m) => !m.neutral).map((m) => m.sentence.index));
  const deferred = (m: Mention): boolean => m.neutral && sighted.has(m.sentence.index);
  for (const m of dated) if (!deferred(m)) addDated(drafts, m);
  for (const m of dated) if (deferred(m)) addDated(drafts, m);
  for (const m of mentions.filter((x) => x.date && x.dateQuality === 'reporting')) {
    const host = bestHost(drafts, m, true);
    if (host) join(host, m);
    else addDated(drafts, m);
  }
  // One trigger naming several sites is one group: the sites go to the same event.
  const groups = new Map<string, Mention[]>();
  for (const m of mentions.filter((x) => !x.date)) {
    const key = `${m.sentence.index}:${m.at.start}:${m.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    // A statement claiming an attack its sentence dates joins a claim made on or after that attack (never one before it),
    // else is dated by the attack.
    const claimedDay = first.kind === 'claim' && first.statement && !first.anaphoric ? claimedAttack(drafts, first) : undefined;
    if (claimedDay) {
      const same = bestHost(drafts.filter((d) => d.date.end >= claimedDay.date.start), first, false);
      if (same) for (const m of group) join(same, m);
      else drafts.push(newDraft(first, claimedDay.date, `بيان دون تاريخ ← يوم الهجوم الذي يتبناه: ${claimedDay.dateExplanation}`, 'events:claim-attack-day'));
      continue;
    }
    const host = group.map((m) => bestHost(drafts, m, false)).find((h) => h !== undefined);
    if (host) {
      for (const m of group) join(host, m, placeFits(host.place, m.place));
      continue;
    }
    const m = group[0]!;
    if (m.kind === 'claim' && m.statement && !m.anaphoric) {
      const claimed = claimedAttack(drafts, m);
      if (claimed) drafts.push(newDraft(m, claimed.date, `بيان دون تاريخ ← يوم الهجوم الذي يتبناه: ${claimed.dateExplanation}`, 'events:claim-attack-day'));
      else drafts.push(newDraft(m, { start: doc.anchor, end: doc.anchor, precision: 'day' }, `بيان دون تاريخ ← يوم النشر ${doc.anchor}`, 'events:claim-publication-day'));
    }
  }
  for (const draft of drafts) if (draft.kind === 'claim' && !draft.place) draft.place = claimedPlace(drafts, draft);
  return drafts
    .map((draft) => toArticleEvent(doc, draft, figures))
    .sort((a, b) => a.sources[0]!.start - b.sources[0]!.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

function newDraft(m: Mention, date: DateSpan, explanation: string, rule = m.rule): Draft {
  return { kind: m.kind, date, dateExplanation: explanation, rule, place: m.place, mentions: [m], weak: m.weak };
}

function addDated(drafts: Draft[], m: Mention): void {
  const date = m.date!;
  // A bare verb ("سقطت صواريخ فجر الأحد") joins an attack or strike of its day before it makes an attack of its own.
  const fits = (d: Draft): boolean => overlaps(d.date, date.span) && placeFits(d.place, m.place) && !(m.sites > 1 && !d.place && m.place !== null);
  // "فيما أطلقت الجماعة صاروخا سقط في خليج عدن": a bare verb also joins the background event its own sentence dates.
  const host = drafts.find((d) => sameTopic(d, m) && fits(d))
    ?? (m.neutral ? drafts.find((d) => (d.kind === 'attack' || d.kind === 'strike') && fits(d))
      ?? drafts.find((d) => d.kind === 'context' && fits(d) && d.mentions.some((x) => x.sentence === m.sentence)) : undefined)
    ?? drafts.find((d) => sameDevelopment(d, m, date.span));
  if (!host) {
    drafts.push(newDraft(m, date.span, date.explanation));
    return;
  }
  join(host, m);
  if (m.dateQuality === 'own' && spanDays(date.span) < spanDays(host.date)) {
    host.date = date.span;
    host.dateExplanation = date.explanation;
  }
}

function join(draft: Draft, m: Mention, refine = true): void {
  draft.mentions.push(m);
  if (!m.weak && m.date) draft.weak = false;
  if (refine && m.place && (!draft.place || moreSpecific(m.place, draft.place))) {
    draft.place = m.place;
  }
}

/** The event a dateless (or report-dated) mention supports: same kind, fitting place, nearest. */
function bestHost(drafts: readonly Draft[], m: Mention, needDate: boolean): Draft | undefined {
  let best: Draft | undefined;
  let bestScore = -Infinity;
  for (const d of drafts) {
    if (!sameTopic(d, m) && !(m.neutral && (d.kind === 'attack' || d.kind === 'strike'))) continue;
    if (needDate && m.date && !overlaps(d.date, m.date.span)) continue;
    if (!placeFits(d.place, m.place)) continue;
    const samePlace = d.place && m.place && d.place.id === m.place.id ? 2 : d.place && m.place ? 1 : 0;
    const distance = Math.min(...d.mentions.map((x) => Math.abs(x.sentence.index - m.sentence.index)));
    const score = samePlace * 100 - distance;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Context topics that are one development when dated the same day ("اتفاق أمس" and the statement of the mission's end). */
const COALITION_FUTURE: ReadonlySet<string> = new Set(['context:talks', 'context:withdrawal']);

/** Talks ending in an agreement and a withdrawal statement on the same day are one development. */
function sameDevelopment(d: Draft, m: Mention, span: DateSpan): boolean {
  const a = topicOf(d.kind, d.rule);
  const b = topicOf(m.kind, m.rule);
  return a !== b && COALITION_FUTURE.has(a) && COALITION_FUTURE.has(b) && d.date.precision === 'day' && span.precision === 'day' && d.date.start === span.start;
}

function sameTopic(d: Draft, m: Mention): boolean {
  return d.kind === m.kind && topicOf(d.kind, d.rule) === topicOf(m.kind, m.rule);
}

/** An attack, or an attack in the wider war (context read from an attack word): what a claim may claim. */
const claimable = (d: Draft): boolean => d.kind === 'attack' || (d.kind === 'context' && d.rule === 'events:context-cue');

/** The dated attack a claim's sentence names ("تبنت … هجوم الاثنين على قاعدة …"), if any. */
function claimedAttack(drafts: readonly Draft[], claim: Mention): Draft | undefined {
  return drafts.find((d) => claimable(d) && d.mentions.some((x) => x.sentence === claim.sentence && x.date !== null));
}

function claimedPlace(drafts: readonly Draft[], claim: Draft): PlaceEntry | null {
  // The attack of the claim's own sentence first ("تتبنى: استهدف مجاهدونا … في الجولان"), else the latest one before it.
  const own = drafts.find((d) => claimable(d) && d.place && d.mentions.some((x) => claim.mentions.some((c) => c.sentence === x.sentence)));
  if (own) return own.place;
  const attacks = drafts.filter((d) => d.kind === 'attack' && d.place && d.date.start <= claim.date.end);
  attacks.sort((a, b) => (a.date.start < b.date.start ? 1 : a.date.start > b.date.start ? -1 : 0));
  return attacks[0]?.place ?? null;
}

function placeFits(a: PlaceEntry | null, b: PlaceEntry | null): boolean {
  return !a || !b || placesCompatible(a.id, b.id);
}

/** `a` lies within `b`. */
function moreSpecific(a: PlaceEntry, b: PlaceEntry): boolean {
  return a.id !== b.id && placeContains(b.id, a.id);
}

/** Two spans overlap when neither ends before the other starts. */
export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function spanDays(span: DateSpan): number {
  return (Date.parse(`${span.end}T00:00:00Z`) - Date.parse(`${span.start}T00:00:00Z`)) / 864e5;
}

function toArticleEvent(doc: ArticleDoc, draft: Draft, figures: readonly Figure[]): ArticleEvent {
  const id = doc.article.id;
  const seen = new Set<number>();
  const sources: Source[] = [];
  for (const m of [...draft.mentions].sort((a, b) => a.sentence.start - b.sentence.start)) {
    if (seen.has(m.sentence.start)) continue;
    seen.add(m.sentence.start);
    sources.push({ article: id, quote: m.sentence.text, start: m.sentence.start, end: m.sentence.end });
  }
  const lead = draft.mentions[0]!;
  const actors: Actor[] = [];
  for (const m of draft.mentions) {
    for (const a of m.actors) {
      const existing = actors.find((x) => x.id === a.entry.id);
      if (existing) {
        if (existing.role === 'mentioned' && a.role !== 'mentioned') existing.role = a.role;
        continue;
      }
      actors.push({ name: a.entry.name, role: a.role, id: a.entry.id });
    }
  }
  const eventFigures = figures
    .filter((f) => f.source.article === id && sources.some((s) => s.start <= f.source.start && f.source.end <= s.end))
    .map((f) => f.id);
  const event: ArticleEvent = {
    article: id,
    kind: draft.kind,
    date: draft.date,
    place: draft.place ? toEventPlace(draft.place) : null,
    actors,
    summary: summarize(lead.sentence.text, lead.sentence, lead.at),
    figures: eventFigures,
    sources,
    rule: draft.rule,
    dateExplanation: draft.dateExplanation,
  };
  if (draft.weak) event.weak = true;
  return event;
}
