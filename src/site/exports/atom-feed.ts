/**
 * `feed.xml`: an Atom 1.0 feed (RFC 4287) with one entry per event, newest
 * first. Deterministic: the feed's `<updated>` is the latest `published` of
 * the articles, an entry's the latest `published` of the articles that
 * report it; never the build time.
 */
import type { Article, Timeline, TimelineEvent } from '../../model/types.js';
import { escapeXml } from './escape-xml.js';
import { memoLine, type LineMemo } from './line-memo.js';
import { compare } from './events-csv.js';
import { absoluteUrl, siteBase } from './site-url.js';

export interface AtomFeedOptions {
  /** Base for absolute links (default `https://example.org/`, see `site-url.ts`). */
  siteUrl?: string;
  /** The feed's title (the site name). */
  title: string;
  subtitle?: string;
  /** The feed's author (default: the title). */
  author?: string;
  /** Where the feed lives, from the site root (default `feed.xml`). */
  feedPath?: string;
  /** An event's page, from the site root (default `events/<id>/`). */
  eventPath?: (event: TimelineEvent) => string;
  /** An entry's title (default: the event's summary). */
  entryTitle?: (event: TimelineEvent) => string;
  /** At most this many entries (default: all). */
  limit?: number;
}

const EPOCH = '1970-01-01T00:00:00Z';

/**
 * The feed as a string (UTF-8, `xml:lang="ar"`). With `entries` (the watch
 * mode), the entries of unchanged events are kept from the last build.
 *
 * @example atomFeed(timeline, {title: 'خط', siteUrl: 'https://khatt.example/'}) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">…'
 */
export function atomFeed(timeline: Timeline, options: AtomFeedOptions, entries: LineMemo | null = null): string {
  const base = siteBase(options.siteUrl);
  const eventPath = options.eventPath ?? ((e: TimelineEvent) => `events/${encodeURIComponent(e.id)}/`);
  const entryTitle = options.entryTitle ?? ((e: TimelineEvent) => e.summary || e.id);
  const articles = new Map(timeline.articles.map((a) => [a.id, a]));
  const events = [...timeline.events].sort((a, b) => compare(b.date.start, a.date.start) || compare(b.date.end, a.date.end) || compare(a.id, b.id));
  const shown = options.limit === undefined ? events : events.slice(0, Math.max(0, options.limit));
  const updated = latest(timeline.articles.map((a) => a.published)) ?? EPOCH;

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">',
    `  <id>${escapeXml(base)}</id>`,
    `  <title type="text">${escapeXml(options.title)}</title>`,
    ...(options.subtitle ? [`  <subtitle type="text">${escapeXml(options.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.author ?? options.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(options.feedPath ?? 'feed.xml', base))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>`,
    '  <generator>Khatt</generator>',
    // an entry shows its event and the publication times of the articles it cites
    ...shown.map((e) => {
      const path = eventPath(e);
      const title = entryTitle(e);
      return memoLine(entries, e, [base, path, title, ...e.sources.map((s) => articles.get(s.article))], () => entry(e, articles, base, path, title).join('\n'));
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function entry(event: TimelineEvent, articles: ReadonlyMap<string, Article>, base: string, path: string, title: string): string[] {
  const url = absoluteUrl(path, base);
  const reported = event.sources.map((s) => articles.get(s.article)?.published).filter((p): p is string => p !== undefined);
  const updated = latest(reported) ?? rfc3339(event.date.end);
  const published = earliest(reported) ?? updated;
  const when = event.date.start === event.date.end ? event.date.start : `${event.date.start}/${event.date.end}`;
  const summary = [event.summary, when, event.place?.name].filter((s): s is string => Boolean(s)).join(' — ');
  return [
    '  <entry>',
    `    <id>${escapeXml(url)}</id>`,
    `    <title type="text">${escapeXml(title)}</title>`,
    `    <published>${published}</published>`,
    `    <updated>${updated}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    `    <category term="${escapeXml(event.kind)}"/>`,
    `    <summary type="text">${escapeXml(summary)}</summary>`,
    '  </entry>',
  ];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/u;

/**
 * An article's `published` as an RFC 3339 date-time: a day is its UTC
 * midnight; a date-time with an offset is kept (seconds added when missing).
 *
 * @example rfc3339('2023-11-21') // '2023-11-21T00:00:00Z'
 * @example rfc3339('2023-11-21T18:30+03:00') // '2023-11-21T18:30:00+03:00'
 */
export function rfc3339(published: string): string {
  if (DAY.test(published)) return `${published}T00:00:00Z`;
  if (DATE_TIME.test(published)) return /T\d{2}:\d{2}(?:Z|[+-])/u.test(published) ? published.replace(/(T\d{2}:\d{2})/u, '$1:00') : published;
  const ms = Date.parse(published);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${published}`);
  return new Date(ms).toISOString();
}

/** The latest of several `published` values (by instant), as RFC 3339. */
function latest(values: readonly string[]): string | null {
  return pick(values, (a, b) => a > b);
}

function earliest(values: readonly string[]): string | null {
  return pick(values, (a, b) => a < b);
}

function pick(values: readonly string[], better: (a: number, b: number) => boolean): string | null {
  let best: { text: string; ms: number } | null = null;
  for (const value of [...values].sort(compare)) {
    const text = rfc3339(value);
    const ms = Date.parse(text);
    if (best === null || better(ms, best.ms)) best = { text, ms };
  }
  return best?.text ?? null;
}
