/**
 * Runs one measured thing in a child process: wall time from spawn to exit,
 * and the child's peak resident set size.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, which also counts the
 * child's own children, e.g. Pagefind's binary under its npm wrapper) when
 * the machine has it; otherwise from `report-rss.mjs`, preloaded into every
 * Node process of the run through NODE_OPTIONS, which appends
 * `process.resourceUsage().maxRSS` to a file on exit (Node processes only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ChildRun {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Peak RSS in MB, or null when it could not be read. */
  peakRssMb: number | null;
  status: number;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
const REPORT_RSS = pathToFileURL(join(import.meta.dirname, 'report-rss.mjs')).href;

/** Whether peak RSS comes from GNU time (else from the Node preload). */
export const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/**
 * Runs `command args…` to completion.
 *
 * @example
 *   runChild(process.execPath, ['-e', '1'], { cwd: '/tmp' }); // { ms: 40, peakRssMb: 42, status: 0, … }
 */
export function runChild(command: string, args: readonly string[], options: ChildOptions): ChildRun {
  const scratch = mkdtempSync(join(tmpdir(), 'khatt-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  try {
    const env = { ...process.env, ...options.env };
    let argv: string[];
    if (HAS_GNU_TIME) {
      argv = [GNU_TIME, '-f', '%M', '-o', rssFile, command, ...args];
    } else {
      argv = [command, ...args];
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${REPORT_RSS}`.trim();
      env.KHATT_BENCH_RSS_FILE = rssFile;
    }
    const start = performance.now();
    const result = spawnSync(argv[0]!, argv.slice(1), { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const ms = performance.now() - start;
    return { ms, peakRssMb: readPeakRss(rssFile), status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The largest KB figure in the file (one line per process), in MB. */
function readPeakRss(file: string): number | null {
  if (!existsSync(file)) return null;
  const values = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((n) => Number.isFinite(n));
  return values.length === 0 ? null : Math.max(...values) / 1024;
}
