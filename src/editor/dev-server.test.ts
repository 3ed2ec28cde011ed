import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { injectReloadScript, startDevServer } from './index.js';

function call(url: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(url, { method }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', fail).end();
  });
}

test('injectReloadScript puts the script before </head>, else </body>, else at the end', () => {
  const tag = '<script src="/__khatt/live-reload.js" defer></script>';
  assert.equal(injectReloadScript('<html><head><title>خط</title></HEAD><body></body></html>'), `<html><head><title>خط</title>${tag}</HEAD><body></body></html>`);
  assert.equal(injectReloadScript('<body>خط</body>'), `<body>خط${tag}</body>`);
  assert.equal(injectReloadScript('خط'), `خط${tag}`);
});

test('the server builds first, serves files with the reload script in HTML only, stays inside the site, and rebuilds on a watched change', { timeout: 20_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'khatt-dev-unit-'));
  const site = join(root, 'site');
  const watched = join(root, 'content');
  mkdirSync(join(site, 'review'), { recursive: true });
  mkdirSync(watched);
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><head></head><body>خط</body></html>');
  writeFileSync(join(site, 'review', 'index.html'), '<html><head></head><body>مراجعة</body></html>');
  writeFileSync(join(site, 'data.json'), '{"a":1}');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  let builds = 0;
  const fulls: boolean[] = [];
  const lines: string[] = [];
  const build = async (full: boolean): Promise<number> => {
    fulls.push(full);
    return ++builds && 0;
  };
  const server = await startDevServer({ contentDir: watched, outDir: site, port: 0, watch: [watched], build, log: (l) => lines.push(l), debounce: 20 });
  try {
    assert.equal(builds, 1, 'one build before listening');
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await call(`${server.url}/`);
    assert.equal(home.status, 200);
    assert.match(home.body, /<head><script src="\/__khatt\/live-reload\.js" defer><\/script><\/head>/);
    assert.match((await call(`${server.url}/review/`)).body, /مراجعة<\/body>|live-reload/);
    const json = await call(`${server.url}/data.json`);
    assert.deepEqual([json.status, json.body, json.headers['content-type']], [200, '{"a":1}', 'application/json; charset=utf-8']);
    assert.equal((await call(`${server.url}/%2e%2e/secret.txt`)).status, 404, 'dot segments are resolved inside the site');
    assert.equal((await call(`${server.url}/..%2fsecret.txt`)).status, 403);
    assert.equal((await call(`${server.url}/missing.html`)).status, 404);
    assert.equal((await call(`${server.url}/`, 'POST')).status, 405);

    writeFileSync(join(watched, 'new.md'), 'x');
    const started = Date.now();
    while (server.builds() < 2 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 25));
    assert.equal(server.builds(), 2);
    writeFileSync(join(watched, '.new.md.swp'), 'x');
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(server.builds(), 2, 'editor swap files do not rebuild');
    assert.match(lines.at(-1)!, /^khatt dev: build 2 finished in \d+ ms \(exit 0\)$/);
    assert.deepEqual(fulls, [true, false], 'a full build first; an article change asks for a rebuild, not a full build');
  } finally {
    await server.close();
  }
});
