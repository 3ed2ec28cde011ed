import type { ArticleExtraction, ExtractedTimeline } from '../build.js';
import { sameInputs } from '../cache/index.js';
import type { AppliedCorrection } from '../corrections/index.js';
import type { DateSpan, EventKind, Figure, Source, TimelineEvent } from '../model/types.js';
import type { ArticleDoc } from '../read/index.js';
import { compareMessages, type Message, type Position } from '../report/index.js';
import { extractionWarnings } from './extraction-warnings.js';

/**
 * What the machine read from each article, for the review page (/review/)
 * and `npm run check`: every date resolution, figure and event with its rule
 * id and explanation, every message about the article, and the corrections
 * that touched it. Pure: the same extraction gives the same review (no
 * clock; see `checkContent` for the one clock-dependent warning).
 */

export interface ReviewDate {
  quote: string;
  place: Position;
  span: DateSpan;
  role: 'point' | 'since' | 'duration';
  rule: string;
  explanation: string;
}

/** A figure as the review page shows it: the contract's fields, where it was read, and what corrections did. */
export interface ReviewFigure extends Pick<Figure, 'id' | 'kind' | 'side' | 'value' | 'min' | 'max' | 'qualifier' | 'since' | 'asOf' | 'event'> {
  quote: string;
  place: Position;
  rule: string | null;
  /** A correction changed it. */
  corrected: boolean;
  /** Read by the machine, then removed by a correction (or by merging). */
  dropped: boolean;
}

export interface ReviewEvent {
  id: string;
  kind: EventKind;
  date: DateSpan;
  place: string | null;
  rule: string | null;
  /**
   * How its date was found, as far as this article goes: the lines of the
   * event's explanation that merging wrote for this article (`<article>: …`)
   * and those of no reporting article (an editor's correction); null when
   * the event has none. The lines of the other articles are on the event's page.
   */
  dateExplanation: string | null;
  summary: string;
  /** This article's sentences that report it. */
  quotes: { quote: string; place: Position }[];
  figures: string[];
  corrected: boolean;
}

export interface ArticleReview {
  id: string;
  title: string;
  file: string;
  published: string;
  outlet: string | null;
  url: string | null;
  dates: ReviewDate[];
  figures: ReviewFigure[];
  events: ReviewEvent[];
  /** Errors, warnings and notes about this article (reader, extraction checks), in file order. */
  messages: Message[];
  corrections: AppliedCorrection[];
}

export interface Review {
  articles: ArticleReview[];
  /** Messages about no one article: lexicons, the corrections file. */
  general: Message[];
  /** Every correction that applied, in file order. */
  corrections: AppliedCorrection[];
  /** Retired event id → the id it redirects to. */
  redirects: [string, string][];
}

/**
 * Builds the review of every article read. With a memo (the watch mode), an
 * article whose review inputs are unchanged keeps its last review object.
 *
 * @example
 *   const review = reviewArticles(extractTimeline('content/articles'));
 *   review.articles[0].figures[0] // {id: …, quote: 'أكثر من 60 هجوماً', rule: 'figures:more-than', …}
 */
