/**
 * Everything the templates show, prepared once from the timeline and the
 * read articles: sorted, grouped, formatted and linked. Templates only
 * print this model; they never parse or compute. Nothing here is invented:
 * an empty timeline gives empty lists.
 */
import type { DateMention } from '../dates/index.js';
import type { Actor, ActorRole, Article, DateSpan, EventKind, Figure, Source, Timeline, TimelineEvent } from '../model/types.js';
import { EVENT_KINDS } from '../model/types.js';
import type { ArticleDoc } from '../read/index.js';
import { datasetJsonLd, downloads, jsonLdScript, newsArticleJsonLd, type Download, type JsonLdScript } from './exports/index.js';
import { figureText, outletCountText } from './figure-text.js';
import { datetimeOf, formatDay, formatMonth, formatNumber, formatSpan } from './format-date.js';
import { loadLabels, type Labels } from './labels.js';
import { renderBody, type BodyAnchor, type BodyMark } from './render-body.js';
import { keepUnchanged } from './same-value.js';
import { endBuild, memoView, startBuild, viewMemo, type ViewMemo } from './view-memo.js';
import { ARTICLES_PER_PAGE, chunkByMonth, EVENTS_PER_PAGE, FIGURES_PER_PAGE, monthRangeText, paginate, type LinkView, type Page, type Pager } from './paginate.js';
import { safeSlug } from './slug.js';

export type { LinkView, Pager } from './paginate.js';

export interface PlaceView {
  key: string;
  slug: string;
  url: string;
  name: string;
  country: string;
  countryName: string;
  countryUrl: string;
}

export interface ActorView {
  key: string;
  slug: string;
  url: string;
  name: string;
  role: ActorRole;
  roleLabel: string;
}

export interface FigureView {
  id: string;
  /** Element id of its line in the article's notes. */
  anchor: string;
  text: string;
  quote: string;
  kind: Figure['kind'];
  kindLabel: string;
  qualifierNote: string;
  sideShort: string;
  bounds: string;
  asOf: string;
  asOfText: string;
  sinceText: string | null;
  article: LinkView;
  outlet: string | null;
  /** The figure's mark in its article. */
  href: string;
  event: LinkView | null;
}

/** Figures of one kind and side that the sources state differently. */
export interface FigureComparison {
  label: string;
  figures: FigureView[];
}

export interface SourceView {
  quote: string;
  href: string;
  article: LinkView;
  outlet: string | null;
  published: string;
  publishedText: string;
}

export interface EventView {
  id: string;
  slug: string;
  url: string;
  /** Where its page is written (`events/<slug>/index.html`). */
  permalink: string;
  kind: EventKind;
  kindLabel: string;
  date: DateSpan;
  dateText: string;
  /** `<time>` parts: one for a day or a month, two for a span of days. */
  times: Array<{ datetime: string; text: string }>;
  /** How the date was resolved, one line per source article. */
  dateExplanations: string[];
  place: PlaceView | null;
  actors: ActorView[];
  /** For the cards: the actors by role (attacker, target, claimant), without those only mentioned. */
  actorRoles: Array<{ role: ActorRole; label: string; actors: ActorView[] }>;
  summary: string;
  figures: FigureView[];
  /** The figures in words, each reading once (for the cards). */
  figureTexts: string[];
  comparisons: FigureComparison[];
  sources: SourceView[];
  outletCount: number;
  outletText: string;
  /** Space-separated filter keys for the home page script. */
  filterKind: string;
  filterCountry: string;
  filterActors: string;
  prev: LinkView | null;
  next: LinkView | null;
}

export interface MonthGroup {
  key: string;
  text: string;
  events: EventView[];
}

export interface DateNote {
  id: string;
  markId: string;
  quote: string;
  text: string;
  datetime: string;
  explanation: string;
  rule: string;
  event: LinkView | null;
}

/**
 * An event as its article's page lists it: only what that page shows, so
 * that a change to the event the page does not show (a figure, a source
 * from another article) leaves the article's view equal to the last one,
 * and the watch mode does not render its page again.
 */
export type ArticleEventView = Pick<EventView, 'url' | 'summary' | 'kindLabel' | 'times' | 'dateText'>;

