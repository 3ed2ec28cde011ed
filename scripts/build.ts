/**
 * npm run build -- [--content DIR] [--out DIR] [--strict] [--no-site] [--no-search] [--watch]
 *
 * Exit codes: 0 all good; 2 some articles were left out (named above) and
 * the rest built; 1 nothing written.
 *
 * --watch builds, then stays running: each change to an article or to the
 * corrections file rebuilds only what it touched (src/watch/), and prints
 * one line per rebuild. Stop it with Ctrl-C.
 */
import { watch as watchPath } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { dirname, basename } from 'node:path';
import { build, DEFAULT_CACHE_DIR } from '../src/build.js';
import { correctionsPathFor } from '../src/corrections/index.js';
import { formatMessage, type Message } from '../src/report/index.js';
import { startWatchBuild, type RebuildReport } from '../src/watch/index.js';
import { checkInputs, parseCommandLine } from './cli.js';

const usage = 'usage: npm run build -- [--content DIR] [--out DIR] [--strict] [--corrections FILE] [--cache DIR | --no-cache] [--no-site] [--no-search] [--watch] [--quiet]';

/**
 * A one-shot build lets V8's old generation grow to 1.5× what was live after
 * each full collection, not the up to 4× V8 picks for a program that
 * allocates as fast as this one: extraction and the site model allocate
 * hundreds of megabytes that die young, and V8 let the heap reach ~1 GB at
 * 4,000 articles before it collected the ~300 MB that were live (the read
 * articles' array buffers among them). Peak RSS at 4,000, `--no-search`:
 * 1.20–1.23 GB → 0.84–0.90 GB, for 15–25% more CPU time at 4,000 (more
 * full collections; none measurable at 1,000), measured on a shared
 * machine. The watch mode keeps V8's default: its rebuilds are short and
 * latency-bound.
 */
const HEAP_GROWING = '--heap-growing-percent=50';

async function main(): Promise<number> {
  const values = parseCommandLine({
    options: {
        content: { type: 'string', default: 'content/articles' },
        out: { type: 'string', default: 'dist' },
        strict: { type: 'boolean', default: false },
        corrections: { type: 'string' },
        cache: { type: 'string', default: DEFAULT_CACHE_DIR },
        'no-cache': { type: 'boolean', default: false },
        'no-site': { type: 'boolean', default: false },
        'no-search': { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
    },
  }, usage);
  if (typeof values === 'number') return values;
  if (!checkInputs({ content: values.content, corrections: values.corrections })) return 1;
  if (values.watch) {
    await watchBuild({ content: values.content, out: values.out, site: !values['no-site'], search: !values['no-search'], quiet: values.quiet, ...(values.corrections !== undefined ? { corrections: values.corrections } : {}) });
    return 0;
  }
  setFlagsFromString(HEAP_GROWING);
  const result = await build({
    contentDir: values.content,
    outDir: values.out,
    strict: values.strict,
    site: !values['no-site'],
    search: !values['no-search'],
    cacheDir: values['no-cache'] ? null : values.cache,
    ...(values.corrections !== undefined ? { corrections: values.corrections } : {}),
  });
  for (const message of result.messages) {
    if (values.quiet && message.severity !== 'error') continue;
    console.error(formatMessage(message));
  }
  if (result.timeline) {
    const t = result.timeline;
    const cache = result.cached > 0 ? ` (${result.cached} from the cache)` : '';
    if (!values.quiet) console.error(`khatt: ${t.articles.length} articles${cache}, ${t.events.length} events, ${t.figures.length} figures → ${values.out}`);
  } else {
    console.error('khatt: nothing written (fix the errors above)');
  }
  return result.exitCode;
}

/** The watch mode: a first full build, then a rebuild per change, until Ctrl-C. */
async function watchBuild(options: { content: string; out: string; site: boolean; search: boolean; quiet: boolean; corrections?: string }): Promise<void> {
  const print = (messages: readonly Message[]): void => {
    for (const message of messages) if (!options.quiet || message.severity === 'error') console.error(formatMessage(message));
  };
  const summary = (r: RebuildReport, what: string): string =>
    r.timeline
      ? `khatt: ${what} in ${Math.round(r.ms)} ms: ${r.pagesWritten} pages written, ${r.pagesRemoved} removed (${r.timeline.articles.length} articles, ${r.timeline.events.length} events, ${r.timeline.figures.length} figures)`
      : `khatt: ${what} in ${Math.round(r.ms)} ms: nothing written (fix the errors above)`;
  const session = await startWatchBuild({ contentDir: options.content, outDir: options.out, site: options.site, search: options.search, ...(options.corrections !== undefined ? { corrections: options.corrections } : {}) });
  print(session.first.messages);
  console.error(summary(session.first, 'built'));

  /** One rebuild, reported on stderr (and, with search, a line when the index has caught up); null when it failed. */
  const rebuild = async (): Promise<RebuildReport | null> => {
    try {
      const r = await session.rebuild();
      print(r.messages.filter((m) => m.severity === 'error'));
      console.error(summary(r, 'rebuilt'));
      if (options.site && options.search) {
        const started = performance.now();
        void session.searchIdle().then(
          () => console.error(`khatt: search index refreshed (${Math.round(performance.now() - started)} ms after the pages)`),
          (error: unknown) => console.error(`khatt: search index refresh failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
      return r;
    } catch (error) {
      console.error(`khatt: rebuild failed: ${error instanceof Error ? error.stack : String(error)}`);
      return null;
    }
  };

  // Run by the dev server (an IPC channel): it says when to rebuild, and hears when it is done.
  const parent = process.send?.bind(process);
  if (parent) {
    parent({ type: 'built', exitCode: session.first.exitCode, ms: session.first.ms, pagesWritten: session.first.pagesWritten });
    process.on('message', (message: { type?: string }) => {
      if (message.type !== 'rebuild') return;
      void rebuild().then((r) => parent({ type: 'rebuilt', exitCode: r?.exitCode ?? 1, ms: r?.ms ?? 0, pagesWritten: r?.pagesWritten ?? 0 }));
    });
    await new Promise<void>((resolve) => process.once('disconnect', resolve));
    await session.searchIdle();
    return;
  }

  let timer: NodeJS.Timeout | null = null;
  const changed = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void rebuild();
    }, 20);
  };
  const corrections = options.corrections ?? correctionsPathFor(options.content);
  const watchers = [
    watchPath(options.content, changed),
    watchPath(dirname(corrections), (_event, name) => {
      if (name === basename(corrections)) changed();
    }),
  ];
  // Said only once the watchers are in place: whatever is saved after this line is seen.
  console.error(`khatt: watching ${options.content} and ${corrections} (Ctrl-C stops)`);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  for (const w of watchers) w.close();
  await session.searchIdle();
}

process.exitCode = await main();
