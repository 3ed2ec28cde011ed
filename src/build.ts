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
import { extractArticle, type ArticleExtraction } from './extract/extract-article.js';
import { lexiconMessages } from './lexicon/index.js';
import { extractionKey, openExtractionCache, type ExtractionCache } from './cache/index.js';
import { applyCorrections, correctionsPathFor, type CorrectionsResult } from './corrections/index.js';
import { mergeEvents } from './merge/index.js';
import { validateTimeline, type Timeline } from './model/index.js';
import { openAtomicOutput } from './output/index.js';
import { readArticle, readArticles, type ArticleDoc, type ArticleReader } from './read/index.js';
import { compareMessages, type Message } from './report/index.js';
import { renderSite } from './site/index.js';
import { DEFAULT_THREADS, PARALLEL_MIN_ARTICLES, startExtractionPool, type ExtractionPool } from './workers/extraction-pool.js';

export { extractArticle, type ArticleExtraction };

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
  /**
   * Threads extraction runs on, the build's own included (default
   * `DEFAULT_THREADS`: one). Worker threads start only when at least
   * `PARALLEL_MIN_ARTICLES` articles need extracting.
   */
  threads?: number;
}

export interface BuildResult {
  /** 0 all good; 2 some articles left out with errors, the rest built; 1 nothing written. */
  exitCode: 0 | 1 | 2;
  messages: Message[];
  timeline: Timeline | null;
  /** How many articles' extraction came from the cache. */
  cached: number;
}