export interface ArticleView {
  id: string;
  slug: string;
  url: string;
  /** Where its page is written (`articles/<slug>/index.html`). */
  permalink: string;
  title: string;
  outlet: string | null;
  original: string | null;
  published: string;
  publishedText: string;
  html: string;
  dates: DateNote[];
  figures: FigureView[];
  events: ArticleEventView[];
  /** schema.org NewsArticle, with its CSP hash. */
  jsonLd: JsonLdScript;
}

/** A page listing events: a place, an actor, a kind or a country. */
export interface FacetView {
  slug: string;
  url: string;
  name: string;
  /** Filter key and value for the home page script (`kind:attack`). */
  filter: string;
  count: number;
  extra: string | null;
  /** Its type in words (مكان, طرف…) and the index it belongs to. */
  type: string;
  index: LinkView;
}

/** One page of a list of events: the timeline, or a place's, an actor's… */
export interface EventsPage {
  number: number;
  url: string;
  permalink: string;
  months: MonthGroup[];
  count: number;
  rangeText: string;
  pager: Pager;
}

/** One page of a facet's events. */
export interface FacetPage extends EventsPage {
  facet: FacetView;
}

/**
 * An article as the article index lists it: only what the list shows, so
 * that a change to the article's own page (a figure read again) leaves its
 * index page's digest as it was, and the watch mode does not render it again.
 */
export type ArticleListView = Pick<ArticleView, 'id' | 'url' | 'title' | 'outlet' | 'published' | 'publishedText'>;

/** One page of the article index. */
export interface ArticlesPage {
  number: number;
  url: string;
  permalink: string;
  articles: ArticleListView[];
  rangeText: string;
  pager: Pager;
}

/** One page of the figures table: the figures of whole months where they fit, oldest page first. */
export interface FiguresPage {
  number: number;
  url: string;
  permalink: string;
  figures: FigureView[];
  rangeText: string;
  pager: Pager;
}

export interface SiteModel {
  labels: Labels;
  months: MonthGroup[];
  /** The home timeline, page by page (the newest at `/`). */
  timelinePages: EventsPage[];
  /** The home page filters work in place only when the whole timeline is on it. */
  filterable: boolean;
  /** Every facet page of places, actors, kinds and countries. */
  placePages: FacetPage[];
  actorPages: FacetPage[];
  kindPages: FacetPage[];
  countryPages: FacetPage[];
  /** The article index, page by page (the newest at `/articles/`). */
  articlePages: ArticlesPage[];
  /** The figures table by month (`/figures/` the newest page, with the charts). */
  figurePages: FiguresPage[];
  events: EventView[];
  articles: ArticleView[];
  places: FacetView[];
  actors: FacetView[];
  kinds: FacetView[];
  countries: FacetView[];
  /** The published data files and their columns, for the downloads page. */
  downloads: Download[];
  /** schema.org Dataset for the downloads page, with its CSP hash. */
  datasetLd: JsonLdScript;
  /** Everything with its own page, for the link check and the sitemap. */
  counts: { events: number; articles: number; figures: number; outlets: number };
}

export interface ModelInput {
  timeline: Timeline;
  docs: readonly ArticleDoc[];
  dates: ReadonlyMap<string, readonly DateMention[]>;
  /** Events per page of a list (default `EVENTS_PER_PAGE`). */
  eventsPerPage?: number;
  /** Articles per page of the article index (default `ARTICLES_PER_PAGE`). */
  articlesPerPage?: number;
  /** Rows per page of the figures table (default `FIGURES_PER_PAGE`). */
  figuresPerPage?: number;
  /** Base of absolute addresses in JSON-LD (default `https://example.org/`). */
  siteUrl?: string;
  /** What the builds of one process (the watch mode) keep of each other: see `ModelMemo`. */
  memo?: ModelMemo;
}

/**
 * What one process (the watch mode) keeps between builds of the model, so
 * that a rebuild after an edit computes again only what the edit touched:
 * the last timeline (an event, figure or article equal to its last build's
 * is replaced by that object), and the figure, event and article views with
 * the inputs each was built from (`view-memo.ts`). Kept views are the same
 * objects, whose page digests the watch session keeps (`page-units.ts`).
 */
