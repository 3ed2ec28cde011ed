/**
 * The plain site's incremental rebuild: Eleventy's one-shot
 * `--incremental=FILE` crashes, so this starts `cmd.cjs --watch --incremental`
 * in a child process, waits for its first "Watching…", and then, per edit,
 * times from writing the file to the "Wrote N files" line Eleventy logs once
 * the rebuild is written (it logs "Watching…" again only without --quiet). That is what a user waits for: it includes
 * chokidar noticing the change (Eleventy waits for the file to be stable
 * for 150 ms: `awaitWriteFinish.stabilityThreshold`) as well as the build
 * Eleventy itself reports ("Wrote 1 file in 0.05 seconds").
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface WatchRebuild {
  /** From the edit to "Wrote N files", in ms. */
  ms: number;
  /** What Eleventy reports for the rebuild ("Wrote N files in S seconds"), in ms. */
  reportedMs: number | null;
  /** Files Eleventy wrote in the rebuild. */
  written: number | null;
}

export interface EleventyWatch {
  /** Applies `edit` (a file write) and waits for the rebuild. */
  rebuild(edit: () => void, timeoutMs?: number): Promise<WatchRebuild>;
  /** Ends the watch process and waits for it to exit. */
  stop(): Promise<void>;
}

/** What a watch process logs: when it is ready, and when a rebuild is written (groups: files written, seconds). */
export interface WatchLog {
  ready: RegExp;
  written: RegExp;
  /** The `written` match's time unit: Eleventy says seconds, Khatt milliseconds. */
  unitMs: number;
  /** Work a rebuild leaves running after `written` (Khatt's search index): waited for, not timed, so it never overlaps the next measurement. */
  settled?: RegExp;
}

/** Eleventy's lines. */
export const ELEVENTY_LOG: WatchLog = { ready: /Watching…/, written: /Wrote (\d+) files? (?:\(skipped \d+\) )?in ([\d.]+) seconds/, unitMs: 1000 };

/** Khatt's `scripts/build.ts --watch` lines. */
export const KHATT_LOG: WatchLog = {
  ready: /khatt: watching /,
  written: /khatt: rebuilt in (?<ms>\d+) ms: (\d+) pages written/,
  unitMs: 1,
  settled: /khatt: search index refreshed/,
};

/**
 * Starts Eleventy in watch mode and resolves once its first build is done.
 *
 * @example
 *   const watch = await startEleventyWatch(process.execPath, [cmd, '--watch', '--incremental'], dir);
 *   const { ms } = await watch.rebuild(() => writeFileSync(file, edited));
 *   await watch.stop();
 */
export async function startEleventyWatch(command: string, args: readonly string[], cwd: string, timeoutMs = 300_000, lines: WatchLog = ELEVENTY_LOG): Promise<EleventyWatch> {
  const WATCHING = lines.ready;
  const WROTE = lines.written;
  const child: ChildProcess = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let waiter: { from: number; pattern: RegExp; resolve: (at: number) => void } | null = null;
  const onData = (chunk: Buffer): void => {
    log += chunk.toString('utf8');
    if (waiter !== null && waiter.pattern.test(log.slice(waiter.from))) {
      const w = waiter;
      waiter = null;
      w.resolve(performance.now());
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  // If the benchmark dies mid-way, the watch process must not outlive it.
  const killOnExit = (): void => void child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const waitFor = (pattern: RegExp, from: number, limitMs: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`eleventy --watch: no ${pattern} within ${limitMs} ms:\n${log.slice(-2000)}`)), limitMs);
      waiter = {
        from,
        pattern,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
      void exit.then(() => {
        clearTimeout(timer);
        reject(new Error(`eleventy --watch exited:\n${log.slice(-2000)}`));
      });
      if (pattern.test(log.slice(from))) waiter.resolve(performance.now());
    });

  await waitFor(WATCHING, 0, timeoutMs);
  return {
    async rebuild(edit, limitMs = 60_000) {
      const from = log.length;
      const start = performance.now();
      const done = waitFor(WROTE, from, limitMs);
      edit();
      const end = await done;
      if (lines.settled) await waitFor(lines.settled, from, limitMs);
      const wrote = WROTE.exec(log.slice(from));
      if (!wrote) return { ms: end - start, reportedMs: null, written: null };
      // Eleventy: (files, seconds); Khatt: (ms, pages)
      const [files, time] = wrote.groups?.ms !== undefined ? [wrote[2], wrote.groups.ms] : [wrote[1], wrote[2]];
      return { ms: end - start, reportedMs: Number(time) * lines.unitMs, written: Number(files) };
    },
    async stop() {
      process.off('exit', killOnExit);
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}
