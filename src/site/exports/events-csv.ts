/**
 * `data/events.csv`: one event a row, ACLED-like columns first, then the
 * summary, outlets and the stable id. Rows sorted by start day, then id.
 */
import type { Article, Timeline, TimelineEvent } from '../../model/types.js';
import { memoLine, type LineMemo } from './line-memo.js';
import { csvFile, csvLine, type CsvValue } from './to-csv.js';

/** The header row, in order (described in `downloads.yml`). */
export const EVENTS_CSV_COLUMNS = [
  'event_date',
  'end_date',
  'precision',
  'kind',
  'place',
  'country',
  'latitude',
  'longitude',
  'actors',
  'figures',
  'sources',
  'source_count',
  'summary',
  'outlets',
  'event_id',
] as const;

/** The separator inside a multi-valued cell (`actors`, `figures`, `sources`, `outlets`). */
export const LIST_SEPARATOR = '; ';

/**
 * The events file, BOM and CRLF included. With `lines` (the watch mode),
 * the rows of unchanged events are kept from the last build.
 *
 * @example eventsCsv(timeline).split('\r\n')[1] // '2023-11-21,2023-11-21,day,attack,قاعدة عين الأسد,IQ,33.8,42.44,…'
 */
export function eventsCsv(timeline: Timeline, lines: LineMemo | null = null): string {
  const outlets = new Map(timeline.articles.map((a) => [a.id, a]));
  const events = [...timeline.events].sort(compareEvents);
  // a row shows its event and the outlets of the articles it cites
  return csvFile(EVENTS_CSV_COLUMNS, events.map((e) => memoLine(lines, e, e.sources.map((s) => outlets.get(s.article)), () => csvLine(eventRow(e, outlets)))));
}

function eventRow(event: TimelineEvent, articles: ReadonlyMap<string, Article>): CsvValue[] {
  const sources = unique(event.sources.map((s) => s.article));
  const outlets = unique(sources.map((id) => articles.get(id)?.outlet ?? '').filter((o) => o !== ''));
  return [
    event.date.start,
    event.date.end,
    event.date.precision,
    event.kind,
    event.place?.name ?? null,
    event.place?.country ?? null,
    event.place?.lat ?? null,
    event.place?.lon ?? null,
    event.actors.map((a) => `${a.name} (${a.role})`).join(LIST_SEPARATOR),
    [...event.figures].sort().join(LIST_SEPARATOR),
    sources.join(LIST_SEPARATOR),
    sources.length,
    event.summary,
    outlets.join(LIST_SEPARATOR),
    event.id,
  ];
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compare(a.date.start, b.date.start) || compare(a.date.end, b.date.end) || compare(a.id, b.id);
}

/** Distinct values, sorted (code-unit order, locale-independent). */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
