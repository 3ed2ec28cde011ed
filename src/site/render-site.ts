/**
 * The static site: the timeline, article, event, place, actor, filter, map,
 * figures, downloads, search and review pages, rendered by Eleventy 3 run
 * programmatically with `templates/` as its input, then the data exports
 * (CSV, Atom, sitemap), the redirect pages of retired event ids and the
 * Pagefind search index. Articles are data handed to the templates, never
 * templates. Output is a function of the content alone: no clock, sorted
 * inputs.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { ArticleExtraction, ExtractedTimeline } from '../build.js';
import { sameInputs } from '../cache/index.js';
import { reviewArticles, reviewMemo, type ArticleReview, type ReviewMemo } from '../check/index.js';
import type { DateMention } from '../dates/index.js';
import type { Figure, Timeline } from '../model/index.js';
import type { ArticleDoc } from '../read/index.js';
import { formatMessage, type Message } from '../report/index.js';
import { attackTallyChart, casualtiesChart, chartWords, graphicHtml, isCasualtyFigure, isTallyFigure, isTroopFigure, troopsChart, type Graphic } from './charts/index.js';
import { atomFeed, DEFAULT_SITE_URL, eventsCsv, figuresCsv, openGraphTags, siteBase, sitemapXml, type LineMemo } from './exports/index.js';
import { siteFilters } from './filters.js';
import { compiledTemplates, nunjucksCompiledOnce, type CompiledOnceHost, type CompiledTemplates } from './nunjucks-compiled-once.js';
import { fragmentMemo, nunjucksMemo, type FragmentMemo, type MemoHost } from './nunjucks-memo.js';
import { locatorMap, overviewMap, placesOf } from './map/index.js';
import { redirectPages } from './redirect-pages.js';
import { REVIEWS_PER_PAGE, reviewPages, type ReviewArticleView, type ReviewPage } from './review-pages.js';
import { indexSite } from './search/index.js';
import { pageLists, SITE_TEMPLATES, type DigestMemo, type PageLists, type PageUnit, type SiteData, type SiteGraphics } from './page-units.js';
import { keepUnchanged, sameValue } from './same-value.js';
import { buildSiteModel, eventUrl, modelMemo, type ModelMemo, type SiteModel } from './site-model.js';
import { sitemapPages } from './sitemap-pages.js';

export interface SiteInput {
  timeline: Timeline;
  docs: readonly ArticleDoc[];
  extractions: ReadonlyMap<string, ArticleExtraction>;
  outDir: string;
  /**
   * The whole extraction (corrections applied, messages), for the editors'
   * review page and the redirects of retired event ids. Without it the
   * review shows the extraction with no corrections and no messages.
   */
  extracted?: ExtractedTimeline;
  /** Base of the absolute addresses (feed, sitemap, JSON-LD, Open Graph); default `KHATT_SITE_URL`, else `https://example.org/`. */
  siteUrl?: string;
  /** Build the Pagefind search index (default true). */
  search?: boolean;
}

/** Eleventy's input folder. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The font files the stylesheet names (Noto Naskh Arabic: the Arabic subset, regular only). */
export const FONT_FILES = ['noto-naskh-arabic-arabic-400-normal.woff2'] as const;

/**
 * The site URL a build uses: the option, else the `KHATT_SITE_URL`
 * environment variable, else the placeholder `https://example.org/`.
 *
 * @example siteUrlOf(undefined) // 'https://example.org/' (KHATT_SITE_URL unset)
 */
export function siteUrlOf(option: string | undefined): string {
  return siteBase(option ?? (process.env.KHATT_SITE_URL || DEFAULT_SITE_URL));
}

/**
 * Everything the pages are rendered from, computed once per build. It
 * keeps nothing of the extraction but the retired event ids: the read
 * articles (sentences, folded text) are not held through Eleventy's run.
 */
export interface PreparedSite extends SiteData {
  timeline: Timeline;
  siteUrl: string;
  /** Retired event id → the id it redirects to (`applyCorrections`). */
  retired: ReadonlyMap<string, string>;
}

/**
 * What the builds of one process (the watch mode) keep of each other, filled
 * as they go: the model's views and bodies (`ModelMemo`), and the last
 * review pages (a page or article review equal to its last build's is kept,
 * the same object, as the model's views are).
 */
