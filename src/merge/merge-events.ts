import { topicOf, type ArticleEvent } from '../extract/events/index.js';
import { placeById, placeContains, placesCompatible } from '../gazetteer/index.js';
import type { Actor, DateSpan, Figure, Place, Source, TimelineEvent } from '../model/types.js';
import { articleCountries, eventTheatre, theatresDisjoint } from './theatres.js';

/** A group of article events that report one happening. */
interface Cluster {
  members: ArticleEvent[];
  date: DateSpan;
  place: Place | null;
  /** The members' articles (a cluster takes one event per article). */
  articles: Set<string>;
  /** `id role` of every member's actor other than a mention, for the shared-actor bonus. */
  actorKeys: Set<string>;
  /** The members' distinct theatres (`eventTheatre`), by whether the member had a place. */
  theatres: Map<string, { placed: boolean; countries: ReadonlySet<string> | null }>;
}

/**
 * Merges the events of all articles: one happening reported by several
 * outlets becomes one event with all sources and a stable ASCII id. Figures
 * are linked to their event. Deterministic: the same input, the same output
 * (inputs are sorted first, so the order articles are read in does not
 * matter).
 *
 * Two events are one when they have the same kind, overlapping dates and
 * compatible places (the same, one within the other, or one unplaced), and
 * come from different articles, and could have happened in the same country
 * (`eventTheatre`: an unplaced event is where its actors fight, or where its
 * article's other attacks and strikes are, so a Houthi barrage without a
 * place does not join an attack on a base in Syria) (an article's own events are already one per
 * happening). Among fitting groups the best is taken: the same day and place
 * first. The merged event takes the narrowest date and the most specific
 * place. Groups made only of supporting (`weak`) events are left out.
 *
 * The id is `<start>-<kind>-<place id>` ("2023-11-21-attack-ain-al-asad",
 * "2024-01-22-context-none" without a place), with `-2`, `-3` … only when two
 * events would share it (numbered in source order). Adding an article that
 * reports an event at the same or a coarser date and place leaves its id
 * unchanged.
 */