export function reviewArticles(extracted: ExtractedTimeline, memo: ReviewMemo | null = null): Review {
  const { docs, extractions, timeline, corrections } = extracted;
  const warnings = extractionWarnings(extracted);
  const all = [...extracted.messages, ...warnings];
  const files = new Set(docs.map((d) => d.file));
  const correctedFigures = new Set(corrections.applied.flatMap((a) => a.figures));
  const correctedEvents = new Set(corrections.applied.flatMap((a) => a.events));

  // Indexed once by article (and messages by file): the review stays linear in the content.
  const figuresOf = groupBy(timeline.figures, (f) => [f.source.article]);
  const eventsOf = groupBy(timeline.events, (e) => [...new Set(e.sources.map((s) => s.article))]);
  const messagesOf = groupBy(all, (m) => [m.file]);
  const correctionsOf = groupBy(corrections.applied, (a) => [...new Set(a.articles)]);
  // An event reported by 200 articles is on 200 reviews: its sources are grouped by article once, not once per review.
  // Its date explanation's lines too: each review shows its own, never every article's (which grew as articles times reports).
  // Both on first need: a rebuild that keeps most reviews (the memo) needs few.
  const reports = new Map<TimelineEvent, EventReports>();
  const reportsOf = (e: TimelineEvent): EventReports => {
    let known = reports.get(e);
    if (!known) {
      const sources = groupBy(e.sources, (s) => [s.article]);
      reports.set(e, (known = { sources, explanation: explanationLines(e.dateExplanation, sources) }));
    }
    return known;
  };
  const kept = new Map<string, KeptReview>();

  const articles = docs.map((doc): ArticleReview => {
    const id = doc.article.id;
    const extraction = extractions.get(id);
    const live = figuresOf.get(id) ?? [];
    const events = eventsOf.get(id) ?? [];
    const messages = [...(messagesOf.get(doc.file) ?? [])].sort(compareMessages);
    const applied = correctionsOf.get(id) ?? [];
    if (!memo) return reviewOf(doc, extraction, live, events, messages, applied);
    // everything the review is made of: objects by identity, the messages and corrections by value
    const inputs = [
      doc,
      extraction,
      live.length,
      ...live,
      ...[...live, ...(extraction?.figures ?? [])].map((f) => correctedFigures.has(f.id)),
      events.length,
      ...events,
      ...events.map((e) => correctedEvents.has(e.id)),
      JSON.stringify(messages),
      JSON.stringify(applied),
    ];
    const last = memo.last.get(id);
    const review = last && sameInputs(last.inputs, inputs) ? last.review : reviewOf(doc, extraction, live, events, messages, applied);
    kept.set(id, { inputs, review });
    return review;
  });
  if (memo) memo.last = kept;
  return {
    articles,
    general: all.filter((m) => !files.has(m.file)).sort(compareMessages),
    corrections: corrections.applied,
    redirects: [...corrections.retired].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };

  /** One article's review. */
  function reviewOf(doc: ArticleDoc, extraction: ArticleExtraction | undefined, live: readonly Figure[], events: readonly TimelineEvent[], messages: Message[], applied: AppliedCorrection[]): ArticleReview {
    const id = doc.article.id;
    const at = (offset: number): Position => doc.positionOf(offset);
    const liveIds = new Set(live.map((f) => f.id));
    const gone = (extraction?.figures ?? []).filter((f) => !liveIds.has(f.id));
    const figure = (f: Figure, dropped: boolean): ReviewFigure => ({
      id: f.id,
      quote: f.source.quote,
      place: at(f.source.start),
      kind: f.kind,
      side: f.side,
      value: f.value,
      min: f.min,
      max: f.max,
      qualifier: f.qualifier,
      since: f.since,
      asOf: f.asOf,
      event: f.event,
      rule: f.rule ?? null,
      corrected: correctedFigures.has(f.id),
      dropped,
    });
    return {
      id,
      title: doc.article.title,
      file: doc.file,
      published: doc.article.published,
      outlet: doc.article.outlet,
      url: doc.article.url,
      dates: (extraction?.dates ?? []).map((d) => ({ quote: d.quote, place: at(d.start), span: d.span, role: d.role, rule: d.rule, explanation: d.explanation })),
      figures: [...live.map((f) => figure(f, false)), ...gone.map((f) => figure(f, true))].sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column),
      events: events.map((e) => {
        const reports = reportsOf(e);
        return {
          id: e.id,
          kind: e.kind,
          date: e.date,
          place: e.place?.name ?? null,
          rule: e.rule ?? null,
          dateExplanation: reports.explanation(id),
          summary: e.summary,
          quotes: (reports.sources.get(id) ?? []).map((s) => ({ quote: s.quote, place: at(s.start) })),
          figures: e.figures,
          corrected: correctedEvents.has(e.id),
        };
      }),
      messages,
      corrections: applied,
    };
  }
}

/**
 * What `reviewArticles` keeps between the builds of one process (the watch
 * mode): each article's last review with what it was made from. An article
 * whose inputs are the same (its document and extraction, its figures and
 * events as the same objects, equal messages and corrections) keeps its last
 * review object.
 */
export interface ReviewMemo {
  last: Map<string, KeptReview>;
}

interface KeptReview {
  inputs: readonly unknown[];
  review: ArticleReview;
}

/** An empty memo, for the first build. */
export function reviewMemo(): ReviewMemo {
  return { last: new Map() };
}

/** An event's sources and date explanation, by reporting article. */
interface EventReports {
  sources: Map<string, Source[]>;
  explanation: (article: string) => string | null;
}

/**
 * An event's date explanation for one article at a time: the lines that
 * start `<article>: ` for a reporting article belong to it; other lines
 * (a correction's) belong to every article. Lines keep their order.
 *
 * @example
 *   explanationLines('a1: الثلاثاء ← 2024-08-06\na2: أمس ← 2024-08-06', sources)('a2') // 'a2: أمس ← 2024-08-06'
 */
function explanationLines(explanation: string | undefined, sources: ReadonlyMap<string, unknown>): (article: string) => string | null {
  if (explanation === undefined) return () => null;
  const lines = explanation.split('\n');
  const own = new Map<string, number[]>();
  const everyone: number[] = [];
  lines.forEach((line, i) => {
    const colon = line.indexOf(': ');
    const article = colon > 0 ? line.slice(0, colon) : '';
    const group = sources.has(article) ? own.get(article) : everyone;
    if (group) group.push(i);
    else own.set(article, [i]);
  });
  return (article) => [...(own.get(article) ?? []), ...everyone].sort((a, b) => a - b).map((i) => lines[i]!).join('\n');
}

/** Items by key, each list in the items' order; an item listed under every key it gives. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export type { ArticleDoc };