export interface SiteMemo {
  model: ModelMemo;
  review: ReviewPage[] | null;
  /** Each article's review and its view on the review pages, kept while what it is made of is unchanged. */
  reviews: { articles: ReviewMemo; views: WeakMap<ArticleReview, ReviewArticleView> };
  /** What each file `writeSiteFiles` writes was last written from (see `writeSiteFiles`); emptied for a new output folder. */
  files: Map<string, readonly unknown[]>;
  graphics: GraphicsMemo;
  /** The page digests of kept objects (`pageUnits`). */
  digests: DigestMemo;
  /** The `{% memo %}` fragments (event cards, figure rows) of kept views, for `renderPages`. */
  fragments: FragmentMemo;
  /** The templates' compiled code, for `renderPages` (a new Eleventy run each build). */
  templates: CompiledTemplates;
  /** The rows of the CSV files and the feed's entries, by the event or figure each shows (`writeSiteFiles`). */
  lines: ExportLines;
}

/** The lines of each export file, kept between builds (see `LineMemo`). */
export interface ExportLines {
  events: LineMemo;
  figures: LineMemo;
  feed: LineMemo;
}

/**
 * The graphics of the last build: the charts with the figures and articles
 * they were drawn from, the overview map with its places, and each locator
 * map by its place (a pure function of the place).
 */
interface GraphicsMemo {
  /** Each chart (in `chartsOf`'s order) with the figures and articles it was drawn from. */
  charts: Array<{ inputs: readonly unknown[]; html: string }>;
  map: { places: unknown; html: string } | null;
  locators: Map<string, string>;
}

/** An empty memo, for the first build of a watch session. */
export function siteMemo(): SiteMemo {
  return { model: modelMemo(), review: null, reviews: { articles: reviewMemo(), views: new WeakMap() }, files: new Map(), graphics: { charts: [], map: null, locators: new Map() }, digests: new WeakMap(), fragments: fragmentMemo(), templates: compiledTemplates(), lines: { events: new WeakMap(), figures: new WeakMap(), feed: new WeakMap() } };
}

/**
 * The site model, graphics and review pages of a timeline.
 *
 * @example const site = prepareSite({timeline, docs, extractions, outDir: 'dist'})
 */
export function prepareSite(input: SiteInput & { memo?: SiteMemo }): PreparedSite {
  const { memo } = input;
  const siteUrl = siteUrlOf(input.siteUrl);
  const dates = new Map<string, readonly DateMention[]>();
  for (const [id, extraction] of input.extractions) dates.set(id, extraction.dates);
  const model = buildSiteModel({ timeline: input.timeline, docs: input.docs, dates, siteUrl, ...(memo ? { memo: memo.model } : {}) });
  const bare = {
    docs: [...input.docs],
    extractions: new Map(input.extractions),
    timeline: input.timeline,
    corrections: { timeline: input.timeline, retired: new Map<string, string>(), applied: [], messages: [] },
    messages: [],
    cached: 0,
  };
  const extracted: ExtractedTimeline = input.extracted ?? bare;
  // the model's timeline: in the watch mode, its unchanged events, figures and articles are the last build's objects
  const timeline = memo?.model.timeline ?? input.timeline;
  // (the same values as the extraction's timeline: the review memo knows the unchanged ones by identity)
  const reviewed = memo ? reviewArticles({ ...extracted, timeline }, memo.reviews.articles) : reviewArticles(extracted);
  const review = keepUnchangedReview(reviewPages(reviewed, REVIEWS_PER_PAGE, memo?.reviews.views ?? null), memo?.review ?? null);
  if (memo) memo.review = review;
  const graphics = graphicsOf(timeline, model, memo?.graphics ?? null);
  return { model, graphics, review, timeline, siteUrl, retired: extracted.corrections.retired };
}

/**
 * Renders the site into `outDir` (which already holds `data/`).
 *
 * @example await renderSite({timeline, docs, extractions, outDir: 'dist'})
 */
export function renderSite(input: SiteInput): Promise<void> {
  // Not async itself: an async function keeps its parameters while it waits, and `input`
  // (the read articles, the extraction) is not needed once the site is prepared.
  return renderPrepared(prepareSite(input), input.outDir, input.search !== false);
}

