/**
 * npm run bench -- [--articles N[,N…]] [--runs R] [--warmups W] [--seed S] [--json FILE]
 *                  [--skip-pagefind] [--skip-profile] [--keep] [--quick]
 *
 * Generates a synthetic corpus of N articles from the seeds (in a temp
 * folder on tmpfs, never in content/) and measures extraction against
 * remark-parse, the full build against a plain Eleventy build, the rebuild
 * after one edit against Eleventy's `--watch --incremental`, peak RSS and
 * Pagefind; prints a table and writes every figure as JSON. See
 * BENCHMARKS.md. The figures are printed, never asserted: exit 0 unless a
 * run failed.
 *
 *   --articles  one N or a comma list (default 1000); with several, the
 *               table adds the scaling (e.g. 4000 ÷ 1000)
 *   --runs      measured runs per figure (default 5)
 *   --warmups   unmeasured runs before them (default 1)
 *   --seed      the corpus PRNG seed (default 1)
 *   --quick     the CI smoke run: N = 200, runs = 2, no warm-up, no profile
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProfile, formatTable, scalingOf } from './bench/format-table.js';
import { HAS_GNU_TIME } from './bench/run-child.js';
import { benchTempBase, ROOT, runBench, type BenchResult } from './bench/run-bench.js';

const usage = 'usage: npm run bench -- [--articles N[,N…]] [--runs R] [--warmups W] [--seed S] [--json FILE] [--skip-pagefind] [--skip-profile] [--keep] [--quick]';

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string' },
        runs: { type: 'string' },
        warmups: { type: 'string' },
        seed: { type: 'string', default: '1' },
        json: { type: 'string' },
        'skip-pagefind': { type: 'boolean', default: false },
        'skip-profile': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`khatt bench: ${(error as Error).message}\n${usage}`);
    return 1;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const sizes = (values.articles ?? (values.quick ? '200' : '1000')).split(',').map((s) => Number(s.trim()));
  const runs = Number(values.runs ?? (values.quick ? '2' : '5'));
  const warmups = Number(values.warmups ?? (values.quick ? '0' : '1'));
  const seed = Number(values.seed);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmups) || warmups < 0 || !Number.isInteger(seed)) {
    console.error(`khatt bench: --articles, --runs and --seed take positive whole numbers\n${usage}`);
    return 1;
  }

  const log = (line: string): void => console.error(`bench: ${line}`);
  const results: BenchResult[] = [];
  for (const articles of sizes) {
    results.push(
      await runBench({ articles, runs, warmups, seed, pagefind: !values['skip-pagefind'], profile: !values.quick && !values['skip-profile'], keep: values.keep, log }),
    );
  }

  const cpu = cpus();
  const report = {
    date: new Date(Date.now()).toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    /** Uncommitted changes in the measured code, if any (other work in progress). */
    uncommitted: git(['status', '--porcelain', '--', 'src', 'templates', 'scripts/build.ts']).split('\n').filter(Boolean),
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? '',
      memoryMb: Math.round(totalmem() / 1048576),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      tempBase: benchTempBase(),
      peakRssFrom: HAS_GNU_TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS (Node processes only)',
    },
    options: { sizes, runs, warmups, seed },
    results,
    scaling: scalingOf(results),
  };
  const jsonPath = values.json ?? join(benchTempBase(), `khatt-bench-results-${sizes.join('-')}.json`);
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);

  console.log(formatTable(results));
  for (const r of results) if (r.profile) console.log(`\n${formatProfile(r)}`);
  const notes = results.flatMap((r) => r.notes.map((n) => `N = ${r.articles}: ${n}`));
  if (notes.length > 0) console.log(`\nproblems:\n${notes.map((n) => `  ${n}`).join('\n')}`);
  console.log(`\n${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryMb} MB, Node ${report.machine.node}, commit ${report.commit.slice(0, 7)}${report.uncommitted.length > 0 ? ` + ${report.uncommitted.length} uncommitted files` : ''}`);
  console.log(`results: ${jsonPath}`);
  return notes.length > 0 ? 1 : 0;
}

process.exitCode = await main();