export interface ExtractedTimeline {
  docs: ArticleDoc[];
  extractions: Map<string, ArticleExtraction>;
  timeline: Timeline;
  corrections: CorrectionsResult;
  messages: Message[];
  /** The lexicons' own problems (also in `messages`); an error among them refuses the build. */
  lexicon: Message[];
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
 * before is not extracted again.
 */
export interface BuildMemo {
  read: ArticleReader;
  extract: (doc: ArticleDoc) => ArticleExtraction;
}

/** The articles of a folder, read, with their extractions (in file order) and the lexicons' messages. */
interface ReadAndExtracted {
  docs: ArticleDoc[];
  messages: Message[];
  extractions: Map<string, ArticleExtraction>;
  cached: number;
  lexicon: Message[];
}

/** What reading a folder leaves for extraction: the cache's hits, and the articles still to extract. */
interface ReadPass {
  docs: ArticleDoc[];
  messages: Message[];
  cache: ExtractionCache<ArticleExtraction> | null;
  /** Extractions so far, by article id (the cache's hits first). */
  found: Map<string, ArticleExtraction>;
  /** Cache keys of the articles extracted in this build. */
  keys: Map<string, string>;
  /** Articles read and not yet extracted, in file order. */
  waiting: ArticleDoc[];
}

/**
 * Reads every article, taking extractions from the on-disk cache when
 * `cacheDir` is given and the article and rules are unchanged. Each article
 * that still needs extracting joins `waiting`, and `onWaiting` (if given)
 * sees the list right away, so work can start while the rest is read.
 */
function readPass(contentDir: string, cacheDir: string | null, read: ArticleReader, onWaiting?: (waiting: ArticleDoc[]) => void): ReadPass {
  const cache = cacheDir === null ? null : openExtractionCache<ArticleExtraction>(cacheDir);
  const found = new Map<string, ArticleExtraction>();
  const keys = new Map<string, string>();
  const waiting: ArticleDoc[] = [];
  const readOne: ArticleReader = (path, display) => {
    const result = read(path, display);
    if (!result.ok) return result;
    const doc = result.doc;
    const key = cache ? extractionKey(doc.article.id, doc.anchor, doc.body) : '';
    const hit = cache?.get(key);
    if (hit) {
      found.set(doc.article.id, hit);
      return result;
    }
    if (cache) keys.set(doc.article.id, key);
    waiting.push(doc);
    onWaiting?.(waiting);
    return result;
  };
  const { docs, messages } = readArticles(contentDir, process.cwd(), readOne);
  return { docs, messages, cache, found, keys, waiting };
}

/**
 * Extracts what is still waiting in this thread, puts the extractions in
 * file order, and writes the new ones to the cache when every lexicon
 * loaded cleanly.
 */
function completeExtraction(pass: ReadPass, extract: (doc: ArticleDoc) => ArticleExtraction, lexicon: () => Message[]): ReadAndExtracted {
  const { docs, messages, cache, found, keys, waiting } = pass;
  for (const doc of waiting.splice(0)) found.set(doc.article.id, extract(doc));
  const extractions = new Map<string, ArticleExtraction>();
  for (const doc of docs) extractions.set(doc.article.id, found.get(doc.article.id)!);
  const problems = lexicon();
  if (cache && !problems.some((m) => m.severity === 'error')) for (const [id, key] of keys) cache.set(key, extractions.get(id)!);
  return { docs, messages, extractions, cached: cache?.stats().hits ?? 0, lexicon: problems };
}

function uniqueMessages(messages: readonly Message[]): Message[] {
  const byText = new Map(messages.map((m) => [JSON.stringify(m), m]));
  return [...byText.keys()].sort().map((key) => byText.get(key)!);
}

/** Merges the articles' events and figures, then applies the corrections. */
function timelineOf(read: ReadAndExtracted, correctionsFile: string | null): ExtractedTimeline {
  const { docs, messages, extractions, cached, lexicon } = read;
  const all = [...extractions.values()];
  const merged = mergeEvents(all.flatMap((x) => x.events), all.flatMap((x) => x.figures));
  const corrections = applyCorrections(
    {
      version: 1,
      articles: docs.map((d) => d.article).sort((a, b) => compareStrings(a.id, b.id)),
      events: merged.events,
      figures: merged.figures,
    },
    correctionsFile,
  );
  messages.push(...lexicon, ...corrections.messages);
  return { docs, extractions, cached, timeline: corrections.timeline, corrections, messages: messages.sort(compareMessages), lexicon };
}

/**
 * Reads, extracts, merges and corrects: everything up to a timeline, in this
 * thread (`extractTimelineInThreads` gives the same on several).
 */
export function extractTimeline(
  contentDir: string,
  correctionsFile: string | null = defaultCorrectionsFile(contentDir),
  cacheDir: string | null = null,
  memo: BuildMemo | null = null,
): ExtractedTimeline {
  const pass = readPass(contentDir, cacheDir, memo?.read ?? readArticle);
  return timelineOf(completeExtraction(pass, memo?.extract ?? extractArticle, lexiconMessages), correctionsFile);
}

/**
 * `extractTimeline` with the extraction spread over `threads` threads (this
 * one and `threads - 1` workers) once at least `PARALLEL_MIN_ARTICLES`
 * articles need it: each article is offered to the workers as soon as it is
 * read. The result is the same as `extractTimeline`'s.
 */
export async function extractTimelineInThreads(
  contentDir: string,
  correctionsFile: string | null = defaultCorrectionsFile(contentDir),
  cacheDir: string | null = null,
  threads: number = DEFAULT_THREADS,
): Promise<ExtractedTimeline> {
  let pool: ExtractionPool | null = null;
  const pass = readPass(contentDir, cacheDir, readArticle, (waiting) => {
    if (!pool && threads > 1 && waiting.length >= PARALLEL_MIN_ARTICLES) pool = startExtractionPool(threads - 1);
    if (pool) for (const doc of waiting.splice(0)) pool.submit(doc);
  });
  const started = pool as ExtractionPool | null; // assigned by the reader's callback
  if (!started) return timelineOf(completeExtraction(pass, extractArticle, lexiconMessages), correctionsFile);
  const done = await started.finish(extractArticle);
  for (const [id, extraction] of done.extractions) pass.found.set(id, extraction);
  pass.waiting.push(...done.failed); // extracted here: an error surfaces as it would without workers
  return timelineOf(completeExtraction(pass, extractArticle, () => uniqueMessages([...done.lexicon, ...lexiconMessages()])), correctionsFile);
}

/**
 * Whether an extraction may be written: null when it may, else the result
 * that says why not (lexicon errors; article errors under `strict`; a
 * timeline that fails the contract's schema).
 */
export function refusal(extracted: ExtractedTimeline, strict: boolean): BuildResult | null {
  const { docs, timeline, messages, cached } = extracted;
  const lexiconErrors = extracted.lexicon.some((m) => m.severity === 'error');
  const articleErrors = messages.some((m) => m.severity === 'error');
  if (lexiconErrors || (strict && articleErrors)) return { exitCode: 1, messages, timeline: null, cached };
  const bodies = new Map(docs.map((d) => [d.article.id, d.body]));
  const problems = validateTimeline(timeline, bodies);
  if (problems.length === 0) return null;
  const internal = problems.map((reason): Message => ({ file: 'timeline.json', place: null, reason, ruleId: 'build:schema', severity: 'error' }));
  return { exitCode: 1, messages: [...messages, ...internal], timeline: null, cached };
}

/** `data/timeline.json` as every build writes it. */
export function writeTimeline(outDir: string, timeline: Timeline): void {
  mkdirSync(join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, 'data', 'timeline.json'), `${JSON.stringify(timeline, null, 2)}\n`);
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const extracted = await extractTimelineInThreads(options.contentDir, options.corrections ?? defaultCorrectionsFile(options.contentDir), options.cacheDir ?? null, options.threads ?? DEFAULT_THREADS);
  const refused = refusal(extracted, options.strict ?? false);
  if (refused) return refused;
  const { docs, extractions, timeline, messages, cached } = extracted;

  const output = openAtomicOutput(options.outDir);
  try {
    writeTimeline(output.dir, timeline);
    if (options.site !== false) await renderSite({ timeline, docs, extractions, extracted, outDir: output.dir, search: options.search !== false });
    output.commit();
  } catch (error) {
    output.abandon();
    throw error;
  }
  return { exitCode: messages.some((m) => m.severity === 'error') ? 2 : 0, messages, timeline, cached };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