export interface ModelMemo {
  timeline: Timeline | null;
  /** Each article's body as last rendered: rendered again only when its text, marks or anchors changed. */
  bodies: Map<string, RenderedBody>;
  figures: ViewMemo<FigureView>;
  events: ViewMemo<EventView>;
  articles: ViewMemo<ArticleView>;
  /** Each article view's entry in the article index (the same object for a kept view, and with it its digest). */
  listed: WeakMap<ArticleView, ArticleListView>;
}

/** An empty memo, for the first build of a watch session. */
export function modelMemo(): ModelMemo {
  return { timeline: null, bodies: new Map(), figures: viewMemo(), events: viewMemo(), articles: viewMemo(), listed: new WeakMap() };
}

/** The timeline with each event, figure and article that equals the last build's replaced by that object. */
function keepUnchangedTimeline(timeline: Timeline, last: Timeline | null): Timeline {
  if (!last) return timeline;
  return {
    ...timeline,
    articles: timeline.articles.map(keepUnchanged(last.articles, (a) => a.id)),
    events: timeline.events.map(keepUnchanged(last.events, (e) => e.id)),
    figures: timeline.figures.map(keepUnchanged(last.figures, (f) => f.id)),
  };
}

/** An article's body as rendered, with the marks and anchors (as JSON) it was rendered with. */
interface RenderedBody {
  body: string;
  marks: string;
  html: string;
}

/** An article's body as HTML, from `bodies` (by article id) when the same body was rendered with the same marks and anchors before. */
function bodyHtml(id: string, body: string, marks: BodyMark[], anchors: BodyAnchor[], bodies: Map<string, RenderedBody> | null): string {
  if (!bodies) return renderBody(body, { marks, anchors });
  const key = JSON.stringify([marks, anchors]);
  const last = bodies.get(id);
  if (last && last.body === body && last.marks === key) return last.html;
  const html = renderBody(body, { marks, anchors });
  bodies.set(id, { body, marks: key, html });
  return html;
}

/** The roles a card names; the event page names every actor. */
const CARD_ROLES: readonly ActorRole[] = ['attacker', 'target', 'claimant'];

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}

const KIND_ORDER = new Map(EVENT_KINDS.map((k, i) => [k, i]));

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Events in reading order: by start, end, kind, id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compare(a.date.start, b.date.start) || compare(a.date.end, b.date.end) || (KIND_ORDER.get(a.kind) ?? 9) - (KIND_ORDER.get(b.kind) ?? 9) || compare(a.id, b.id);
}

export function articleUrl(id: string): string {
  return `/articles/${safeSlug(id)}/`;
}

export function eventUrl(id: string): string {
  return `/events/${safeSlug(id)}/`;
}

function placeKey(place: NonNullable<TimelineEvent['place']>): string {
  return place.id ?? `${place.name}|${place.country}`;
}

function actorKey(actor: Actor): string {
  return actor.id ?? actor.name;
}

function timesOf(span: DateSpan): Array<{ datetime: string; text: string }> {
  const text = formatSpan(span);
  if ((span.precision === 'days' || span.precision === 'day') && span.start !== span.end) {
    // One element per end of the span: the text is split at its dash.
    const cut = text.search(/\s?–\s?/u);
    if (cut > 0) {
      const dash = /\s?–\s?/u.exec(text.slice(cut))![0];
      return [
        { datetime: span.start, text: text.slice(0, cut) + dash },
        { datetime: span.end, text: text.slice(cut + dash.length) },
      ];
    }
  }
  return [{ datetime: datetimeOf(span), text }];
}

