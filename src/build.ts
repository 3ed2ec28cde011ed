/**
 * The pipeline, stage by stage. This is the one file that lists the stages
 * in order; each stage lives in its own folder behind an `index.ts`.
 *
 *   read      content/*.md → article, body, sentences          src/read/
 *   dates     date expressions resolved against `published`   src/dates/
 *   figures   counts with qualifiers, normalised              src/extract/figures/
 *   events    dated events per article                        src/extract/events/
 *   merge     one happening across articles → one event       src/merge/
 *   correct   the editors' corrections file, applied           src/corrections/
 *   validate  timeline.json against the contract's schema     src/model/
 *   render    the static site, by Eleventy                    src/site/
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDates, type DateMention } from './dates/index.js';
import { extractEvents, type ArticleEvent } from './extract/events/index.js';
import { extractFigures } from './extract/figures/index.js';
import { lexiconMessages } from './lexicon/index.js';
import { extractionKey, openExtractionCache } from './cache/index.js';
import { applyCorrections, correctionsPathFor, type CorrectionsResult } from './corrections/index.js';
import { mergeEvents, type MergeMemo } from './merge/index.js';
import { validateTimeline, type Figure, type Timeline, type ValidItems } from './model/index.js';
import { openAtomicOutput } from './output/index.js';
import { readArticles, type ArticleDoc, type ArticleReader } from './read/index.js';
import { compareMessages, type Message } from './report/index.js';
import { renderSite } from './site/index.js';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Any article error fails the whole build (exit 1, nothing written). */
  strict?: boolean;
  /** Render the site (default); false writes only the data. */
  site?: boolean;
  /** The corrections file; default `content/corrections.yaml` beside the content folder, when it exists. */
  corrections?: string;
  /** The extraction cache folder; null for none. Default: none (the command line defaults to `.khatt-cache`). */
  cacheDir?: string | null;
  /** Build the Pagefind search index with the site (default true). */
  search?: boolean;
}

export interface BuildResult {
  /** 0 all good; 2 some articles left out with errors, the rest built; 1 nothing written. */
  exitCode: 0 | 1 | 2;
  messages: Message[];
  timeline: Timeline | null;
  /** How many articles' extraction came from the cache. */
  cached: number;
}

/** What one article yields: the unit of extraction (and of caching). */
export interface ArticleExtraction {
  dates: DateMention[];
  figures: Figure[];
  events: ArticleEvent[];
}

/** Runs the per-article stages on one article. */
export function extractArticle(doc: ArticleDoc): ArticleExtraction {
  const dates = resolveDates(doc);
  const figures = extractFigures(doc, dates);
  const events = extractEvents(doc, dates, figures);
  return { dates, figures, events };
}

export interface ExtractedTimeline {
  docs: ArticleDoc[];
  extractions: Map<string, ArticleExtraction>;
  timeline: Timeline;
  corrections: CorrectionsResult;
  messages: Message[];
  /** How many articles' extraction came from the cache. */
  cached: number;
}

/** The default corrections file, when it exists. */
export function defaultCorrectionsFile(contentDir: string): string | null {
  const path = correctionsPathFor(contentDir);
  return existsSync(path) ? path : null;
}

/** Where per-article extraction is cached between builds, unless told otherwise. */
export const DEFAULT_CACHE_DIR = '.khatt-cache';

/**
 * How a long-running build (the watch mode) keeps work between rebuilds:
 * an article file unchanged on disk is not read again, an article read
 * before is not extracted again, and an event or figure the merge makes as
 * it made it last time is the last time's object (`MergeMemo`).
 */
export interface BuildMemo {
  read: ArticleReader;
  extract: (doc: ArticleDoc) => ArticleExtraction;
  merge?: MergeMemo;
}

/**
 * Runs the per-article stages on every article, from the on-disk cache
 * when `cacheDir` is given and the article and rules are unchanged. New
 * entries are written only when every lexicon loaded cleanly.
 */
function extractAll(docs: readonly ArticleDoc[], cacheDir: string | null, extract: (doc: ArticleDoc) => ArticleExtraction): { extractions: Map<string, ArticleExtraction>; cached: number } {
  const extractions = new Map<string, ArticleExtraction>();
  const cache = cacheDir === null ? null : openExtractionCache<ArticleExtraction>(cacheDir);
  const fresh: [string, ArticleExtraction][] = [];
  for (const doc of docs) {
    const key = cache ? extractionKey(doc.article.id, doc.anchor, doc.body) : '';
    let extraction = cache?.get(key);
    if (!extraction) {
      extraction = extract(doc);
      if (cache) fresh.push([key, extraction]);
    }
    extractions.set(doc.article.id, extraction);
  }
  if (cache && !lexiconMessages().some((m) => m.severity === 'error')) for (const [key, value] of fresh) cache.set(key, value);
  return { extractions, cached: cache?.stats().hits ?? 0 };
}

