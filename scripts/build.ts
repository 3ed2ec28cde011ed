/**
 * npm run build -- [--content DIR] [--out DIR] [--strict] [--no-site]
 *
 * Exit codes: 0 all good; 2 some articles were left out (named above) and
 * the rest built; 1 nothing written.
 */
import { build, DEFAULT_CACHE_DIR } from '../src/build.js';
import { formatMessage } from '../src/report/index.js';
import { checkInputs, parseCommandLine } from './cli.js';

const usage = 'usage: npm run build -- [--content DIR] [--out DIR] [--strict] [--corrections FILE] [--cache DIR | --no-cache] [--no-site] [--quiet]';

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
        quiet: { type: 'boolean', default: false },
    },
  }, usage);
  if (typeof values === 'number') return values;
  if (!checkInputs({ content: values.content, corrections: values.corrections })) return 1;
  const result = await build({
    contentDir: values.content,
    outDir: values.out,
    strict: values.strict,
    site: !values['no-site'],
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

process.exitCode = await main();
