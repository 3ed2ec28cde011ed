/**
 * The benchmark's table: one row per measured thing, a column per N, and
 * the goal beside it (shown, never asserted: the figures depend on
 * the machine).
 */
import type { BenchResult } from './run-bench.js';
import type { ProfileSummary } from './summarize-profile.js';

interface Row {
  label: string;
  cell: (r: BenchResult) => string;
  goal?: string;
}

const ms = (x: number | null | undefined): string => (x === null || x === undefined || Number.isNaN(x) ? '–' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const mb = (x: number | null | undefined): string => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(0)} MB`);
const ratio = (x: number): string => (Number.isNaN(x) ? '–' : `${x.toFixed(2)}×`);
const num = (x: number, digits = 1): string => (Number.isNaN(x) ? '–' : x.toFixed(digits));
const pct = (x: number): string => `±${(x * 50).toFixed(0)}%`;
/** Flags builds that wrote nothing (exit 1): their time is not a full build's. */
const exits = (codes: readonly number[]): string => (codes.includes(1) ? ` (exit 1 in ${codes.filter((c) => c === 1).length}/${codes.length}: nothing written)` : '');

/** The rows, in the order of the issue. */
const ROWS: Row[] = [
  { label: 'corpus (files, MB of bodies)', cell: (r) => `${r.corpus.files}, ${num(r.corpus.bodyBytes / 1e6, 2)} MB` },
  { label: 'extraction (median)', cell: (r) => `${ms(r.extraction.medianMs)} ${pct(r.extraction.spread)}` },
  { label: 'extraction MB/s', cell: (r) => num(r.extraction.mbPerS, 2), goal: '≥ 5 MB/s' },
  { label: 'extraction articles/s', cell: (r) => num(r.extraction.articlesPerS, 0) },
  { label: 'remark-parse alone (median)', cell: (r) => `${ms(r.parse.medianMs)} ${pct(r.parse.spread)}` },
  { label: 'remark-parse MB/s', cell: (r) => num(r.parse.mbPerS, 2), goal: '(anchor 10–14)' },
  { label: 'extraction ÷ parse', cell: (r) => ratio(r.extractionOverParse), goal: '≤ 2.0×' },
  { label: 'extraction cold, fresh process', cell: (r) => ms(r.extraction.coldMs) },
  { label: 'extraction peak RSS (cold)', cell: (r) => mb(r.extraction.coldPeakRssMb) },
  { label: 'full build (median)', cell: (r) => `${ms(r.fullBuild.medianMs)} ${pct(r.fullBuild.spread)}${exits(r.fullBuild.exitCodes)}` },
  { label: 'plain Eleventy (median)', cell: (r) => `${ms(r.plainBuild.medianMs)} ${pct(r.plainBuild.spread)}`, goal: '(anchor 2.4 s @1k, 5.0 s @4k)' },
  { label: 'full ÷ plain', cell: (r) => ratio(r.fullOverPlain), goal: '≤ 2.0× @4k' },
  { label: 'full build --no-search (median)', cell: (r) => `${ms(r.fullNoSearch.medianMs)} ${pct(r.fullNoSearch.spread)}${exits(r.fullNoSearch.exitCodes)}` },
  { label: 'full --no-search ÷ plain', cell: (r) => ratio(r.fullNoSearchOverPlain), goal: '(search timed apart below)' },
  { label: 'full build peak RSS', cell: (r) => mb(r.fullBuild.peakRssMb), goal: '< 1 GB @10k' },
  { label: 'plain Eleventy peak RSS', cell: (r) => mb(r.plainBuild.peakRssMb) },
  { label: 'rebuild after 1 edit, --watch (median)', cell: (r) => `${ms(r.rebuild.medianMs)} ${pct(r.rebuild.spread)} (khatt: ${ms(r.rebuild.reportedMs)}, pages ${r.rebuild.written.join('/')})`, goal: '< 1 s @1k' },
  { label: 'plain --watch --incremental', cell: (r) => `${ms(r.plainRebuild.medianMs)} (11ty: ${ms(r.plainRebuild.reportedMs)})` },
  { label: 'rebuild ÷ plain rebuild', cell: (r) => ratio(r.rebuildOverPlain), goal: '≤ 1.5×' },
  { label: 'rebuild in a fresh process (cache warm)', cell: (r) => `${ms(r.rebuildFresh.medianMs)} ${pct(r.rebuildFresh.spread)}${exits(r.rebuildFresh.exitCodes)}` },
  { label: 'fresh rebuild peak RSS', cell: (r) => mb(r.rebuildFresh.peakRssMb) },
  { label: 'pagefind on Khatt site', cell: (r) => (r.pagefind.khatt ? `${ms(r.pagefind.khatt.medianMs)}, ${r.pagefind.khatt.pages ?? '?'} pages, ${mb(r.pagefind.khatt.peakRssMb)}` : '–') },
  { label: 'pagefind on plain site', cell: (r) => (r.pagefind.plain ? `${ms(r.pagefind.plain.medianMs)}, ${r.pagefind.plain.pages ?? '?'} pages, ${mb(r.pagefind.plain.peakRssMb)}` : '–') },
  { label: 'events, figures (errors, warnings)', cell: (r) => (r.counts ? `${r.counts.events}, ${r.counts.figures} (${r.counts.errors}, ${r.counts.warnings})` : '–') },
];

/** Scaling between the smallest and each larger N (full build and extraction). */
export function scalingOf(results: readonly BenchResult[]): { from: number; to: number; fullBuild: number; extraction: number; plainBuild: number }[] {
  const first = results[0];
  if (first === undefined) return [];
  return results.slice(1).map((r) => ({
    from: first.articles,
    to: r.articles,
    fullBuild: r.fullBuild.medianMs / first.fullBuild.medianMs,
    extraction: r.extraction.medianMs / first.extraction.medianMs,
    plainBuild: r.plainBuild.medianMs / first.plainBuild.medianMs,
  }));
}

/** A Markdown table of the results (± is half the spread of the runs). */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['', ...results.map((r) => `N = ${r.articles}`), 'goal'];
  const lines = [header, ...ROWS.map((row) => [row.label, ...results.map((r) => row.cell(r)), row.goal ?? ''])];
  for (const s of scalingOf(results)) {
    const cells = results.map((r) => (r.articles === s.to ? `full ${ratio(s.fullBuild)}, extraction ${ratio(s.extraction)}, plain ${ratio(s.plainBuild)}` : ''));
    lines.push([`${s.to} ÷ ${s.from}`, ...cells, s.to === 4 * s.from ? 'full ≤ 2.5× (4k ÷ 1k)' : '']);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const row = (l: string[]): string => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [row(lines[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(row)].join('\n');
}

/** The profile as short text: self time by place for extraction and build. */
export function formatProfile(result: BenchResult, top = 10): string {
  const p = result.profile;
  if (p === null) return '';
  const block = (title: string, s: ProfileSummary): string =>
    [
      `${title} (${s.totalMs.toFixed(0)} ms sampled):`,
      ...s.byPlace.slice(0, top).map((x) => `  ${(x.share * 100).toFixed(1).padStart(5)}%  ${x.ms.toFixed(0).padStart(6)} ms  ${x.place}`),
      '  top functions:',
      ...s.topFunctions.slice(0, top).map((x) => `  ${(x.share * 100).toFixed(1).padStart(5)}%  ${x.fn}`),
    ].join('\n');
  return [`where the time goes, N = ${result.articles}`, block('extraction', p.extraction), block('full build', p.build)].join('\n');
}
