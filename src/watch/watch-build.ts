/**
 * The build kept alive between edits (`npm run build -- --watch`): the first
 * build is a full one; each rebuild after an edit reads again only the
 * article files that changed on disk, extracts only those, merges and
 * corrects the whole timeline again (the merge keeps unchanged events and
 * figures as the same objects, and only new ones are checked against the
 * schema), and renders again only the pages whose inputs changed
 * (`site/page-units.ts`), removing pages that are gone. What an edit did
 * not touch is not computed again either: the site's views, graphics and
 * data files are kept from one rebuild to the next (`SiteMemo`,
 * src/site/render-site.ts), and so are the page digests. The search index
 * is refreshed after the pages are written, in the background;
 * `searchIdle()` resolves when it has caught up.
 *
 * What a rebuild writes is what a full build of the same content writes
 * (`test/build/watch.test.ts` compares them file by file). Templates,
 * lexicons and code are read once per process: a change to those needs a
 * new process (the dev server starts one).
 */
import { rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultCorrectionsFile, extractArticle, extractTimeline, refusal, type ArticleExtraction, type BuildMemo, type BuildResult } from '../build.js';
import { mergeMemo } from '../merge/index.js';
import type { ValidItems } from '../model/index.js';
import { openAtomicOutput } from '../output/index.js';
import { readArticle, type ArticleDoc, type ReadResult } from '../read/index.js';
import { changedPages, pageUnits, prepareSite, renderPages, siteMemo, writeSiteFiles, type PageUnit } from '../site/index.js';
import { indexSite } from '../site/search/index.js';
import { timelineWriter } from './timeline-writer.js';

export interface WatchBuildOptions {
  contentDir: string;
  outDir: string;
  /** The corrections file; default `content/corrections.yaml` beside the content folder, when it exists. */
  corrections?: string;
  /** Render the site (default); false writes only the data. */
  site?: boolean;
  /** Keep the Pagefind search index up to date (default true). */
  search?: boolean;
  siteUrl?: string;
  /** What refreshes the search index of the output folder (default `indexSite`); a test can hold a refresh back. */
  searchIndexer?: (outDir: string) => Promise<unknown>;
}

/** What one build or rebuild did. */
export interface RebuildReport extends BuildResult {
  /** Pages rendered by Eleventy in this run. */
  pagesWritten: number;
  /** Pages removed (their event or article is gone). */
  pagesRemoved: number;
  ms: number;
}

export interface WatchBuild {
  /** The first, full build. */
  readonly first: RebuildReport;
  /** Rebuilds after edits; calls run one after the other. */
  rebuild(): Promise<RebuildReport>;
  /** Resolves when the search index reflects the last rebuild. */
  searchIdle(): Promise<void>;
}

/**
 * @example
 *   const watch = await startWatchBuild({contentDir: 'content/articles', outDir: 'dist'});
 *   // … an editor saves an article …
 *   await watch.rebuild() // {pagesWritten: 5, pagesRemoved: 0, ms: 420, …}
 */
