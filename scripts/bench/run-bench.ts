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
 *   rebuild      edit one article, run `scripts/build.ts` again with the same
 *                --out and cwd (whatever cache the build keeps is warm),
 *                alternating with the plain site's `--watch --incremental`
 *                rebuild of the same edit;
 *   pagefind     indexing each site's output, apart from the builds;
 *   profile      self time of one extraction and one build by source folder.
 *
 * Every timing is the median of `runs` after `warmups` warm-up runs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type CorpusStats } from './generate-corpus.js';
import { runChild, type ChildRun } from './run-child.js';
import { median, spread } from './stats.js';
import type { ProfileSummary } from './summarize-profile.js';
import { startEleventyWatch, type WatchRebuild } from './watch-eleventy.js';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = import.meta.resolve('tsx');
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
  rebuild: Timing & { exitCodes: number[] };
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
    const khattBuild = (): ChildRun => runChild(process.execPath, ['--import', TSX, join(ROOT, 'scripts', 'build.ts'), '--content', content, '--out', khattOut, '--quiet'], { cwd: khattCwd });
    const plainBuild = (): ChildRun => {
      rmSync(plainOut, { recursive: true, force: true });
      return runChild(process.execPath, [ELEVENTY, '--input=.', `--output=${plainOut}`, '--quiet'], { cwd: plain });
    };
    log(`full build: ${warmups} warm-up + ${runs} runs, Khatt and plain Eleventy alternating`);
    const full: ChildRun[] = [];
    const base: ChildRun[] = [];
    for (let i = 0; i < warmups + runs; i++) {
      clearLeftovers();
      const a = khattBuild();
      const b = plainBuild();
      check(a, 'khatt build', notes, [0, 2]);
      check(b, 'plain eleventy build', notes, [0]);
      if (i >= warmups) {
        full.push(a);
        base.push(b);
      }
      log(`  run ${i + 1}: khatt ${fmt(a.ms)} ms, plain ${fmt(b.ms)} ms${i < warmups ? ' (warm-up)' : ''}`);
    }

    // Rebuild after editing one article: Khatt again with the same --out and cwd; plain in watch mode.
    log(`rebuild: editing one article, ${runs} runs each, alternating`);
    const names = readdirSync(content).filter((n) => n.endsWith('.md')).sort();
    const edited = names[Math.floor(names.length / 2)]!;
    const rebuilds: ChildRun[] = [];
    const plainRebuilds: WatchRebuild[] = [];
    // The last full build left its output (and whatever cache) in place: the rebuilds start from it.
    const watchOut = join(dir, 'out-plain-watch');
    const watch = await startEleventyWatch(process.execPath, [ELEVENTY, '--input=.', `--output=${watchOut}`, '--watch', '--incremental', '--quiet'], plain);
    try {
      for (let i = 0; i < warmups + runs; i++) {
        const text = editArticle(readFileSync(join(content, edited), 'utf8'), i);
        writeFileSync(join(content, edited), text);
        const a = khattBuild();
        check(a, 'khatt rebuild', notes, [0, 2]);
        const b = await watch.rebuild(() => writeFileSync(join(plain, 'articles', edited), text));
        if (i >= warmups) {
          rebuilds.push(a);
          plainRebuilds.push(b);
        }
        log(`  run ${i + 1}: khatt ${fmt(a.ms)} ms, plain --watch ${fmt(b.ms)} ms (Eleventy says ${b.reportedMs === null ? '?' : fmt(b.reportedMs)} ms)${i < warmups ? ' (warm-up)' : ''}`);
      }
    } finally {
      await watch.stop();
    }

    // Pagefind over each output, apart from the builds.
    let pagefind: BenchResult['pagefind'] = { khatt: null, plain: null };
    if (options.pagefind) {
      const pagefindRuns = Math.min(runs, 3);
      log(`pagefind: ${pagefindRuns} runs over each site`);
      const index = (site: string, label: string): (Timing & { pages: number | null }) | null => {
        if (!existsSync(site) || !hasHtml(site)) {
          notes.push(`pagefind: ${label} output has no HTML page to index`);
          return null;
        }
        const results: ChildRun[] = [];
        for (let i = 0; i < pagefindRuns; i++) {
          rmSync(join(site, 'pagefind-bench'), { recursive: true, force: true });
          const r = runChild(process.execPath, [PAGEFIND, '--site', site, '--output-subdir', 'pagefind-bench'], { cwd: dir });
          check(r, `pagefind ${label}`, notes, [0]);
          results.push(r);
        }
        const pages = /Indexed (\d+) pages?/.exec(results[results.length - 1]?.stdout ?? '')?.[1];
        return { ...timing(results), pages: pages === undefined ? null : Number(pages) };
      };
      pagefind = { khatt: index(khattOut, 'khatt'), plain: index(plainOut, 'plain') };
    }

    let profile: BenchResult['profile'] = null;
    if (options.profile) {
      log('profile: one extraction and one build under the CPU profiler');
      const p = worker(['--mode', 'profile', '--content', content, '--out', join(dir, 'out-profile')], khattCwd, notes);
      profile = p.json as BenchResult['profile'];
    }

    const fullTiming = timing(full);
    const plainTiming = timing(base);
    const rebuildTiming = timing(rebuilds);
    const plainRebuildTiming: Timing = { medianMs: median(plainRebuilds.map((r) => r.ms)), runsMs: plainRebuilds.map((r) => r.ms), spread: spread(plainRebuilds.map((r) => r.ms)), peakRssMb: null };
    const reported = plainRebuilds.map((r) => r.reportedMs).filter((x): x is number => x !== null);
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
      rebuild: { ...rebuildTiming, exitCodes: rebuilds.map((r) => r.status) },
      plainRebuild: { ...plainRebuildTiming, reportedMs: reported.length > 0 ? median(reported) : null, written: plainRebuilds.map((r) => r.written) },
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
