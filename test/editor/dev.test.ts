import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, seedCopy, tempDir } from '../build/helpers.js';

const ARTICLE = '2024-01-23-kataib-hezbollah-strikes.md';

/** Resolves with the first match of `pattern` in what `read` accumulates, or rejects after `ms`. */
function waitFor(read: () => string, pattern: RegExp, ms: number, what: string): Promise<RegExpExecArray> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = pattern.exec(read());
      if (match) {
        clearInterval(poll);
        done(match);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        fail(new Error(`timed out waiting for ${what}; got:\n${read()}`));
      }
    }, 50);
  });
}

function fetchText(url: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((done, fail) => {
    get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body, type: String(response.headers['content-type']) }));
    }).on('error', fail);
  });
}

test('npm run dev: serves on 127.0.0.1, rebuilds after an article changes and tells the page over SSE', { timeout: 90_000 }, async () => {
  const content = seedCopy([ARTICLE]);
  const out = join(tempDir(), 'site');
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'dev.ts'), '--port', '0', '--content', content, '--out', out, '--no-site'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let events: IncomingMessage | null = null;
  try {
    const [, url] = await waitFor(() => stdout, /listening on (http:\/\/127\.0\.0\.1:\d+)/, 45_000, 'the server');
    const first = await fetchText(`${url}/data/timeline.json`);
    assert.equal(first.status, 200);
    assert.match(first.type, /application\/json/);

    let stream = '';
    events = await new Promise<IncomingMessage>((done, fail) => get(`${url}/__khatt/events`, done).on('error', fail));
    assert.match(String(events.headers['content-type']), /text\/event-stream/);
    events.setEncoding('utf8').on('data', (chunk: string) => (stream += chunk));
    await waitFor(() => stream, /retry: \d+/, 5_000, 'the event stream');

    const path = join(content, ARTICLE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "عنوان بعد التعديل"'));
    await waitFor(() => stream, /event: reload\ndata: \{"build":2,"exitCode":0\}/, 45_000, 'the reload event');
    const second = JSON.parse((await fetchText(`${url}/data/timeline.json`)).body) as { articles: { title: string }[] };
    assert.equal(second.articles[0]!.title, 'عنوان بعد التعديل');

    const script = await fetchText(`${url}/__khatt/live-reload.js`);
    assert.match(script.body, /new EventSource\("\/__khatt\/events"\)/);
    assert.equal((await fetchText(`${url}/../../etc/passwd`)).status, 404);
  } finally {
    events?.destroy();
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
});