export async function startWatchBuild(options: WatchBuildOptions): Promise<WatchBuild> {
  const articleMemo = buildMemo();
  // the timeline's items found valid: the merge keeps unchanged ones as the same objects
  const validItems: ValidItems = new WeakSet();
  let units: PageUnit[] = [];
  // what the builds keep of each other: what did not change is not computed, hashed or rendered again
  const kept = siteMemo();
  const writeTimeline = timelineWriter();
  const index = options.searchIndexer ?? indexSite;
  let search: Promise<void> = Promise.resolve();
  let searchWanted = false;

  /**
   * Queues one more Pagefind run after the one that may be running (pages
   * written while it reads are read again by the next). It starts on a later
   * turn of the event loop: the rebuild is reported first. A failed run does
   * not stop the next one; `searchIdle` reports the last run's failure.
   */
  const refreshSearch = (): void => {
    if (options.site === false || options.search === false || searchWanted) return;
    searchWanted = true;
    search = search
      .catch(() => undefined)
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        searchWanted = false;
        await index(options.outDir);
      });
  };

  /** One build: full (into a fresh output folder, swapped in whole) or incremental (in place). */
  const run = async (full: boolean): Promise<RebuildReport> => {
    const start = performance.now();
    // the corrections file may appear or go between rebuilds
    const correctionsFile = options.corrections ?? defaultCorrectionsFile(options.contentDir);
    const extracted = extractTimeline(options.contentDir, correctionsFile, null, articleMemo);
    const refused = refusal(extracted, false, validItems);
    if (refused) return { ...refused, pagesWritten: 0, pagesRemoved: 0, ms: performance.now() - start };
    const { docs, extractions, timeline, messages } = extracted;
    const output = full ? openAtomicOutput(options.outDir) : null;
    const dir = output?.dir ?? options.outDir;
    let written = 0;
    let removed = 0;
    // a new folder is swapped in whole, and indexed here: not while a refresh still reads the old one
    if (full) await search.catch(() => undefined);
    try {
      if (options.site === false) writeTimeline(dir, timeline);
      else {
        const site = prepareSite({ timeline, docs, extractions, extracted, outDir: dir, memo: kept, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) });
        // the same values as `timeline`, its unchanged parts the last build's objects: their JSON is not made again
        writeTimeline(dir, site.timeline);
        const next = pageUnits(site, kept.digests);
        const changes = full ? { render: next, removed: [] } : changedPages(units, next);
        // Pages are written even while the last search refresh reads them: the refresh queued below reads them again.
        if (changes.render.length > 0) await renderPages(site, dir, full ? null : changes.render, kept);
        for (const path of changes.removed) removePage(dir, path);
        if (full) kept.files.clear(); // a new folder: every file written
        writeSiteFiles(site, dir, kept.files, kept.lines);
        units = next;
        written = changes.render.length;
        removed = changes.removed.length;
      }
      output?.commit();
    } catch (error) {
      output?.abandon();
      kept.files.clear(); // what was written is not known: the next build writes every file
      throw error;
    }
    if (full && options.site !== false && options.search !== false) await index(options.outDir);
    else refreshSearch();
    const exitCode = messages.some((m) => m.severity === 'error') ? 2 : 0;
    return { exitCode, messages, timeline, cached: 0, pagesWritten: written, pagesRemoved: removed, ms: performance.now() - start };
  };

  const first = await run(true);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    first,
    rebuild() {
      const next = queue.then(() => run(units.length === 0 && options.site !== false));
      queue = next.catch(() => undefined);
      return next;
    },
    async searchIdle() {
      await queue;
      while (searchWanted) await search.catch(() => undefined);
      await search;
    },
  };
}

/**
 * Reading, extraction and merging kept between rebuilds: a file whose size
 * and modification time are unchanged is not read again, an article read
 * before is not extracted again, and the merge keeps its unchanged events
 * and figures (`MergeMemo`).
 */
function buildMemo(): BuildMemo {
  const reads = new Map<string, { stamp: string; result: ReadResult }>();
  const extractions = new WeakMap<ArticleDoc, ArticleExtraction>();
  return {
    merge: mergeMemo(),
    read(path, displayPath) {
      const stat = statSync(path);
      const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${displayPath}`;
      const known = reads.get(path);
      if (known && known.stamp === stamp) return known.result;
      const result = readArticle(path, displayPath);
      reads.set(path, { stamp, result });
      return result;
    },
    extract(doc) {
      let extraction = extractions.get(doc);
      if (!extraction) extractions.set(doc, (extraction = extractArticle(doc)));
      return extraction;
    },
  };
}

/** Removes a page that is gone, and its folder when that is left empty. */
function removePage(outDir: string, path: string): void {
  rmSync(join(outDir, path), { force: true });
  try {
    rmdirSync(dirname(join(outDir, path)));
  } catch {
    // not empty (or already gone): leave it
  }
}
