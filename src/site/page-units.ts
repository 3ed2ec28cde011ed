/**
 * Every page the site's templates write, with a digest of everything it is
 * rendered from: the watch mode renders again only the pages whose digest
 * changed, and removes the pages that are gone.
 *
 * A page is rendered from its template, the data Eleventy paginates it over
 * (its item), the parts of the site model and graphics the template reads,
 * and what the layout reads on every page. `SITE_TEMPLATES` lists what each
 * template reads; `page-units.test.ts` checks that list against the
 * templates' text, so a template that starts reading something new fails
 * the test until the list says so.
 */
import { createHash } from 'node:crypto';
import type { ReviewPage } from './review-pages.js';
import type { SiteModel } from './site-model.js';

/** The HTML the site's graphics add: the figures page's charts, the overview map, each event's locator map. */
export interface SiteGraphics {
  figures: string[];
  map: string;
  locators: Record<string, string>;
}

/** What templates can read: the site model (`khatt`), the graphics and the review pages. */
export interface SiteData {
  model: SiteModel;
  graphics: SiteGraphics;
  review: ReviewPage[];
}

/** The lists templates paginate over (Eleventy's `pagination.data: pages.<name>`). */
export interface PageLists {
  events: SiteModel['events'];
  articles: SiteModel['articles'];
  timelinePages: SiteModel['timelinePages'];
  articlePages: SiteModel['articlePages'];
  placePages: SiteModel['placePages'];
  actorPages: SiteModel['actorPages'];
  kindPages: SiteModel['kindPages'];
  countryPages: SiteModel['countryPages'];
  review: ReviewPage[];
}

interface TemplateReads {
  /** The names the template uses of `khatt.…` and `graphics.…`: checked against its text by the test. */
  names: readonly string[];
  /** Those values (or the part of them the template shows): what the page's digest covers beside its item. */
  values: (data: SiteData) => unknown;
}

interface PaginatedTemplate extends TemplateReads {
  template: string;
  list: keyof PageLists;
  /** The output path of one item's page (the template's permalink). */
  path: (item: never) => string;
  /** Data the page reads that is keyed by its item. */
  extra?: (item: never, data: SiteData) => unknown;
}

interface SingleTemplate extends TemplateReads {
  template: string;
  path: string;
}

const none: TemplateReads = { names: [], values: () => null };

/** What the layout (`_includes/base.njk`) reads: part of every page. */
export const LAYOUT_READS: TemplateReads = {
  names: ['khatt.labels.site'],
  values: ({ model }) => model.labels.site,
};

/** Every template of `templates/`, what it paginates over and what it reads. */
export const SITE_TEMPLATES: { paginated: readonly PaginatedTemplate[]; single: readonly SingleTemplate[] } = {
  paginated: [
    {
      template: 'event.njk',
      list: 'events',
      path: (e: { slug: string }) => `events/${e.slug}/index.html`,
      extra: (e: { id: string }, { graphics }) => graphics.locators[e.id] ?? null,
      names: ['graphics.locators'],
      values: () => null,
    },
    { template: 'article.njk', list: 'articles', path: (a: { slug: string }) => `articles/${a.slug}/index.html`, ...none },
    {
      template: 'index.njk',
      list: 'timelinePages',
      path: (p: { permalink: string }) => p.permalink,
      names: ['khatt.events', 'khatt.filterable', 'khatt.kinds', 'khatt.countries', 'khatt.actors', 'khatt.articlePages', 'khatt.articles', 'khatt.counts', 'khatt.labels'],
      values: ({ model: m }) => [
        m.counts,
        m.labels.site.tagline,
        m.events.length,
        m.filterable,
        m.kinds,
        m.countries,
        m.actors,
        m.articlePages.length,
        // the article list shows only when all articles fit on one page
        m.articlePages.length === 1 ? m.articles.map((a) => [a.url, a.title, a.outlet, a.published, a.publishedText]) : null,
      ],
    },
    { template: 'articles.njk', list: 'articlePages', path: (p: { permalink: string }) => p.permalink, names: ['khatt.counts.articles'], values: ({ model }) => model.counts.articles },
    { template: 'place.njk', list: 'placePages', path: (p: { permalink: string }) => p.permalink, ...none },
    { template: 'actor.njk', list: 'actorPages', path: (p: { permalink: string }) => p.permalink, ...none },
    { template: 'kind.njk', list: 'kindPages', path: (p: { permalink: string }) => p.permalink, ...none },
    { template: 'country.njk', list: 'countryPages', path: (p: { permalink: string }) => p.permalink, ...none },
    { template: 'review.njk', list: 'review', path: (p: { permalink: string }) => p.permalink, ...none },
  ],
  single: [
    { template: 'about.njk', path: 'about/index.html', names: ['khatt.counts.articles', 'khatt.labels'], values: ({ model }) => [model.counts.articles, model.labels] },
    { template: 'actors.njk', path: 'actors/index.html', names: ['khatt.actors'], values: ({ model }) => model.actors },
    { template: 'downloads.njk', path: 'downloads/index.html', names: ['khatt.datasetLd', 'khatt.downloads'], values: ({ model }) => [model.datasetLd, model.downloads] },
    { template: 'figures.njk', path: 'figures/index.html', names: ['khatt.figures', 'graphics.figures'], values: ({ model, graphics }) => [model.figures, graphics.figures] },
    { template: 'map.njk', path: 'map/index.html', names: ['khatt.places', 'graphics.map'], values: ({ model, graphics }) => [model.places.length, graphics.map] },
    { template: 'places.njk', path: 'places/index.html', names: ['khatt.countries', 'khatt.places'], values: ({ model }) => [model.countries, model.places] },
    { template: 'search.njk', path: 'search/index.html', ...none },
    { template: '404.njk', path: '404.html', ...none },
  ],
};