/** Builds the site model. Pure: the same input gives the same model. */
export function buildSiteModel(input: ModelInput): SiteModel {
  const labels = loadLabels();
  const memo = input.memo ?? null;
  const timeline = keepUnchangedTimeline(input.timeline, memo?.timeline ?? null);
  if (memo) for (const views of [memo.figures, memo.events, memo.articles] as ViewMemo<unknown>[]) startBuild(views);
  const articles = new Map<string, Article>(timeline.articles.map((a) => [a.id, a]));
  const docs = new Map(input.docs.map((d) => [d.article.id, d]));
  const sorted = [...timeline.events].sort(compareEvents);
  const eventById = new Map(sorted.map((e) => [e.id, e]));

  const articleLink = (id: string): LinkView => ({ url: articleUrl(id), text: articles.get(id)?.title ?? id });
  const eventLink = (e: TimelineEvent): LinkView => ({ url: eventUrl(e.id), text: e.summary });

  const figureView = (f: Figure): FigureView => {
    const q = labels.qualifiers[f.qualifier];
    const ev = f.event ? eventById.get(f.event) : undefined;
    return {
      id: f.id,
      anchor: `f-${safeSlug(f.id)}`,
      text: figureText(f),
      quote: f.source.quote,
      kind: f.kind,
      kindLabel: labels.figureKinds[f.kind].label,
      qualifierNote: q.note,
      sideShort: labels.sides[labels.figureKinds[f.kind].group][f.side].short,
      bounds: boundsText(f),
      asOf: f.asOf,
      asOfText: formatDay(f.asOf),
      sinceText: f.since ? formatDay(f.since) : null,
      article: articleLink(f.source.article),
      outlet: articles.get(f.source.article)?.outlet ?? null,
      href: `${articleUrl(f.source.article)}#${figureMarkId(f)}`,
      event: ev ? eventLink(ev) : null,
    };
  };
  // a figure view shows the figure, its article's title and outlet, and its event's summary
  const figureViews = new Map(
    timeline.figures.map((f) => [f.id, memoView(memo?.figures ?? null, f.id, [f, articles.get(f.source.article), f.event ? eventById.get(f.event) : undefined], () => figureView(f))]),
  );
  const figureById = new Map(timeline.figures.map((f) => [f.id, f]));
  const sortedFigures = [...timeline.figures].sort((a, b) => compare(a.asOf, b.asOf) || compare(a.kind, b.kind) || compare(a.source.article, b.source.article) || a.source.start - b.source.start || compare(a.id, b.id));
  const figureRank = new Map(sortedFigures.map((f, i) => [f.id, i]));
  // Each event's figures: those it lists and those that name it, once, in figure order.
  const figuresOfEvent = new Map<string, Set<string>>();
  for (const e of sorted) figuresOfEvent.set(e.id, new Set(e.figures.filter((id) => figureRank.has(id))));
  for (const f of timeline.figures) if (f.event) figuresOfEvent.get(f.event)?.add(f.id);

  const sourceView = (s: Source): SourceView => {
    const article = articles.get(s.article);
    const published = article?.published ?? '';
    return {
      quote: s.quote,
      href: `${articleUrl(s.article)}#s-${s.start}`,
      article: articleLink(s.article),
      outlet: article?.outlet ?? null,
      published: published.slice(0, 10),
      publishedText: /^\d{4}-\d{2}-\d{2}/u.test(published) ? formatDay(published.slice(0, 10)) : published,
    };
  };

  const eventView = (e: TimelineEvent, figures: FigureView[], before: TimelineEvent | undefined, after: TimelineEvent | undefined): EventView => {
    const place: PlaceView | null = e.place
      ? {
          key: placeKey(e.place),
          slug: safeSlug(placeKey(e.place)),
          url: `/places/${safeSlug(placeKey(e.place))}/`,
          name: e.place.name,
          country: e.place.country,
          countryName: labels.countries[e.place.country] ?? e.place.country,
          countryUrl: `/countries/${e.place.country.toLowerCase()}/`,
        }
      : null;
    const actors: ActorView[] = e.actors.map((a) => ({
      key: actorKey(a),
      slug: safeSlug(actorKey(a)),
      url: `/actors/${safeSlug(actorKey(a))}/`,
      name: a.name,
      role: a.role,
      roleLabel: labels.actorRoles[a.role],
    }));
    const sources = [...e.sources].sort((a, b) => compare(articles.get(a.article)?.published ?? '', articles.get(b.article)?.published ?? '') || compare(a.article, b.article) || a.start - b.start).map(sourceView);
    const outlets = new Set(e.sources.map((s) => articles.get(s.article)?.outlet ?? `article:${s.article}`));
    return {
      id: e.id,
      slug: safeSlug(e.id),
      url: eventUrl(e.id),
      permalink: `events/${safeSlug(e.id)}/index.html`,
      kind: e.kind,
      kindLabel: labels.eventKinds[e.kind].label,
      date: e.date,
      dateText: formatSpan(e.date),
      times: timesOf(e.date),
      dateExplanations: (e.dateExplanation ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      place,
      actors,
      actorRoles: CARD_ROLES.map((role) => ({ role, label: labels.actorRoles[role], actors: uniqueBy(actors.filter((a) => a.role === role), (a) => a.key) })).filter((g) => g.actors.length > 0),
      summary: e.summary,
      figures,
      figureTexts: [...new Set(figures.map((f) => f.text))],
      comparisons: compareFigures(figures, figureById, labels),
      sources,
      outletCount: outlets.size,
      outletText: outletCountText(outlets.size),
      filterKind: e.kind,
      filterCountry: place ? place.country.toLowerCase() : '',
      filterActors: [...new Set(actors.map((a) => a.slug))].sort().join(' '),
      prev: before ? eventLink(before) : null,
      next: after ? eventLink(after) : null,
    };
  };
  const views: EventView[] = sorted.map((e, i) => {
    const ids = [...(figuresOfEvent.get(e.id) ?? [])].sort((x, y) => figureRank.get(x)! - figureRank.get(y)!);
    const figures = ids.map((id) => figureViews.get(id)!);
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    // an event view shows the event, its figures (views, and the figures compared), its sources' articles and its neighbours
    const inputs = [e, before, after, ids.length, ...figures, ...ids.map((id) => figureById.get(id)), ...e.sources.map((s) => articles.get(s.article))];
    return memoView(memo?.events ?? null, e.id, inputs, () => eventView(e, figures, before, after));
  });

  const perPage = input.eventsPerPage ?? EVENTS_PER_PAGE;
  const eventPages = (events: readonly EventView[], base: string, olderBase = base): EventsPage[] =>
    paginate(orEmptyPage(chunkByMonth(events, (e) => e.date.start.slice(0, 7), perPage)), base, (items) => rangeOf(items.map((e) => e.date.start)), olderBase).map(
      (p: Page<EventView>): EventsPage => ({ number: p.number, url: p.url, permalink: p.permalink, months: groupByMonth(p.items), count: p.items.length, rangeText: p.rangeText, pager: p.pager }),
    );
  const facetPages: FacetPage[][] = [];
  const facet = (type: string, index: LinkView, entries: Array<{ key: string; name: string; filter: string; url: string; slug: string; extra?: string | null; events: EventView[] }>): FacetView[] => {
    const pages: FacetPage[] = [];
    facetPages.push(pages);
    return entries.map((x) => {
      const view: FacetView = { slug: x.slug, url: x.url, name: x.name, filter: x.filter, count: x.events.length, extra: x.extra ?? null, type, index };
      for (const page of eventPages(x.events, x.url)) pages.push({ ...page, facet: view });
      return view;
    });
  };

  const placeGroups = new Map<string, { view: PlaceView; events: EventView[] }>();
  const actorGroups = new Map<string, { view: ActorView; events: EventView[] }>();
  for (const v of views) {
    if (v.place) {
      const g = placeGroups.get(v.place.key) ?? { view: v.place, events: [] };
      g.events.push(v);
      placeGroups.set(v.place.key, g);
    }
    for (const a of v.actors) {
      const g = actorGroups.get(a.key) ?? { view: a, events: [] };
      // Events arrive in order: an actor named twice in one event is already last.
      if (g.events[g.events.length - 1] !== v) g.events.push(v);
      actorGroups.set(a.key, g);
    }
  }
  const byName = (a: { name: string; key: string }, b: { name: string; key: string }): number => compare(a.name, b.name) || compare(a.key, b.key);

  const places = facet(
    'مكان',
    { url: '/places/', text: 'الأماكن' },
    [...placeGroups.values()]
      .map((g) => ({ key: g.view.key, name: g.view.name, slug: g.view.slug, url: g.view.url, filter: `place:${g.view.slug}`, extra: g.view.countryName, events: g.events }))
      .sort(byName),
  );
  const actors = facet(
    'طرف',
    { url: '/actors/', text: 'الأطراف' },
    [...actorGroups.values()]
      .map((g) => ({ key: g.view.key, name: g.view.name, slug: g.view.slug, url: g.view.url, filter: `actor:${g.view.slug}`, events: g.events }))
      .sort(byName),
  );
  const byKind = groupBy(views, (v) => v.kind);
  const kinds = facet(
    'نوع',
    { url: '/', text: 'الخط الزمني' },
    EVENT_KINDS.filter((k) => byKind.has(k)).map((k) => ({ key: k, name: labels.eventKinds[k].plural, slug: k, url: `/kinds/${k}/`, filter: `kind:${k}`, extra: labels.eventKinds[k].note, events: byKind.get(k)! })),
  );
  const byCountry = groupBy(views.filter((v) => v.place !== null), (v) => v.place!.country);
  const countries = facet(
    'بلد',
    { url: '/places/', text: 'الأماكن' },
    [...byCountry.keys()].sort().map((c) => ({ key: c, name: labels.countries[c] ?? c, slug: c.toLowerCase(), url: `/countries/${c.toLowerCase()}/`, filter: `country:${c.toLowerCase()}`, events: byCountry.get(c)! })),
  );

  // Per article: its events (in timeline order), their sources in this article (same order), and its figures, indexed once.
  const eventsOfArticle = new Map<string, number[]>();
  const sourcesOfArticle = new Map<string, OwnSource[]>();
  sorted.forEach((e, i) => {
    for (const s of e.sources) {
      const own = sourcesOfArticle.get(s.article);
      if (own) own.push({ source: s, event: e });
      else sourcesOfArticle.set(s.article, [{ source: s, event: e }]);
      const list = eventsOfArticle.get(s.article);
      if (!list) eventsOfArticle.set(s.article, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const figuresOfArticle = groupBy(sortedFigures, (f) => f.source.article);

  /** One article's view (its events and figures in the order shown). */
  const articleView = (a: Article, doc: ArticleDoc | undefined, own: EventView[], figures: Figure[], mentions: readonly DateMention[]): ArticleView => {
    const ownSources = sourcesOfArticle.get(a.id) ?? [];
    const dates = [...mentions].sort((x, y) => x.start - y.start || x.end - y.end);
    const dateNotes: DateNote[] = dates.map((d) => {
      const ev = ownSources.find(({ source: s }) => s.start <= d.start && d.end <= s.end)?.event;
      return {
        id: `d-${d.start}-${d.end}`,
        markId: `m-d-${d.start}-${d.end}`,
        quote: d.quote,
        text: formatSpan(d.span),
        datetime: datetimeOf(d.span),
        explanation: d.explanation,
        rule: d.rule,
        event: ev ? eventLink(ev) : null,
      };
    });
    const marks: BodyMark[] = [
      ...dates.map((d, i): BodyMark => {
        const note = dateNotes[i]!;
        return { start: d.start, end: d.end, kind: 'date', id: note.markId, label: `تاريخ: ${note.text}`, href: note.event?.url ?? `#${note.id}` };
      }),
      ...figures.map((f): BodyMark => {
        const ev = f.event ? eventById.get(f.event) : undefined;
        return { start: f.source.start, end: f.source.end, kind: 'figure', id: figureMarkId(f), label: `رقم: ${figureText(f)}`, href: ev ? eventUrl(ev.id) : `#f-${safeSlug(f.id)}` };
      }),
      ...placeMarks(ownSources, doc?.body ?? '', labels),
    ];
    const anchors: BodyAnchor[] = [];
    const seen = new Set<number>();
    for (const { source: s } of ownSources) {
      if (seen.has(s.start)) continue;
      seen.add(s.start);
      anchors.push({ start: s.start, end: s.end, id: `s-${s.start}` });
    }
    return {
      id: a.id,
      slug: safeSlug(a.id),
      url: articleUrl(a.id),
      permalink: `articles/${safeSlug(a.id)}/index.html`,
      title: a.title,
      outlet: a.outlet,
      original: a.url !== null && /^https?:\/\//iu.test(a.url) ? a.url : null,
      published: a.published.slice(0, 10),
      publishedText: /^\d{4}-\d{2}-\d{2}/u.test(a.published) ? formatDay(a.published.slice(0, 10)) : a.published,
      html: doc ? bodyHtml(a.id, doc.body, dedupeMarks(marks), anchors, memo?.bodies ?? null) : '',
      dates: dateNotes,
      figures: figures.map((f) => figureViews.get(f.id)!),
      events: own.map(({ url, summary, kindLabel, times, dateText }): ArticleEventView => ({ url, summary, kindLabel, times, dateText })),
      jsonLd: jsonLdScript(newsArticleJsonLd(a, { path: articleUrl(a.id), ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}) })),
    };
  };
  const articleViews: ArticleView[] = [...timeline.articles]
    .sort((a, b) => compare(a.published, b.published) || compare(a.id, b.id))
    .map((a) => {
      const doc = docs.get(a.id);
      const indices = eventsOfArticle.get(a.id) ?? [];
      const own = indices.map((i) => views[i]!);
      const figures = [...(figuresOfArticle.get(a.id) ?? [])].sort((x, y) => x.source.start - y.source.start || compare(x.id, y.id));
      const mentions = input.dates.get(a.id);
      // an article view shows the article, its body and dates, its events (views, and the events its sentences report), its figures (and their events)
      const inputs = [a, doc, mentions, input.siteUrl, indices.length, ...own, ...indices.map((i) => sorted[i]), figures.length, ...figures, ...figures.map((f) => figureViews.get(f.id)), ...figures.map((f) => (f.event ? eventById.get(f.event) : undefined))];
      return memoView(memo?.articles ?? null, a.id, inputs, () => articleView(a, doc, own, figures, mentions ?? []));
    });
  const outletSet = new Set(timeline.articles.map((a) => a.outlet ?? `article:${a.id}`));
  const timelinePages = eventPages(views, '/', '/timeline/');
  const listed = articleViews.map((view) => {
    let entry = memo?.listed.get(view);
    if (!entry) {
      const { id, url, title, outlet, published, publishedText } = view;
      entry = { id, url, title, outlet, published, publishedText };
      memo?.listed.set(view, entry);
    }
    return entry;
  });
  const articleChunks: ArticleListView[][] = [];
  for (let i = 0; i < listed.length; i += input.articlesPerPage ?? ARTICLES_PER_PAGE) articleChunks.push(listed.slice(i, i + (input.articlesPerPage ?? ARTICLES_PER_PAGE)));
  const articlePages = paginate(orEmptyPage(articleChunks), '/articles/', (items) => rangeOf(items.map((a) => a.published))).map(
    (p): ArticlesPage => ({ number: p.number, url: p.url, permalink: p.permalink, articles: p.items, rangeText: p.rangeText, pager: p.pager }),
  );
  const figureList = sortedFigures.map((f) => figureViews.get(f.id)!);
  const figurePages = paginate(orEmptyPage(chunkByMonth(figureList, (f) => f.asOf.slice(0, 7), input.figuresPerPage ?? FIGURES_PER_PAGE)), '/figures/', (items) => rangeOf(items.map((f) => f.asOf))).map(
    (p): FiguresPage => ({ number: p.number, url: p.url, permalink: p.permalink, figures: p.items, rangeText: p.rangeText, pager: p.pager }),
  );
  const [placePages = [], actorPages = [], kindPages = [], countryPages = []] = facetPages;
  if (memo) {
    memo.timeline = timeline;
    for (const views of [memo.figures, memo.events, memo.articles] as ViewMemo<unknown>[]) endBuild(views);
    for (const id of memo.bodies.keys()) if (!articles.has(id)) memo.bodies.delete(id);
  }
  return {
    labels,
    months: groupByMonth(views),
    timelinePages,
    filterable: timelinePages.length <= 1,
    placePages,
    actorPages,
    kindPages,
    countryPages,
    articlePages,
    figurePages,
    downloads: downloads(),
    datasetLd: jsonLdScript(
      datasetJsonLd(timeline, {
        name: `${labels.site.name}: الأحداث والأرقام`,
        description: `${labels.site.tagline}: كل حدث وكل رقم مع الجملة التي قُرئ منها، مستخرجة آليًا من نصوص المقالات.`,
        path: '/downloads/',
        ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}),
      }),
    ),
    events: views,
    articles: articleViews,
    places,
    actors,
    kinds,
    countries,
    counts: { events: views.length, articles: articleViews.length, figures: timeline.figures.length, outlets: outletSet.size },
  };
}

/** A list always has a first page, if empty. */
function orEmptyPage<T>(chunks: T[][]): T[][] {
  return chunks.length > 0 ? chunks : [[]];
}

/** The months that days (in order) span, in words; '' for none or for text that is not a date. */
function rangeOf(days: readonly string[]): string {
  const first = days[0]?.slice(0, 7) ?? '';
  const last = days[days.length - 1]?.slice(0, 7) ?? '';
  return /^\d{4}-\d{2}$/u.test(first) && /^\d{4}-\d{2}$/u.test(last) ? monthRangeText(first, last) : '';
}

/** Items grouped by a key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function figureMarkId(f: Figure): string {
  return `m-f-${f.source.start}-${safeSlug(f.id)}`;
}

function groupByMonth(events: readonly EventView[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const e of events) {
    const key = e.date.start.slice(0, 7);
    let group = groups[groups.length - 1];
    if (!group || group.key !== key) {
      group = { key, text: formatMonth(e.date.start), events: [] };
      groups.push(group);
    }
    group.events.push(e);
  }
  return groups;
}

/** The bounds a figure allows, for people who compare ("61 فأكثر", "20–99"). */
function boundsText(f: Figure): string {
  if ((f.min === null && f.max === null) || f.min === f.max) return '';
  if (f.max === null) return `${formatNumber(f.min ?? 0)} فأكثر`;
  if (f.min === f.max) return formatNumber(f.max);
  return `${formatNumber(f.min ?? 0)}–${formatNumber(f.max)}`;
}

/**
 * Groups an event's figures by kind and side; a group whose figures read
 * differently (other value, bounds or qualifier) is a disagreement shown
 * side by side. Running tallies of the same kind from other events are not
 * pulled in: only what this event's sources say.
 */
function compareFigures(figures: readonly FigureView[], byId: ReadonlyMap<string, Figure>, labels: Labels): FigureComparison[] {
  const groups = new Map<string, FigureView[]>();
  for (const view of figures) {
    const f = byId.get(view.id)!;
    const key = `${f.kind}|${f.side}`;
    const group = groups.get(key);
    if (group) group.push(view);
    else groups.set(key, [view]);
  }
  const out: FigureComparison[] = [];
  for (const [key, views] of [...groups].sort((a, b) => compare(a[0], b[0]))) {
    const readings = new Set(views.map((v) => {
      const f = byId.get(v.id)!;
      return `${f.value}|${f.min}|${f.max}|${f.qualifier}`;
    }));
    if (readings.size < 2) continue;
    const [kind] = key.split('|') as [Figure['kind']];
    out.push({ label: labels.figureKinds[kind].label, figures: views });
  }
  return out;
}

/** Marks an event's place where its name stands in one of the event's source sentences. */
/** One source sentence of an article, with the event it reports. */
interface OwnSource {
  source: Source;
  event: TimelineEvent;
}

/** The event places named inside an article's own source sentences. */
function placeMarks(sources: readonly OwnSource[], body: string, labels: Labels): BodyMark[] {
  const marks: BodyMark[] = [];
  for (const { source: s, event: e } of sources) {
    if (!e.place) continue;
    const at = body.slice(s.start, s.end).indexOf(e.place.name);
    if (at < 0) continue;
    const start = s.start + at;
    const slug = safeSlug(placeKey(e.place));
    marks.push({ start, end: start + e.place.name.length, kind: 'place', id: `m-p-${start}-${start + e.place.name.length}`, label: `مكان: ${e.place.name}، ${labels.countries[e.place.country] ?? e.place.country}`, href: `/places/${slug}/` });
  }
  return marks;
}

function dedupeMarks(marks: readonly BodyMark[]): BodyMark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = `${m.kind}|${m.start}|${m.end}`;
    if (seen.has(key) || m.end <= m.start) return false;
    seen.add(key);
    return true;
  });
}
