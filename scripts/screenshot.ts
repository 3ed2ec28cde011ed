/**
 * npx tsx scripts/screenshot.ts [--fixture] [--out DIR] [--shots DIR] [--page PATH…] [--readme] [--full]
 *
 * Builds the site (the seeds through the pipeline, or with --fixture the
 * hand-made test timeline), serves it on 127.0.0.1 and saves screenshots
 * (desktop, phone, dark) with Debian's Chromium; --readme also writes
 * docs/screenshot-home.png (the home page, 960×720).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from '../src/build.js';
import { renderSite } from '../src/site/index.js';
import { fixtureTimeline } from '../test/browser/fixture-timeline.js';
import { serveStatic } from '../test/browser/serve-static.js';

const { values } = parseArgs({ options: { fixture: { type: 'boolean', default: false }, out: { type: 'string', default: '/tmp/khatt/shots-site' }, shots: { type: 'string', default: '/tmp/khatt/shots' }, page: { type: 'string', multiple: true }, readme: { type: 'boolean', default: false }, full: { type: 'boolean', default: false } } });
rmSync(values.out, { recursive: true, force: true });
if (values.fixture) {
  const f = fixtureTimeline();
  mkdirSync(join(values.out, 'data'), { recursive: true });
  writeFileSync(join(values.out, 'data', 'timeline.json'), JSON.stringify(f.timeline));
  await renderSite({ ...f, outDir: values.out });
} else {
  await build({ contentDir: 'content/articles', outDir: values.out });
}
mkdirSync(values.shots, { recursive: true });
const server = await serveStatic(values.out);
const browser = await chromium.launch({ executablePath: process.env.KHATT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pages = values.page ?? ['/', '/events/2023-10-17-context-campaign/', '/articles/2023-11-22-centcom-second-strikes-iraq/', '/figures/', '/map/', '/events/2023-11-21-attack-ain-al-asad/'];
const setups = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'phone', viewport: { width: 375, height: 812 }, colorScheme: 'light' as const },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
];
for (const setup of setups) {
  const context = await browser.newContext({ viewport: setup.viewport, colorScheme: setup.colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(server.url + path);
    const name = `${setup.name}${path.replace(/[^a-z0-9]+/giu, '-').replace(/-$/u, '') || '-home'}.png`;
    await page.screenshot({ path: join(values.shots, name), fullPage: values.full });
    console.log(join(values.shots, name));
  }
  await context.close();
}
if (values.readme) {
  // The README's picture: the home page, light, small enough to keep in the repository.
  const context = await browser.newContext({ viewport: { width: 960, height: 720 }, colorScheme: 'light', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot-home.png' });
  console.log('docs/screenshot-home.png');
  await context.close();
}
await browser.close();
await server.close();