/** The full lists of a site, as a full build paginates them. */
export function pageLists({ model, review }: SiteData): PageLists {
  const { events, articles, timelinePages, articlePages, placePages, actorPages, kindPages, countryPages } = model;
  return { events, articles, timelinePages, articlePages, placePages, actorPages, kindPages, countryPages, review };
}

/** One page: its template, where it is written, and the digest of what it is rendered from. */
export interface PageUnit {
  template: string;
  path: string;
  digest: string;
  /** For a paginated template: the item, to hand to Eleventy when the page is rendered again. */
  item?: unknown;
  list?: keyof PageLists;
}

/**
 * @example pageUnits(data).find((u) => u.path === 'about/index.html') // {template: 'about.njk', digest: '…'}
 */
export function pageUnits(data: SiteData): PageUnit[] {
  const lists = pageLists(data);
  const memo = new WeakMap<object, string>();
  const digestOf = (value: unknown): string => digest(value, memo);
  const layout = digestOf(LAYOUT_READS.values(data));
  const units: PageUnit[] = [];
  for (const t of SITE_TEMPLATES.paginated) {
    const reads = digestOf(t.values(data));
    const extra = t.extra as ((item: unknown, d: SiteData) => unknown) | undefined;
    for (const item of lists[t.list] as unknown[]) {
      const path = (t.path as (item: unknown) => string)(item);
      const digest = digestOf([t.template, layout, reads, item, extra ? extra(item, data) : null]);
      units.push({ template: t.template, path, digest, item, list: t.list });
    }
  }
  for (const t of SITE_TEMPLATES.single) units.push({ template: t.template, path: t.path, digest: digestOf([t.template, layout, t.values(data)]) });
  return units;
}

/** What changed between two builds' pages: the pages to render, and the paths of pages that are gone. */
export interface PageChanges {
  render: PageUnit[];
  removed: string[];
}

/**
 * @example changedPages(before, after) // {render: [the edited article's page, its events' pages…], removed: []}
 */
export function changedPages(before: readonly PageUnit[], after: readonly PageUnit[]): PageChanges {
  const old = new Map(before.map((u) => [u.path, u.digest]));
  const now = new Set(after.map((u) => u.path));
  return {
    render: after.filter((u) => old.get(u.path) !== u.digest),
    removed: [...old.keys()].filter((path) => !now.has(path)).sort(),
  };
}

/**
 * A digest of a value, as of its JSON. Pages share most of their data (the
 * same event view sits on its own page, on timeline pages and on facet
 * pages), so each object is summarised once per build and a page's digest
 * is taken over the summaries of its parts, not over its whole text.
 */
function digest(value: unknown, memo: WeakMap<object, string>): string {
  return createHash('sha1').update(summary(value, memo)).digest('base64');
}

/** Past this length an object's summary is replaced by its hash. */
const HASH_FROM = 400;

/** JSON for a small value; a hash for an object whose summary grows long. Same value, same summary. */
function summary(value: unknown, memo: WeakMap<object, string>): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const known = memo.get(value);
  if (known !== undefined) return known;
  const record = value as Record<string, unknown>;
  let flat = true;
  for (const key in record) {
    const v = record[key];
    if (v !== null && typeof v === 'object') {
      flat = false;
      break;
    }
  }
  let text: string;
  if (flat) {
    text = JSON.stringify(value); // a leaf: the engine's own serialiser
  } else if (Array.isArray(value)) {
    text = `[${value.map((v) => summary(v, memo)).join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const key in record) if (record[key] !== undefined) parts.push(`${JSON.stringify(key)}:${summary(record[key], memo)}`);
    text = `{${parts.join(',')}}`;
  }
  if (text.length > HASH_FROM) text = `#${createHash('sha1').update(text).digest('base64')}`;
  memo.set(value, text);
  return text;
}
