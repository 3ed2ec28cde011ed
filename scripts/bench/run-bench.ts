/**
 * One benchmark round for N articles: generates the corpus into a temp
 * folder (on tmpfs when the machine has /dev/shm), then measures
 *
 *   extraction   `extractTimeline` in a child (read + normalise + dates +
 *                figures + events + merge, no site), alternating in the same
 *                process with remark-parse alone over the same bodies;
 *   cold RSS     one extraction in a fresh process (peak RSS);
 *   full build   `scripts/build.ts` as a user runs it (fresh --out, fresh
 *                cwd, anything the build left beside the content removed, so
 *                a cache is cold), alternating A B A B with a plain Eleventy
 *                build of the same articles (`cmd.cjs`, defaults, one
 *                Nunjucks layout);
 *                The full build is also timed with `--no-search` (the same
 *                build without the Pagefind index, which is timed apart).
 *   rebuild      edit one article: Khatt's `scripts/build.ts --watch` (a
 *                long-running process, from writing the file to its
 *                "rebuilt" line) alternating with the plain site's
 *                `--watch --incremental` rebuild of the same edit; and a
 *                fresh `scripts/build.ts` with the same --out and cwd
 *                (its extraction cache warm);
 *   pagefind     indexing each site's output, apart from the builds (Khatt's
 *                with the pages and exclusions its build uses);
 *   profile      self time of one extraction and one build by source folder.
 *
 * Every timing is the median of `runs` after `warmups` warm-up runs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledScript } from '../run.mjs';
import { generateCorpus, type CorpusStats } from './generate-corpus.js';
import { runChild, type ChildRun } from './run-child.js';
import { median, spread } from './stats.js';
import type { ProfileSummary } from './summarize-profile.js';
import { EXCLUDED_SELECTORS, INDEXED_PAGES } from '../../src/site/search/index-site.js';
import { KHATT_LOG, startEleventyWatch, type WatchRebuild } from './watch-eleventy.js';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = import.meta.resolve('tsx');
/** How `npm run build` starts a build: scripts/build.ts compiled into one file (scripts/run.mjs). */
const RUN = join(ROOT, 'scripts', 'run.mjs');
const ELEVENTY = join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const PAGEFIND = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const WORKER = join(import.meta.dirname, 'extraction-worker.ts');
const PLAIN_TEMPLATE = join(import.meta.dirname, 'plain-eleventy');

export interface BenchOptions {
  articles: number;
  runs: number;
  warmups: number;
  seed: number;
  pagefind: boolean;
  profile: boolean;
  /** Keep the temp folder (corpus and outputs) for a look afterwards. */
  keep: boolean;
  /** Progress lines go here. */
  log: (line: string) => void;
}

/** Medians (and the raw runs) of one measured thing. */
export interface Timing {
  medianMs: number;
  runsMs: number[];
  /** (max − min) ÷ median of the runs. */
  spread: number;
  peakRssMb: number | null;
}

export interface BenchResult {
  articles: number;
  corpus: CorpusStats & { bodyBytes: number; generateMs: number; dir: string };
  extraction: Timing & { mbPerS: number; articlesPerS: number; coldMs: number; coldPeakRssMb: number | null; workerPeakRssMb: number | null };
  parse: Timing & { mbPerS: number };
  /** extraction ÷ remark-parse, per run pair, median. */
  extractionOverParse: number;
  counts: { articles: number; events: number; figures: number; errors: number; warnings: number } | null;
  fullBuild: Timing & { exitCodes: number[] };
  plainBuild: Timing;
  fullOverPlain: number;
  /** The full build with `--no-search`. */
  fullNoSearch: Timing & { exitCodes: number[] };
  fullNoSearchOverPlain: number;
  /** Khatt's watch mode: edit → "rebuilt" line; its own report and pages written. */
  rebuild: Timing & { reportedMs: number | null; written: (number | null)[] };
  /** A fresh `scripts/build.ts` after the edit (extraction cache warm). */
  rebuildFresh: Timing & { exitCodes: number[] };
  plainRebuild: Timing & { reportedMs: number | null; written: (number | null)[] };
  rebuildOverPlain: number;
  pagefind: { khatt: (Timing & { pages: number | null }) | null; plain: (Timing & { pages: number | null }) | null };
  profile: { parse: ProfileSummary; extraction: ProfileSummary; build: ProfileSummary } | null;
  /** Problems met on the way (a failed run, a missing output). */
  notes: string[];
}