/** The pages, the other files and (with `search`) the search index of a prepared site. */
async function renderPrepared(site: PreparedSite, outDir: string, search: boolean): Promise<void> {
  await renderPages(site, outDir, null);
  writeSiteFiles(site, outDir);
  if (search) await indexSite(outDir);
}

/**
 * How many pages one Eleventy run renders. Eleventy keeps every page of a
 * run until the run ends: each page's content, rendered before any is
 * written, then the flat copy of its text that writing the file makes (two
 * bytes a character: Arabic text). In one run that was most of the peak
 * memory of a full build (1.48 GB at 4,000 articles, 3.07 GB at 10,000);
 * a run's pages are let go when the next run starts.
 */
export const PAGES_PER_RUN = 1000;

/** A page to render: its template, and for a paginated template the item (a `PageUnit` is one). */
export type PageToRender = Pick<PageUnit, 'template' | 'item'>;

/**
 * Runs Eleventy over `templates/`: every page, or only `only` (the pages
 * whose digest changed, see `page-units.ts`), `PAGES_PER_RUN` pages a run;
 * templates with nothing to render in a run are left out of it. The runs
 * share the `{% memo %}` fragments and the compiled templates; with `kept`
 * (the watch mode), those of the last builds are used again.
 */
export async function renderPages(site: PreparedSite, outDir: string, only: readonly PageToRender[] | null, kept: Pick<SiteMemo, 'fragments' | 'templates'> | null = null): Promise<void> {
  const pages = only ?? everyPage(site);
  const shared = kept ?? { fragments: fragmentMemo(), templates: compiledTemplates() };
  for (let i = 0; i < pages.length; i += PAGES_PER_RUN) await renderRun(site, outDir, pages.slice(i, i + PAGES_PER_RUN), shared);
}

/** Every page of the site, in `SITE_TEMPLATES`' order. */
function everyPage(site: PreparedSite): PageToRender[] {
  const lists = pageLists(site);
  const pages: PageToRender[] = [];
  for (const t of SITE_TEMPLATES.paginated) for (const item of lists[t.list] as unknown[]) pages.push({ template: t.template, item });
  for (const t of SITE_TEMPLATES.single) pages.push({ template: t.template });
  return pages;
}

/** One Eleventy run over `pages`: each list keeps just the items of those pages; templates with none are left out. */
async function renderRun(site: PreparedSite, outDir: string, pages: readonly PageToRender[], kept: Pick<SiteMemo, 'fragments' | 'templates'>): Promise<void> {
  const { model, graphics, siteUrl } = site;
  const picked = new Set(pages.map((u) => u.item));
  const lists = Object.fromEntries(Object.entries(pageLists(site)).map(([name, items]) => [name, items.filter((item: unknown) => picked.has(item))])) as unknown as PageLists;
  const wanted = new Set(pages.map((u) => u.template));
  const skip = [...SITE_TEMPLATES.paginated, ...SITE_TEMPLATES.single].map((t) => t.template).filter((t) => !wanted.has(t));
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
    quietMode: true,
    config(config: EleventyUserConfig) {
      config.setTemplateFormats(['njk']);
      config.setUseGitIgnore(false);
      // `**/` patterns: Eleventy matches ignores against paths relative to the working folder, which may be anywhere
      for (const template of skip) config.ignores.add(`**/${template}`);
      // Frozen (shallow copies): Eleventy copies each plain object of the data, all the way down, into each
      // paginated template's data, unless it is frozen (the labels, the locator maps of thousands of events…).
      config.addGlobalData('khatt', Object.freeze({ ...model }));
      config.addGlobalData('graphics', Object.freeze({ ...graphics }));
      config.addGlobalData('pages', Object.freeze({ ...lists }));
      config.addPlugin((c: CompiledOnceHost) => nunjucksCompiledOnce(c, { kept: kept.templates }));
      config.addPlugin(siteFilters);
      config.addPlugin((c: MemoHost) => nunjucksMemo(c, kept.fragments)); // {% memo key %}: an event card rendered once per build (or per watch session)
      config.addFilter('ogTags', (title: string, path: string, type?: 'website' | 'article', published?: string) =>
        openGraphTags({ title, path, siteUrl, siteName: model.labels.site.name, description: model.labels.site.tagline, ...(type ? { type } : {}), ...(published ? { publishedTime: published } : {}) }),
      );
      config.addFilter('messageText', (message: Message) => formatMessage(message));
    },
  });
  await eleventy.write();
}

