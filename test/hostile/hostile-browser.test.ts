/**
 * The hostile build (every case of cases.ts beside a good article) opened in
 * Debian's Chromium: on every page no dialog opens, no script error, and no
 * request leaves 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../browser/serve-static.js';
import { buildHostile } from './build-hostile.js';

const CHROMIUM = process.env.KHATT_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
let server: StaticServer;
const build = buildHostile();

function pages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pages(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

before(async () => {
  server = await serveStatic(build.out);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('no page built from hostile articles opens a dialog, throws, or calls out', async () => {
  const context = await browser.newContext();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  const articlePages = pages(join(build.out, 'articles'));
  assert.ok(articlePages.length >= 10, 'the hostile articles have pages');
  for (const file of [join(build.out, 'index.html'), ...articlePages]) {
    const path = relative(build.out, file).split(sep).map(encodeURIComponent).join('/').replace(/index\.html$/, '');
    await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
    // Give any injected handler a chance to fire.
    await page.mouse.move(200, 200);
    await page.mouse.click(200, 300);
  }
  await context.close();
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
});
