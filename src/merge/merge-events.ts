import { topicOf, type ArticleEvent } from '../extract/events/index.js';
import { placeById, placeContains, placesCompatible } from '../gazetteer/index.js';
import type { Actor, DateSpan, Figure, Place, Source, TimelineEvent } from '../model/types.js';

/** A group of article events that report one happening. */
interface Cluster {
  members: ArticleEvent[];
  date: DateSpan;
  place: Place | null;
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
 * come from different articles (an article's own events are already one per
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
export function mergeEvents(events: readonly ArticleEvent[], figures: readonly Figure[]): { events: TimelineEvent[]; figures: Figure[] } {
  const sorted = [...events].sort(compareEvents);
  const clusters: Cluster[] = [];
  for (const event of sorted) {
    let best: Cluster | undefined;
    let bestScore = -Infinity;
    for (const cluster of clusters) {
      const score = fit(cluster, event);
      if (score !== null && score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best) absorb(best, event);
    else clusters.push({ members: [event], date: event.date, place: event.place });
  }
  const kept = clusters.filter((c) => c.members.some((m) => !m.weak));
  const merged = kept.map(toTimelineEvent).sort(compareTimeline);
  assignIds(merged);
  return linkFigures(merged, figures);
}

/** How well an event fits a cluster; null when it cannot be the same happening. */
function fit(cluster: Cluster, event: ArticleEvent): number | null {
  const first = cluster.members[0]!;
  if (topicOf(first.kind, first.rule) !== topicOf(event.kind, event.rule)) return null;
  if (cluster.members.some((m) => m.article === event.article)) return null;
  if (!(cluster.date.start <= event.date.end && event.date.start <= cluster.date.end)) return null;
  const a = cluster.place?.id;
  const b = event.place?.id;
  if (a && b && !placesCompatible(a, b)) return null;
  if (cluster.place && event.place && (!a || !b) && cluster.place.country !== event.place.country) return null;
  const sameDate = cluster.date.start === event.date.start && cluster.date.end === event.date.end ? 2 : 0;
  const samePlace = a && b && a === b ? 2 : a && b ? 1 : 0;
  const sharedActors = event.actors.filter((x) => x.role !== 'mentioned' && cluster.members.some((m) => m.actors.some((y) => y.id === x.id && y.role === x.role))).length;
  return sameDate + samePlace + Math.min(sharedActors, 2) * 0.5;
}

function absorb(cluster: Cluster, event: ArticleEvent): void {
  cluster.members.push(event);
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
  for (const m of members) {
    for (const a of m.actors) {
      const existing = actors.find((x) => x.name === a.name);
      if (!existing) actors.push({ ...a });
      else if (existing.role === 'mentioned' && a.role !== 'mentioned') existing.role = a.role;
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

/** `<start>-<kind>-<place>` with a counter only on a clash. */
function assignIds(events: TimelineEvent[]): void {
  const used = new Map<string, number>();
  for (const event of events) {
    const placeId = event.place?.id && placeById(event.place.id) ? event.place.id : event.place ? event.place.country.toLowerCase() : 'none';
    const base = `${event.date.start}-${event.kind}-${placeId}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    event.id = n === 1 ? base : `${base}-${n}`;
  }
}

/** Each figure belongs to the event whose source sentence holds it (the one its kind and side fit, on a tie). */
function linkFigures(events: TimelineEvent[], figures: readonly Figure[]): { events: TimelineEvent[]; figures: Figure[] } {
  const linked = figures.map((figure) => {
    if (figure.kind === 'troops' || figure.kind === 'attacks') return { ...figure, event: null };
    const holders = events.filter((e) => e.sources.some((s) => s.article === figure.source.article && s.start <= figure.source.start && figure.source.end <= s.end));
    const preferred = holders.find((e) => e.kind === preferredKind(figure)) ?? holders[0];
    if (!preferred) return { ...figure, event: null };
    preferred.figures.push(figure.id);
    return { ...figure, event: preferred.id };
  });
  for (const e of events) e.figures = [...new Set(e.figures)].sort();
  return { events, figures: linked };
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