/** Where temp folders go: tmpfs when there is one, so disk speed does not count. */
export function benchTempBase(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

/** Runs every measurement for `options.articles` articles. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log, runs, warmups } = options;
  const notes: string[] = [];
  const dir = mkdtempSync(join(benchTempBase(), `khatt-bench-${options.articles}-`));
  try {
    const content = join(dir, 'content', 'articles');
    const plain = join(dir, 'plain');
    const khattCwd = join(dir, 'cwd');
    const khattOut = join(dir, 'out-khatt');
    const plainOut = join(dir, 'out-plain');
    mkdirSync(khattCwd, { recursive: true });
    // Compiled now, so that no timed run (warm-up or not) includes compiling it after a source change
    await compiledScript('build');

    log(`corpus: generating ${options.articles} articles (seed ${options.seed}) in ${dir}`);
    let start = performance.now();
    const corpus = generateCorpus({ seedsDir: join(ROOT, 'content', 'articles'), outDir: content, articles: options.articles, seed: options.seed });
    const generateMs = performance.now() - start;
    cpSync(PLAIN_TEMPLATE, plain, { recursive: true });
    rmSync(join(plain, 'README.md'));
    mkdirSync(join(plain, 'articles'));
    cpSync(content, join(plain, 'articles'), { recursive: true });
    cpSync(join(PLAIN_TEMPLATE, 'articles.11tydata.json'), join(plain, 'articles', 'articles.11tydata.json'));
    rmSync(join(plain, 'articles.11tydata.json'));

    // Extraction and remark-parse, alternating in one process.
    log(`extraction: ${Math.max(1, warmups)} warm-up + ${runs} runs, alternating with remark-parse`);
    const measured = worker(['--mode', 'measure', '--content', content, '--runs', String(runs), '--warmups', String(Math.max(1, warmups))], khattCwd, notes);
    const m = measured.json as { bodyBytes: number; parseMs: number[]; extractMs: number[]; counts: BenchResult['counts']; peakRssMb: number } | null;
    log('extraction: one cold run in a fresh process (peak RSS)');
    const cold = worker(['--mode', 'once', '--content', content], khattCwd, notes);
    const c = cold.json as { ms: number; peakRssMb: number } | null;
    const bodyBytes = m?.bodyBytes ?? Number.NaN;
    const extractMs = m?.extractMs ?? [];
    const parseMs = m?.parseMs ?? [];
    const extractionMedian = median(extractMs);
    const parseMedian = median(parseMs);
    log(`  extraction ${fmt(extractionMedian)} ms, remark-parse ${fmt(parseMedian)} ms, cold ${fmt(c?.ms ?? Number.NaN)} ms`);

    // Full build A (Khatt) and B (plain Eleventy), alternating.
    const protectedEntries = new Set([...readdirSync(dir), ...readdirSync(join(dir, 'content')), ...readdirSync(content)]);
    const clearLeftovers = (): void => {
      for (const folder of [dir, join(dir, 'content'), content]) {
        for (const name of readdirSync(folder)) if (!protectedEntries.has(name)) rmSync(join(folder, name), { recursive: true, force: true });
      }
      rmSync(khattOut, { recursive: true, force: true });
      rmSync(khattCwd, { recursive: true, force: true });
      mkdirSync(khattCwd);
    };
    const khattBuild = (...extra: string[]): ChildRun => runChild(process.execPath, [RUN, 'build', '--content', content, '--out', khattOut, '--quiet', ...extra], { cwd: khattCwd });
    const plainBuild = (): ChildRun => {
      rmSync(plainOut, { recursive: true, force: true });
      return runChild(process.execPath, [ELEVENTY, '--input=.', `--output=${plainOut}`, '--quiet'], { cwd: plain });
    };
    log(`full build: ${warmups} warm-up + ${runs} runs, Khatt, plain Eleventy and Khatt --no-search alternating`);
    const full: ChildRun[] = [];
    const base: ChildRun[] = [];
    const noSearch: ChildRun[] = [];
    for (let i = 0; i < warmups + runs; i++) {
      clearLeftovers();
      const c = khattBuild('--no-search');
      clearLeftovers();
      const a = khattBuild();
      const b = plainBuild(); // last: its output is kept for Pagefind (clearLeftovers would remove it)
      check(a, 'khatt build', notes, [0, 2]);
      check(b, 'plain eleventy build', notes, [0]);
      check(c, 'khatt build --no-search', notes, [0, 2]);
      if (i >= warmups) {
        full.push(a);
        base.push(b);
        noSearch.push(c);
      }
      log(`  run ${i + 1}: khatt ${fmt(a.ms)} ms, plain ${fmt(b.ms)} ms, khatt --no-search ${fmt(c.ms)} ms${i < warmups ? ' (warm-up)' : ''}`);
    }

    // Rebuild after editing one article: Khatt's watch mode and plain Eleventy's, alternating; then a fresh Khatt process.
    log(`rebuild: editing one article, ${runs} runs each, Khatt --watch and plain --watch alternating, then a fresh build`);
    const names = readdirSync(content).filter((n) => n.endsWith('.md')).sort();
    const edited = names[Math.floor(names.length / 2)]!;
    const rebuilds: WatchRebuild[] = [];
    const freshRebuilds: ChildRun[] = [];
    const plainRebuilds: WatchRebuild[] = [];
    // The last full build left its output (and whatever cache) in place: the fresh rebuilds start from it.
    const watchOut = join(dir, 'out-plain-watch');
    const khattWatchOut = join(dir, 'out-khatt-watch');
    const watch = await startEleventyWatch(process.execPath, [ELEVENTY, '--input=.', `--output=${watchOut}`, '--watch', '--incremental', '--quiet'], plain);
    const khattWatch = await startEleventyWatch(
      process.execPath,
      [RUN, 'build', '--content', content, '--out', khattWatchOut, '--quiet', '--watch'],
      dir,
      3_600_000,
      KHATT_LOG,
    );
    try {
      for (let i = 0; i < warmups + runs; i++) {
        const text = editArticle(readFileSync(join(content, edited), 'utf8'), i);
        const a = await khattWatch.rebuild(() => writeFileSync(join(content, edited), text));
        const b = await watch.rebuild(() => writeFileSync(join(plain, 'articles', edited), text));
        const c = khattBuild();
        check(c, 'khatt rebuild (fresh process)', notes, [0, 2]);
        if (i >= warmups) {
          rebuilds.push(a);
          plainRebuilds.push(b);
          freshRebuilds.push(c);
        }
        log(`  run ${i + 1}: khatt --watch ${fmt(a.ms)} ms (${a.written ?? '?'} pages), plain --watch ${fmt(b.ms)} ms (Eleventy says ${b.reportedMs === null ? '?' : fmt(b.reportedMs)} ms), khatt fresh ${fmt(c.ms)} ms${i < warmups ? ' (warm-up)' : ''}`);
      }
    } finally {
      await khattWatch.stop();
      await watch.stop();
    }

    // Pagefind over each output, apart from the builds.
    let pagefind: BenchResult['pagefind'] = { khatt: null, plain: null };
    if (options.pagefind) {
      const pagefindRuns = Math.min(runs, 3);
      log(`pagefind: ${pagefindRuns} runs over each site`);
      // Khatt's site is indexed as its build indexes it (the same pages and exclusions); the plain site with Pagefind's defaults.
      const khattSelection = ['--glob', INDEXED_PAGES, ...EXCLUDED_SELECTORS.flatMap((s) => ['--exclude-selectors', s])];
      const index = (site: string, label: string, selection: string[] = []): (Timing & { pages: number | null }) | null => {
        if (!existsSync(site) || !hasHtml(site)) {
          notes.push(`pagefind: ${label} output has no HTML page to index`);
          return null;
        }
        const results: ChildRun[] = [];
        for (let i = 0; i < pagefindRuns; i++) {
          rmSync(join(site, 'pagefind-bench'), { recursive: true, force: true });
          const r = runChild(process.execPath, [PAGEFIND, '--site', site, '--output-subdir', 'pagefind-bench', ...selection], { cwd: dir });
          check(r, `pagefind ${label}`, notes, [0]);
          results.push(r);
        }
        const pages = /Indexed (\d+) pages?/.exec(results[results.length - 1]?.stdout ?? '')?.[1];
        return { ...timing(results), pages: pages === undefined ? null : Number(pages) };
      };
      pagefind = { khatt: index(khattOut, 'khatt', khattSelection), plain: index(plainOut, 'plain') };
    }

    let profile: BenchResult['profile'] = null;
    if (options.profile) {
      log('profile: one extraction and one build under the CPU profiler');
      const p = worker(['--mode', 'profile', '--content', content, '--out', join(dir, 'out-profile')], khattCwd, notes);
      profile = p.json as BenchResult['profile'];
    }

    const fullTiming = timing(full);
    const plainTiming = timing(base);
    const watchTiming = (list: readonly WatchRebuild[]): Timing & { reportedMs: number | null; written: (number | null)[] } => {
      const reported = list.map((r) => r.reportedMs).filter((x): x is number => x !== null);
      const times = list.map((r) => r.ms);
      return { medianMs: median(times), runsMs: times, spread: spread(times), peakRssMb: null, reportedMs: reported.length > 0 ? median(reported) : null, written: list.map((r) => r.written) };
    };
    return {
      articles: options.articles,
      corpus: { ...corpus, bodyBytes, generateMs, dir },
      extraction: {
        medianMs: extractionMedian,
        runsMs: extractMs,
        spread: spread(extractMs),
        peakRssMb: m?.peakRssMb ?? null,
        mbPerS: bodyBytes / 1e6 / (extractionMedian / 1000),
        articlesPerS: options.articles / (extractionMedian / 1000),
        coldMs: c?.ms ?? Number.NaN,
        coldPeakRssMb: c?.peakRssMb ?? cold.run.peakRssMb,
        workerPeakRssMb: measured.run.peakRssMb,
      },
      parse: { medianMs: parseMedian, runsMs: parseMs, spread: spread(parseMs), peakRssMb: null, mbPerS: bodyBytes / 1e6 / (parseMedian / 1000) },
      extractionOverParse: median(extractMs.map((e, i) => e / (parseMs[i] ?? Number.NaN))),
      counts: m?.counts ?? null,
      fullBuild: { ...fullTiming, exitCodes: full.map((r) => r.status) },
      plainBuild: plainTiming,
      fullOverPlain: median(full.map((a, i) => a.ms / (base[i]?.ms ?? Number.NaN))),
      fullNoSearch: { ...timing(noSearch), exitCodes: noSearch.map((r) => r.status) },
      fullNoSearchOverPlain: median(noSearch.map((c, i) => c.ms / (base[i]?.ms ?? Number.NaN))),
      rebuild: watchTiming(rebuilds),
      rebuildFresh: { ...timing(freshRebuilds), exitCodes: freshRebuilds.map((r) => r.status) },
      plainRebuild: watchTiming(plainRebuilds),
      rebuildOverPlain: median(rebuilds.map((a, i) => a.ms / (plainRebuilds[i]?.ms ?? Number.NaN))),
      pagefind,
      profile,
      notes,
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the extraction worker in a child; its JSON result and the run. */
function worker(args: string[], cwd: string, notes: string[]): { json: unknown; run: ChildRun } {
  const scratch = mkdtempSync(join(tmpdir(), 'khatt-bench-worker-'));
  try {
    const result = join(scratch, 'result.json');
    const run = runChild(process.execPath, ['--import', TSX, WORKER, ...args, '--result', result], { cwd });
    check(run, `extraction worker ${args[1] ?? ''}`, notes, [0]);
    return { json: existsSync(result) ? (JSON.parse(readFileSync(result, 'utf8')) as unknown) : null, run };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Notes a run that ended with an unexpected exit code. */
function check(run: ChildRun, what: string, notes: string[], ok: number[]): void {
  if (ok.includes(run.status)) return;
  const tail = `${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-5).join(' | ');
  notes.push(`${what}: exit ${run.status}: ${tail}`);
}

function timing(runs: ChildRun[]): Timing {
  const ms = runs.map((r) => r.ms);
  const rss = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
  return { medianMs: median(ms), runsMs: ms, spread: spread(ms), peakRssMb: rss.length > 0 ? Math.max(...rss) : null };
}

/**
 * One edit of an article's body, different for each `round`: the first
 * number of 1–3 ASCII digits in the body changes (to 1–28); a body without
 * one gets its last paragraph repeated.
 */
export function editArticle(text: string, round: number): string {
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const body = text.slice(bodyStart);
  const match = /(?<![0-9])[0-9]{1,3}(?![0-9])/.exec(body);
  if (match === null) {
    const last = body.trim().split('\n\n').pop() ?? '';
    return `${text.trimEnd()}\n\n${last}\n`;
  }
  const old = Number(match[0]);
  let value = ((old + round) % 28) + 1;
  if (value === old) value = (value % 28) + 1;
  return text.slice(0, bodyStart + match.index) + String(value) + text.slice(bodyStart + match.index + match[0].length);
}

function hasHtml(dir: string): boolean {
  return readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.html'));
}

function fmt(ms: number): string {
  return ms.toFixed(0);
}