/**
 * The assets, the redirect pages of retired event ids, and the exports (CSV,
 * Atom, sitemap). With `written` (the watch mode, writing again into the same
 * folder), a file is written only when what it is made of changed since it
 * was last written there: the assets never (they are read once per process);
 * the CSV files and the feed when an event, figure or article they show is
 * not the same object as last time (the model's timeline keeps unchanged
 * ones, see `ModelMemo`); the sitemap when the pages or redirects changed.
 * With `lines`, the rows and entries of unchanged events and figures are
 * kept from the last build.
 */
export function writeSiteFiles(site: PreparedSite, outDir: string, written: Map<string, readonly unknown[]> | null = null, lines: ExportLines | null = null): void {
  const changed = (file: string, inputs: readonly unknown[]): boolean => {
    const last = written?.get(file);
    written?.set(file, inputs);
    return !last || !sameInputs(last, inputs);
  };
  if (changed('assets/', [])) copyAssets(outDir);
  const live = new Set(site.timeline.events.map((e) => e.id));
  const redirects = redirectPages(site.retired, live, site.model.labels.site.name);
  for (const page of redirects) {
    mkdirSync(join(outDir, dirname(page.file)), { recursive: true });
    writeFileSync(join(outDir, page.file), page.html);
  }
  writeExports(site, outDir, new Set(redirects.map((r) => r.file)), changed, lines);
}

/** Review pages and their articles that equal the last build's are kept, the same objects, as the model's views are (`ModelMemo`). */
function keepUnchangedReview(pages: ReviewPage[], previous: readonly ReviewPage[] | null): ReviewPage[] {
  if (!previous) return pages;
  const keepArticle = keepUnchanged(previous.flatMap((p) => p.articles), (a) => a.id);
  const keepPage = keepUnchanged(previous, (p) => p.permalink);
  return pages.map((page) => keepPage({ ...page, articles: page.articles.map(keepArticle) }));
}

/**
 * The charts of the figures page, the overview map and each event's locator
 * map, as HTML. With a memo (the watch mode), a chart is drawn again only
 * when a figure it shows or an article is not the same object as last time
 * (see `ModelMemo`), the map when its places changed, a locator map once per place.
 */
