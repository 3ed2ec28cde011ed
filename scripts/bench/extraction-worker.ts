/**
 * The in-process half of `npm run bench`, run in a child process so its
 * memory is its own:
 *
 *   measure  --content DIR --runs R --warmups W
 *            W warm-up rounds, then R rounds of remark-parse alone over the
 *            bodies and `extractTimeline` (read + normalise + dates + figures
 *            + events + merge, no site), alternating which goes first.
 *   once     --content DIR
 *            one cold `extractTimeline` in a fresh process (its peak RSS).
 *   profile  --content DIR --out DIR
 *            after a warm-up, CPU-profiles one `extractTimeline` and one full
 *            `build` and sums self time by source folder and package.
 *
 * Writes one JSON object to `--result FILE` (stdout is left to whatever the
 * build prints).
 */
import { Session } from 'node:inspector/promises';
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { build, extractTimeline } from '../../src/build.js';
import { readArticles } from '../../src/read/index.js';
import { summarizeProfile, type CpuProfile } from './summarize-profile.js';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'measure' },
    content: { type: 'string' },
    out: { type: 'string' },
    runs: { type: 'string', default: '5' },
    warmups: { type: 'string', default: '1' },
    result: { type: 'string' },
  },
  strict: true,
});
const contentDir = values.content;
if (contentDir === undefined) throw new Error('extraction-worker: --content DIR is required');

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** What one extraction yields, in counts. */
function extractOnce(): { ms: number; articles: number; events: number; figures: number; errors: number; warnings: number } {
  const start = performance.now();
  const { timeline, messages } = extractTimeline(contentDir!);
  const ms = performance.now() - start;
  return {
    ms,
    articles: timeline.articles.length,
    events: timeline.events.length,
    figures: timeline.figures.length,
    errors: messages.filter((m) => m.severity === 'error').length,
    warnings: messages.filter((m) => m.severity === 'warning').length,
  };
}

async function main(): Promise<unknown> {
  if (values.mode === 'once') {
    const startRssMb = rssMb();
    const result = extractOnce();
    return { ...result, startRssMb, peakRssMb: rssMb() };
  }

  const { docs } = readArticles(contentDir!);
  const bodies = docs.map((d) => d.body);
  const bodyBytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0);
  const parser = unified().use(remarkParse);
  const parseAll = (): number => {
    const start = performance.now();
    for (const body of bodies) parser.parse(body);
    return performance.now() - start;
  };

  if (values.mode === 'measure') {
    const runs = Number(values.runs);
    const warmups = Number(values.warmups);
    for (let i = 0; i < warmups; i++) {
      parseAll();
      extractOnce();
    }
    const parseMs: number[] = [];
    const extractMs: number[] = [];
    let last: ReturnType<typeof extractOnce> | null = null;
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) parseMs.push(parseAll());
      last = extractOnce();
      extractMs.push(last.ms);
      if (i % 2 === 1) parseMs.push(parseAll());
    }
    return { articles: docs.length, bodyBytes, parseMs, extractMs, counts: last, peakRssMb: rssMb() };
  }

  if (values.mode === 'profile') {
    const outDir = values.out;
    if (outDir === undefined) throw new Error('extraction-worker: profile needs --out DIR');
    parseAll();
    extractOnce();
    await build({ contentDir: contentDir!, outDir });
    rmSync(outDir, { recursive: true, force: true });
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    const profiled = async (run: () => unknown): Promise<ReturnType<typeof summarizeProfile>> => {
      await session.post('Profiler.start');
      await run();
      const { profile } = await session.post('Profiler.stop');
      return summarizeProfile(profile as unknown as CpuProfile);
    };
    const parse = await profiled(parseAll);
    const extraction = await profiled(extractOnce);
    const fullBuild = await profiled(() => build({ contentDir: contentDir!, outDir }));
    session.disconnect();
    return { parse, extraction, build: fullBuild };
  }
  throw new Error(`extraction-worker: unknown --mode ${values.mode}`);
}

const result = `${JSON.stringify(await main())}\n`;
if (values.result === undefined) process.stdout.write(result);
else writeFileSync(values.result, result);
