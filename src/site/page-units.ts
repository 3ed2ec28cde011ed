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
  figurePages: SiteModel['figurePages'];
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

/** A template paginated over one of the lists; each item carries its page's `permalink` (the template's permalink is `{{ item.permalink }}`). */
interface PaginatedTemplate extends TemplateReads {
  template: string;
  list: keyof PageLists;
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
      extra: (e: { id: string }, { graphics }) => graphics.locators[e.id] ?? null,
      names: ['graphics.locators'],
      values: () => null,
    },
    { template: 'article.njk', list: 'articles', ...none },
    {
      template: 'index.njk',
      list: 'timelinePages',
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
    { template: 'articles.njk', list: 'articlePages', names: ['khatt.counts.articles'], values: ({ model }) => model.counts.articles },
    {
      template: 'figures.njk',
      list: 'figurePages',
      // the charts (of all figures) are on the newest page only
      extra: (p: { pager: { newer: unknown } }, { graphics }) => (p.pager.newer === null ? graphics.figures : null),
      names: ['graphics.figures'],
      values: () => null,
    },
    { template: 'place.njk', list: 'placePages', ...none },
    { template: 'actor.njk', list: 'actorPages', ...none },
    { template: 'kind.njk', list: 'kindPages', ...none },
    { template: 'country.njk', list: 'countryPages', ...none },
    { template: 'review.njk', list: 'review', ...none },
  ],
  single: [
    { template: 'about.njk', path: 'about/index.html', names: ['khatt.counts.articles', 'khatt.labels'], values: ({ model }) => [model.counts.articles, model.labels] },
    { template: 'actors.njk', path: 'actors/index.html', names: ['khatt.actors'], values: ({ model }) => model.actors },
    { template: 'downloads.njk', path: 'downloads/index.html', names: ['khatt.datasetLd', 'khatt.downloads'], values: ({ model }) => [model.datasetLd, model.downloads] },
    { template: 'map.njk', path: 'map/index.html', names: ['khatt.places', 'graphics.map'], values: ({ model, graphics }) => [model.places.length, graphics.map] },
    { template: 'places.njk', path: 'places/index.html', names: ['khatt.countries', 'khatt.places'], values: ({ model }) => [model.countries, model.places] },
    { template: 'search.njk', path: 'search/index.html', ...none },
    { template: '404.njk', path: '404.html', ...none },
  ],
};

/** The full lists of a site, as a full build paginates them. */
export function pageLists({ model, review }: SiteData): PageLists {
  const { events, articles, timelinePages, articlePages, figurePages, placePages, actorPages, kindPages, countryPages } = model;
  return { events, articles, timelinePages, articlePages, figurePages, placePages, actorPages, kindPages, countryPages, review };
}

/** One page: its template, where it is written, and the digest of what it is rendered from. */
export interface PageUnit {
  template: string;
  path: string;
  digest: string;
  /** For a paginated template: the item, to hand to Eleventy when the page is rendered again. */
  item?: unknown;
}

/**
 * Hashes of objects kept for the builds of one watch session: the views a
 * build keeps from the one before (`site-model.ts`, `previous`) are not
 * hashed again. Only for objects never changed once built.
 */
export type DigestMemo = WeakMap<object, Lanes>;

/**
 * `objects` is the session's memo in the watch mode; by default a new one.
 *
 * @example pageUnits(data).find((u) => u.path === 'about/index.html') // {template: 'about.njk', digest: '…'}
 */