/** Reads, extracts, merges and corrects: everything up to a timeline. */
export function extractTimeline(
  contentDir: string,
  correctionsFile: string | null = defaultCorrectionsFile(contentDir),
  cacheDir: string | null = null,
  memo: BuildMemo | null = null,
): ExtractedTimeline {
  const { docs, messages } = readArticles(contentDir, process.cwd(), memo?.read);
  const { extractions, cached } = extractAll(docs, cacheDir, memo?.extract ?? extractArticle);
  const all = [...extractions.values()];
  const merged = mergeEvents(all.flatMap((x) => x.events), all.flatMap((x) => x.figures), memo?.merge ?? null);
  const corrections = applyCorrections(
    {
      version: 1,
      articles: docs.map((d) => d.article).sort((a, b) => compareStrings(a.id, b.id)),
      events: merged.events,
      figures: merged.figures,
    },
    correctionsFile,
  );
  messages.push(...lexiconMessages(), ...corrections.messages);
  return { docs, extractions, cached, timeline: corrections.timeline, corrections, messages: messages.sort(compareMessages) };
}

/**
 * Whether an extraction may be written: null when it may, else the result
 * that says why not (lexicon errors; article errors under `strict`; a
 * timeline that fails the contract's schema). With `valid` (the watch mode),
 * items found valid by an earlier call are not checked against the schema
 * again (`ValidItems`).
 */
export function refusal(extracted: ExtractedTimeline, strict: boolean, valid: ValidItems | null = null): BuildResult | null {
  const { docs, timeline, messages, cached } = extracted;
  const lexiconErrors = lexiconMessages().some((m) => m.severity === 'error');
  const articleErrors = messages.some((m) => m.severity === 'error');
  if (lexiconErrors || (strict && articleErrors)) return { exitCode: 1, messages, timeline: null, cached };
  const bodies = new Map(docs.map((d) => [d.article.id, d.body]));
  const problems = validateTimeline(timeline, bodies, valid);
  if (problems.length === 0) return null;
  const internal = problems.map((reason): Message => ({ file: 'timeline.json', place: null, reason, ruleId: 'build:schema', severity: 'error' }));
  return { exitCode: 1, messages: [...messages, ...internal], timeline: null, cached };
}

/** `data/timeline.json` as every build writes it. */
export function writeTimeline(outDir: string, timeline: Timeline): void {
  mkdirSync(join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, 'data', 'timeline.json'), `${JSON.stringify(timeline, null, 2)}\n`);
}

/**
 * Extracts, checks and writes a build: `data/timeline.json` and (unless
 * `site: false`) the site, all at once into `outDir`.
 *
 * Not async itself: an async function keeps its locals while it waits, and
 * the read articles and their extraction (a third of the memory at 4,000
 * articles) are not needed once the site is prepared (`renderSite` lets go
 * of them before Eleventy's run).
 */
export function build(options: BuildOptions): Promise<BuildResult> {
  try {
    const extracted = extractTimeline(options.contentDir, options.corrections ?? defaultCorrectionsFile(options.contentDir), options.cacheDir ?? null);
    const refused = refusal(extracted, options.strict ?? false);
    if (refused) return Promise.resolve(refused);
    const { docs, extractions, timeline, messages, cached } = extracted;
    const result: BuildResult = { exitCode: messages.some((m) => m.severity === 'error') ? 2 : 0, messages, timeline, cached };
    const output = openAtomicOutput(options.outDir);
    let rendered: Promise<void>;
    try {
      writeTimeline(output.dir, timeline);
      rendered = options.site !== false ? renderSite({ timeline, docs, extractions, extracted, outDir: output.dir, search: options.search !== false }) : Promise.resolve();
    } catch (error) {
      output.abandon();
      throw error;
    }
    return committed(rendered, output, result);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The output folder put in place once the site is written (and abandoned if writing it failed). */
async function committed(rendered: Promise<void>, output: ReturnType<typeof openAtomicOutput>, result: BuildResult): Promise<BuildResult> {
  try {
    await rendered;
    output.commit();
  } catch (error) {
    output.abandon();
    throw error;
  }
  return result;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