export function mergeEvents(events: readonly ArticleEvent[], figures: readonly Figure[], memo: MergeMemo | null = null): { events: TimelineEvent[]; figures: Figure[] } {
  const sorted = [...events].sort(compareEvents);
  const countries = articleCountries(sorted);
  const clusters: Cluster[] = [];
  // Open clusters per topic, in creation order. Events come in order of
  // start date, and a cluster's date changes only when it absorbs an event
  // that overlaps it, so a cluster that ends before the current event's
  // start can never take this or any later event: it is closed for good.
  const open = new Map<string, Cluster[]>();
  let openFrom = '';
  for (const event of sorted) {
    const topic = topicOf(event.kind, event.rule);
    let candidates = open.get(topic);
    if (!candidates) open.set(topic, (candidates = []));
    if (event.date.start !== openFrom) {
      openFrom = event.date.start;
      for (const [key, list] of open) {
        const alive = list.filter((c) => c.date.end >= openFrom);
        if (alive.length !== list.length) open.set(key, alive);
      }
      candidates = open.get(topic)!;
    }
    const theatre = eventTheatre(event, countries);
    let best: Cluster | undefined;
    let bestScore = -Infinity;
    for (const cluster of candidates) {
      const score = fit(cluster, event, theatre);
      if (score !== null && score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best) absorb(best, event, theatre);
    else {
      const cluster: Cluster = { members: [], date: event.date, place: event.place, articles: new Set(), actorKeys: new Set(), theatres: new Map() };
      addMember(cluster, event, theatre);
      clusters.push(cluster);
      candidates.push(cluster);
    }
  }
  const kept = clusters.filter((c) => c.members.some((m) => !m.weak));
  const merged = kept.map((cluster) => draftOf(cluster, memo)).sort((a, b) => compareTimeline(a.event, b.event));
  const ids = assignIds(merged.map((m) => m.event));
  const linked = linkFigures(merged.map((m) => m.event), ids, figures, memo);
  const timeline = merged.map((m, i) => finalEvent(m, ids[i]!, linked.figuresOf[i]!));
  if (memo) for (const [i, m] of merged.entries()) memo.events.set(m.members[0]!, { members: m.members, event: timeline[i]! });
  return { events: timeline, figures: linked.figures };
}

/**
 * What the merges of one process (the watch mode) keep of each other: a
 * rebuild after an edit merges every event again, but an event made of the
 * same article events (the same objects: the extraction of an unchanged
 * article is kept) is the last merge's object when its id and figures are
 * the same too, and so is a figure linked to the same event. Later stages
 * know what did not change by identity (`validateTimeline`, the site model).
 */
export interface MergeMemo {
  /** The last merge's event of each cluster, by the cluster's first member, with all its members in order. */
  events: WeakMap<ArticleEvent, { members: readonly ArticleEvent[]; event: TimelineEvent }>;
  /** The last merge's linked copy of each figure. */
  figures: WeakMap<Figure, Figure>;
}

/** An empty memo, for the first merge of a watch session. */
export function mergeMemo(): MergeMemo {
  return { events: new WeakMap(), figures: new WeakMap() };
}

/**
 * A cluster's event before its id and figures are known. A cluster is a
 * function of its members in order (their dates and places decide the
 * cluster's), so when the last merge had a cluster of the same members its
 * event serves: it is copied, not changed, if its id or figures differ.
 */
interface Draft {
  members: readonly ArticleEvent[];
  event: TimelineEvent;
  /** The last merge's event of the same members. */
  last: TimelineEvent | null;
}

function draftOf(cluster: Cluster, memo: MergeMemo | null): Draft {
  const known = memo?.events.get(cluster.members[0]!);
  if (known && sameMembers(known.members, cluster.members)) return { members: cluster.members, event: known.event, last: known.event };
  return { members: cluster.members, event: toTimelineEvent(cluster), last: null };
}

function sameMembers(a: readonly ArticleEvent[], b: readonly ArticleEvent[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** The draft with its id and figures: the last merge's object when those are the same. */
function finalEvent(draft: Draft, id: string, figures: string[]): TimelineEvent {
  const { last, event } = draft;
  if (last && last.id === id && last.figures.length === figures.length && last.figures.every((f, i) => f === figures[i])) return last;
  if (last) return { ...last, id, figures };
  event.id = id;
  event.figures = figures;
  return event;
}

/** How well an event fits a cluster; null when it cannot be the same happening. */
function fit(cluster: Cluster, event: ArticleEvent, theatre: ReadonlySet<string> | null): number | null {
  if (cluster.articles.has(event.article)) return null;
  if (!(cluster.date.start <= event.date.end && event.date.start <= cluster.date.end)) return null;
  const a = cluster.place?.id;
  const b = event.place?.id;
  if (a && b && !placesCompatible(a, b)) return null;
  if (cluster.place && event.place && (!a || !b) && cluster.place.country !== event.place.country) return null;
  for (const t of cluster.theatres.values()) {
    // Two placed events are judged by their places above.
    if (!(t.placed && event.place) && theatresDisjoint(t.countries, theatre)) return null;
  }
  const sameDate = cluster.date.start === event.date.start && cluster.date.end === event.date.end ? 2 : 0;
  const samePlace = a && b && a === b ? 2 : a && b ? 1 : 0;
  const sharedActors = event.actors.filter((x) => x.role !== 'mentioned' && cluster.actorKeys.has(actorKey(x))).length;
  return sameDate + samePlace + Math.min(sharedActors, 2) * 0.5;
}

/** `id role`: an actor without an id matches only another without one, as `y.id === x.id` did. */
function actorKey(actor: Actor): string {
  return `${actor.id ?? '\u0000'} ${actor.role}`;
}

function addMember(cluster: Cluster, event: ArticleEvent, theatre: ReadonlySet<string> | null): void {
  cluster.members.push(event);
  const key = `${event.place ? 'placed' : 'unplaced'} ${theatre ? [...theatre].sort().join(',') : '*'}`;
  if (!cluster.theatres.has(key)) cluster.theatres.set(key, { placed: event.place !== null, countries: theatre });
  cluster.articles.add(event.article);
  for (const actor of event.actors) cluster.actorKeys.add(actorKey(actor));
}

function absorb(cluster: Cluster, event: ArticleEvent, theatre: ReadonlySet<string> | null): void {
  addMember(cluster, event, theatre);
  if (days(event.date) < days(cluster.date)) cluster.date = event.date;
  const a = cluster.place?.id;
  const b = event.place?.id;
  if (!cluster.place || (a && b && a !== b && placeContains(a, b))) cluster.place = event.place;
}

function toTimelineEvent(cluster: Cluster): TimelineEvent {
  const members = [...cluster.members].sort(compareEvents);
  const lead = members.find((m) => !m.weak) ?? members[0]!;
  const sources: Source[] = members.flatMap((m) => m.sources).sort((x, y) => compare(x.article, y.article) || x.start - y.start);
  const actors: Actor[] = [];
  const byName = new Map<string, Actor>();
  for (const m of members) {
    for (const a of m.actors) {
      const existing = byName.get(a.name);
      if (!existing) {
        const actor = { ...a };
        actors.push(actor);
        byName.set(a.name, actor);
      } else if (existing.role === 'mentioned' && a.role !== 'mentioned') existing.role = a.role;
    }
  }
  const explanations = [...new Set(members.map((m) => `${m.article}: ${m.dateExplanation}`))];
  const event: TimelineEvent = {
    id: '',
    kind: lead.kind,
    date: cluster.date,
    place: cluster.place,
    actors,
    summary: lead.summary,
    figures: [],
    sources,
    rule: members.length > 1 ? `${lead.rule}+merge:same-happening` : lead.rule,
    dateExplanation: explanations.join('\n'),
  };
  return event;
}

/** Each event's id, in order: `<start>-<kind>-<place>` with a counter only on a clash. */
function assignIds(events: readonly TimelineEvent[]): string[] {
  const used = new Map<string, number>();
  return events.map((event) => {
    const placeId = event.place?.id && placeById(event.place.id) ? event.place.id : event.place ? event.place.country.toLowerCase() : 'none';
    const base = `${event.date.start}-${event.kind}-${placeId}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/**
 * Each figure belongs to the event whose source sentence holds it (the one
 * its kind and side fit, on a tie): the figures linked (a copy with its
 * event's id; the memo's copy when that has the same), and each event's
 * figure ids (`ids[i]` is the id of `events[i]`), sorted.
 */
function linkFigures(events: readonly TimelineEvent[], ids: readonly string[], figures: readonly Figure[], memo: MergeMemo | null): { figures: Figure[]; figuresOf: string[][] } {
  // Events (by index) by the articles of their sources, in event order, each with its sources in that article.
  const byArticle = new Map<string, { at: number; event: TimelineEvent; sources: Source[] }[]>();
  for (const [at, event] of events.entries()) {
    const own = new Map<string, Source[]>();
    for (const source of event.sources) {
      const list = own.get(source.article);
      if (list) list.push(source);
      else own.set(source.article, [source]);
    }
    for (const [article, sources] of own) {
      const list = byArticle.get(article);
      if (list) list.push({ at, event, sources });
      else byArticle.set(article, [{ at, event, sources }]);
    }
  }
  const figuresOf: string[][] = events.map(() => []);
  const linked = figures.map((figure) => {
    if (figure.kind === 'troops' || figure.kind === 'attacks') return linkedFigure(figure, null, memo);
    const holders: { at: number; event: TimelineEvent }[] = [];
    for (const holder of byArticle.get(figure.source.article) ?? []) {
      if (holder.sources.some((s) => s.start <= figure.source.start && figure.source.end <= s.end)) holders.push(holder);
    }
    const preferred = holders.find((h) => h.event.kind === preferredKind(figure)) ?? holders[0];
    if (!preferred) return linkedFigure(figure, null, memo);
    figuresOf[preferred.at]!.push(figure.id);
    return linkedFigure(figure, ids[preferred.at]!, memo);
  });
  return { figures: linked, figuresOf: figuresOf.map((list) => [...new Set(list)].sort()) };
}

/** A figure with its event's id: the memo's copy when it has the same. */
function linkedFigure(figure: Figure, event: string | null, memo: MergeMemo | null): Figure {
  const last = memo?.figures.get(figure);
  if (last && last.event === event) return last;
  const linked = { ...figure, event };
  memo?.figures.set(figure, linked);
  return linked;
}

/** Casualties on the US side describe an attack; the other side's, a strike. */
function preferredKind(figure: Figure): TimelineEvent['kind'] {
  if (figure.kind === 'injured' || figure.kind === 'killed') return figure.side === 'us' ? 'attack' : 'strike';
  if (figure.kind === 'munitions') return figure.side === 'us' ? 'strike' : 'attack';
  return 'strike';
}

function compareEvents(a: ArticleEvent, b: ArticleEvent): number {
  return compare(a.date.start, b.date.start) || compare(a.kind, b.kind) || compare(a.article, b.article) || (a.sources[0]?.start ?? 0) - (b.sources[0]?.start ?? 0);
}

function compareTimeline(a: TimelineEvent, b: TimelineEvent): number {
  const sa = a.sources[0];
  const sb = b.sources[0];
  return compare(a.date.start, b.date.start) || compare(a.date.end, b.date.end) || compare(a.kind, b.kind)
    || compare(a.place?.id ?? '', b.place?.id ?? '') || compare(sa?.article ?? '', sb?.article ?? '') || (sa?.start ?? 0) - (sb?.start ?? 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function days(span: DateSpan): number {
  return (Date.parse(`${span.end}T00:00:00Z`) - Date.parse(`${span.start}T00:00:00Z`)) / 864e5;
}