export function pageUnits(data: SiteData, objects: DigestMemo = new WeakMap()): PageUnit[] {
  const lists = pageLists(data);
  const memo: HashMemo = { objects, strings: new Map() };
  const digestOf = (value: unknown): string => digest(value, memo);
  const layout = digestOf(LAYOUT_READS.values(data));
  const units: PageUnit[] = [];
  for (const t of SITE_TEMPLATES.paginated) {
    const reads = digestOf(t.values(data));
    const extra = t.extra as ((item: unknown, d: SiteData) => unknown) | undefined;
    for (const item of lists[t.list] as unknown[]) {
      const path = (item as { permalink: string }).permalink;
      const digest = digestOf([t.template, layout, reads, item, extra ? extra(item, data) : null]);
      units.push({ template: t.template, path, digest, item });
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
 * pages), so each object is hashed once per build, and a page's digest is
 * taken over the hashes of its parts, not over its whole text. The hash has
 * two 32-bit lanes (64 bits: a page whose inputs changed keeps its digest
 * with odds of about 1 in 10^19): short strings are mixed in place, long
 * ones go through the engine's SHA-1; no JSON text is built.
 *
 * @example valueDigest({a: ['b', 1]}) === valueDigest({a: ['b', 1]}) // true
 */
export function valueDigest(value: unknown): string {
  return digest(value, { objects: new WeakMap(), strings: new Map() });
}

function digest(value: unknown, memo: HashMemo): string {
  hashValue(value, memo);
  return `${(laneA >>> 0).toString(36)}.${(laneB >>> 0).toString(36)}`;
}

type Lanes = readonly [number, number];

/** From this length a string is hashed natively. */
const NATIVE_FROM = 96;

const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193;
const PRIME_A = 0x01000193;
const PRIME_B = 0x5bd1e995;

const stepA = (a: number, word: number): number => Math.imul(a ^ word, PRIME_A);
const stepB = (b: number, word: number): number => {
  const x = Math.imul((b ^ word) + 0x9e3779b9, PRIME_B);
  return x ^ (x >>> 15);
};

/**
 * The lanes of the value last hashed: `hashValue` writes its result here
 * instead of returning a pair, so hashing a million strings and numbers
 * allocates nothing. Read them right after the call.
 */
let laneA = 0;
let laneB = 0;

/** A string's lanes: its length, then its UTF-16 code units (a long one through the engine's SHA-1, which is faster per character). */
function hashString(text: string): void {
  if (text.length >= NATIVE_FROM) {
    const bytes = createHash('sha1').update(text).digest();
    laneA = bytes.readInt32LE(0);
    laneB = bytes.readInt32LE(4);
    return;
  }
  let a = stepA(SEED_A, text.length);
  let b = stepB(SEED_B, text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = stepA(a, c);
    b = stepB(b, c);
  }
  laneA = a;
  laneB = b;
}

/** Hashes of objects (by identity) and of long strings already seen in this build. */
interface HashMemo {
  objects: DigestMemo;
  strings: Map<string, Lanes>;
}

/** Tags that keep values of different types apart ('1' and 1, null and 'null'). */
const TAG = { null: 0x6e756c6c, true: 0x74727565, false: 0x66616c73, number: 0x6e756d62, skipped: 0x736b6970, array: 0x61727279, object: 0x6f626a65 } as const;

function hashValue(value: unknown, memo: HashMemo): void {
  switch (typeof value) {
    case 'string': {
      if (value.length < 48) return hashString(value);
      const known = memo.strings.get(value);
      if (known) {
        laneA = known[0];
        laneB = known[1];
        return;
      }
      hashString(value);
      memo.strings.set(value, [laneA, laneB]);
      return;
    }
    case 'number':
      if (Number.isInteger(value) && Math.abs(value) < 2 ** 31) {
        laneA = stepA(stepA(SEED_A, TAG.number), value);
        laneB = stepB(stepB(SEED_B, TAG.number), value);
        return;
      }
      hashString(`number:${String(value)}`);
      return;
    case 'boolean':
      laneA = stepA(SEED_A, value ? TAG.true : TAG.false);
      laneB = stepB(SEED_B, value ? TAG.true : TAG.false);
      return;
    case 'object':
      break;
    default:
      // undefined, a function: JSON leaves them out (or writes null in an array)
      laneA = stepA(SEED_A, TAG.skipped);
      laneB = stepB(SEED_B, TAG.skipped);
      return;
  }
  if (value === null) {
    laneA = stepA(SEED_A, TAG.null);
    laneB = stepB(SEED_B, TAG.null);
    return;
  }
  const known = memo.objects.get(value);
  if (known) {
    laneA = known[0];
    laneB = known[1];
    return;
  }
  let a = SEED_A;
  let b = SEED_B;
  if (Array.isArray(value)) {
    a = stepA(a, TAG.array);
    b = stepB(b, value.length);
    for (const item of value) {
      hashValue(item, memo);
      a = stepA(stepA(a, laneA), laneB);
      b = stepB(stepB(b, laneA), laneB);
    }
  } else {
    a = stepA(a, TAG.object);
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (item === undefined || typeof item === 'function') continue; // as JSON leaves them out
      hashString(key);
      a = stepA(stepA(a, laneA), laneB);
      b = stepB(stepB(b, laneA), laneB);
      hashValue(item, memo);
      a = stepA(stepA(a, laneA), laneB);
      b = stepB(stepB(b, laneA), laneB);
    }
  }
  memo.objects.set(value, [a, b]);
  laneA = a;
  laneB = b;
}