function graphicsOf(timeline: Timeline, model: SiteModel, memo: GraphicsMemo | null): SiteGraphics {
  const words = { dataLabel: chartWords().dataLabel };
  const placeUrls = new Map<string, string>();
  for (const e of model.events) if (e.place) placeUrls.set(e.place.key, e.place.url);
  // placesOf keys a place by its gazetteer id, else country and name; the site by id, else name and country.
  const placeHref = (key: string): string | null => placeUrls.get(key) ?? placeUrls.get(key.replace(/^([A-Z]{2}):(.*)$/su, '$2|$1')) ?? null;
  const articleUrls = new Map(model.articles.map((a) => [a.id, a.url]));
  const articleHref = (id: string): string | null => articleUrls.get(id) ?? null;
  const locators: Record<string, string> = {};
  const byPlace = memo?.locators ?? new Map<string, string>(); // many events share a place: each map drawn once
  for (const e of timeline.events) {
    const p = e.place;
    if (!p || typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    const key = JSON.stringify([p.name, p.country, p.lat, p.lon]);
    let html = byPlace.get(key);
    if (html === undefined) byPlace.set(key, (html = graphicHtml(locatorMap({ name: p.name, country: p.country, lat: p.lat, lon: p.lon }), words)));
    locators[e.id] = html;
  }
  // each chart is drawn from the figures it shows (and the articles): drawn again only when those are not the same objects
  const charts: Array<{ draws: (f: Figure) => boolean; draw: (figures: readonly Figure[]) => Graphic }> = [
    { draws: isTallyFigure, draw: (figures) => attackTallyChart(figures, timeline.articles, { articleHref }) },
    { draws: isCasualtyFigure, draw: (figures) => casualtiesChart(figures, timeline.articles) },
    { draws: isTroopFigure, draw: (figures) => troopsChart(figures, timeline.articles) },
  ];
  const figures = charts.map((chart, i) => {
    const shown = timeline.figures.filter(chart.draws);
    const inputs = [shown.length, ...shown, ...timeline.articles];
    const last = memo?.charts[i];
    if (last && sameInputs(last.inputs, inputs)) return last.html;
    const html = graphicHtml(chart.draw(shown), words);
    if (memo) memo.charts[i] = { inputs, html };
    return html;
  });
  const places = placesOf(timeline, placeHref);
  const map = memo?.map && sameValue(memo.map.places, places) ? memo.map.html : graphicHtml(overviewMap(places), words);
  if (memo) memo.map = { places, html: map };
  return { figures, map, locators };
}

/** data/events.csv, data/figures.csv, feed.xml and sitemap.xml. */
function writeExports(site: PreparedSite, outDir: string, redirects: ReadonlySet<string>, changed: (file: string, inputs: readonly unknown[]) => boolean, lines: ExportLines | null): void {
  const { timeline, model, siteUrl } = site;
  const { events, figures, articles } = timeline;
  mkdirSync(join(outDir, 'data'), { recursive: true });
  if (changed('data/events.csv', [events.length, ...events, ...articles])) writeFileSync(join(outDir, 'data', 'events.csv'), eventsCsv(timeline, lines?.events ?? null));
  if (changed('data/figures.csv', [figures.length, ...figures, ...articles])) writeFileSync(join(outDir, 'data', 'figures.csv'), figuresCsv(timeline, lines?.figures ?? null));
  if (changed('feed.xml', [siteUrl, events.length, ...events, ...articles])) {
    writeFileSync(
      join(outDir, 'feed.xml'),
      atomFeed(timeline, { siteUrl, title: model.labels.site.name, subtitle: model.labels.site.tagline, eventPath: (e) => eventUrl(e.id) }, lines?.feed ?? null),
    );
  }
  // the pages on disk are those of the lists (and the single templates) and the redirects: walked again only when those changed
  const pages = [...Object.values(pageLists(site)).flatMap((items: Array<{ permalink: string }>) => items.map((item) => item.permalink)), ...SITE_TEMPLATES.single.map((t) => t.path)];
  if (changed('sitemap.xml', [siteUrl, redirects.size, ...[...redirects].sort(), ...pages])) writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(sitemapPages(outDir, redirects), siteUrl));
}

/** Stylesheets, scripts, favicon and the font files, copied as they are. */
function copyAssets(outDir: string): void {
  const assets = join(outDir, 'assets');
  cpSync(join(TEMPLATES_DIR, 'assets'), assets, { recursive: true });
  const css = join(assets, 'site.css');
  writeFileSync(css, minifyCss(readFileSync(css, 'utf8')));
  writeFileSync(join(assets, 'graphics.css'), minifyCss(readFileSync(new URL('./charts/graphics.css', import.meta.url), 'utf8')));
  copyFileSync(new URL('./search/search-client.js', import.meta.url), join(assets, 'search-client.js'));
  copyFileSync(join(TEMPLATES_DIR, 'favicon.svg'), join(outDir, 'favicon.svg'));
  const fonts = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-naskh-arabic/package.json')), 'files');
  mkdirSync(join(assets, 'fonts'), { recursive: true });
  for (const file of FONT_FILES) copyFileSync(join(fonts, file), join(assets, 'fonts', file));
}

/**
 * Drops comments and the whitespace CSS never needs (around braces,
 * semicolons, commas and after colons); spaces inside values and
 * selectors stay.
 *
 * @example minifyCss('a { color: red; }\n/* x *\/') // 'a{color:red}'
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s*([{};,])\s*/gu, '$1')
    .replace(/:\s+/gu, ':')
    .replace(/;\}/gu, "}")
    .trim();
}

/** What this module asks of Eleventy's config object. */
interface EleventyUserConfig {
  setTemplateFormats(formats: string[]): void;
  setUseGitIgnore(use: boolean): void;
  addGlobalData(name: string, value: unknown): void;
  ignores: { add(path: string): unknown };
  addPlugin(plugin: (config: never) => void): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}
