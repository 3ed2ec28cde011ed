/**
 * npm run dev -- [--content DIR] [--out DIR] [--port N] [--corrections FILE] [--no-site]
 *
 * Builds, serves the output on http://127.0.0.1:PORT (8080 unless --port;
 * 0 picks a free port) with live reload, and rebuilds when an article, the
 * corrections file, a template or a lexicon changes. Loopback only. The
 * output goes to a temporary folder unless --out names one (never dist/ by
 * default, so a dev session cannot clobber a release build). Stop with Ctrl-C.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '../src/editor/index.js';
import { checkInputs, parseCommandLine } from './cli.js';

const usage = 'usage: npm run dev -- [--content DIR] [--out DIR] [--port N] [--corrections FILE] [--no-site]';

async function main(): Promise<number | null> {
  const values = parseCommandLine({
    options: {
        content: { type: 'string', default: 'content/articles' },
        out: { type: 'string' },
        port: { type: 'string', default: '8080' },
        corrections: { type: 'string' },
        'no-site': { type: 'boolean', default: false },
    },
  }, usage);
  if (typeof values === 'number') return values;
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    console.error(`khatt: --port ${values.port} is not a port number (0–65535)`);
    return 1;
  }
  if (!checkInputs({ content: values.content, corrections: values.corrections })) return 1;
  const outDir = values.out ?? join(mkdtempSync(join(tmpdir(), 'khatt-dev-')), 'site');
  console.log(`khatt dev: building ${values.content} into ${outDir}…`);
  const server = await startDevServer({
    contentDir: values.content,
    outDir,
    port,
    site: !values['no-site'],
    ...(values.corrections !== undefined ? { corrections: values.corrections } : {}),
  });
  console.log(`khatt dev: listening on ${server.url}/ (Ctrl-C stops)`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}

const code = await main();
if (code !== null) process.exitCode = code;
