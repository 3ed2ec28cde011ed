/**
 * The built site in Debian's Chromium (playwright-core), served on
 * 127.0.0.1. Two builds: the seeds through the whole pipeline (whatever the
 * extraction yields today) and the hand-made fixture timeline over the
 * same seeds (so that every kind of page, mark and filter is exercised).
 *
 * Every page: RTL Arabic, no console errors, no failed request, no request
 * leaving 127.0.0.1, no sideways scroll at 375 px, zero axe-core
 * violations; every internal link and fragment resolves; outbound links
 * carry rel="noopener noreferrer". The timeline is complete with
 * JavaScript off; the filters work with it on; the home page's weight.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, extractTimeline } from '../../src/build.js';
import type { Timeline } from '../../src/model/index.js';
import { renderSite } from '../../src/site/index.js';
import { safeSlug } from '../../src/site/slug.js';
import { fixtureTimeline } from './fixture-timeline.js';
import { serveStatic, type StaticServer } from './serve-static.js';

const CHROMIUM = process.env.KHATT_CHROMIUM ?? '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Site {
  name: string;
  dir: string;
  server: StaticServer;
  timeline: Timeline;
  pages: string[];
}

let browser: Browser;
const sites: Site[] = [];
/** The seeds build merges two events by a correction: [kept, retired]. */
let merged: [string, string] | null = null;
const tmp = mkdtempSync(join(tmpdir(), 'khatt-site-'));

/** Every HTML page of a built site, as URL paths (not the redirects). */
function pagesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      // Redirect pages of retired event ids navigate away at once: they have a test of their own.
      else if (name.endsWith('.html') && !readFileSync(path, 'utf8').includes('http-equiv="refresh"')) out.push(`/${relative(dir, path).split(sep).join('/')}`.replace(/index\.html$/u, ''));
    }
  };
  walk(dir);
  return out;
}

before(async () => {
  const seedsDir = join(tmp, 'seeds');
  // The seeds in a content folder of their own, with a corrections file that merges two events.
  const content = join(tmp, 'content');
  cpSync('content/articles', join(content, 'articles'), { recursive: true });
  const events = extractTimeline(join(content, 'articles'), null).timeline.events;
  if (events.length >= 2) {
    merged = [events[0]!.id, events[1]!.id];
    writeFileSync(join(content, 'corrections.yaml'), `- merge: [${merged[0]}, ${merged[1]}]\n  note: test of the redirect pages\n`);
  }
  const result = await build({ contentDir: join(content, 'articles'), outDir: seedsDir });
  assert.ok(result.timeline, `the seeds build: ${result.messages.filter((m) => m.severity === 'error').map((m) => `${m.file}: ${m.reason} [${m.ruleId}]`).join('; ')}`);
  const fixtureDir = join(tmp, 'fixture');
  const fixture = fixtureTimeline();
  mkdirSync(join(fixtureDir, 'data'), { recursive: true });
  writeFileSync(join(fixtureDir, 'data', 'timeline.json'), JSON.stringify(fixture.timeline));
  await renderSite({ ...fixture, outDir: fixtureDir });
  for (const [name, dir, timeline] of [['seeds', seedsDir, result.timeline], ['fixture', fixtureDir, fixture.timeline]] as const) {
    sites.push({ name, dir, server: await serveStatic(dir), timeline, pages: pagesOf(dir) });
  }
  // playwright gives every launch a fresh, throw-away profile (--user-data-dir).
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  for (const site of sites) await site.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A context that refuses (and records) every request leaving the site. */
async function guardedContext(site: Site, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${site.server.url}/`) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return { context, outside };
}

/** Loads a page and reports what went wrong on the way. */
async function visit(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }): void => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  };
  const onError = (e: Error): void => void problems.push(`page error: ${e.message}`);
  // ERR_ABORTED is a request cancelled by the next navigation (the favicon, fetched lazily).
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }): void => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  };
  const onResponse = (r: { url(): string; status(): number }): void => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  page.off('console', onConsole);
  page.off('pageerror', onError);
  page.off('requestfailed', onFailed);
  page.off('response', onResponse);
  return problems;
}

describe('every page', () => {
  test('RTL Arabic, no console errors, no failed or outside requests, no sideways scroll at 375 px, links resolve', async () => {
    for (const site of sites) {
      const { context, outside } = await guardedContext(site, { viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const links = new Map<string, string>();
      const ids = new Map<string, Set<string>>();
      for (const path of site.pages) {
        const t0 = Date.now();
        const problems = await visit(page, site.server.url + path);
        if (process.env.KHATT_DEBUG) console.log(`# ${site.name} ${path} ${Date.now() - t0}ms`);
        assert.deepEqual(problems, [], `${site.name} ${path}`);
        const facts = await page.evaluate(() => ({
          dir: document.documentElement.dir,
          lang: document.documentElement.lang,
          computed: getComputedStyle(document.body).direction,
          scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          hrefs: [...document.querySelectorAll('a[href], link[href], script[src]')].map((e) => ({
            href: e.getAttribute('href') ?? e.getAttribute('src') ?? '',
            rel: e.getAttribute('rel') ?? '',
            tag: e.tagName,
          })),
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          styleAttrs: document.querySelectorAll('[style]').length,
          inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src && s.type !== 'application/ld+json').length,
        }));
        assert.equal(facts.dir, 'rtl', `${site.name} ${path}: dir`);
        assert.equal(facts.lang, 'ar', `${site.name} ${path}: lang`);
        assert.equal(facts.computed, 'rtl', `${site.name} ${path}: computed direction`);
        assert.ok(facts.scroll <= 0, `${site.name} ${path}: sideways scroll of ${facts.scroll}px at 375 px`);
        assert.equal(facts.h1, 1, `${site.name} ${path}: one h1`);
        assert.equal(facts.main, 1, `${site.name} ${path}: one main landmark`);
        assert.equal(facts.styleAttrs, 0, `${site.name} ${path}: no style attributes`);
        assert.equal(facts.inlineScripts, 0, `${site.name} ${path}: no inline scripts`);
        assert.equal(new Set(facts.ids).size, facts.ids.length, `${site.name} ${path}: duplicate ids`);
        ids.set(path, new Set(facts.ids));
        for (const link of facts.hrefs) {
          const url = new URL(link.href, site.server.url + path);
          if (url.origin === site.server.url) {
            links.set(`${url.pathname}${url.hash}`, path);
          } else {
            assert.match(url.protocol, /^https?:$/u, `${site.name} ${path}: ${link.href}`);
            assert.ok(link.tag === 'A' && /noopener/u.test(link.rel) && /noreferrer/u.test(link.rel), `${site.name} ${path}: outbound ${link.href} needs rel="noopener noreferrer"`);
          }
        }
      }
      // The link check: every internal target exists; every fragment is an id on its page.
      const files = new Set(pagesOf(site.dir));
      for (const [target, from] of links) {
        const [pathname = '', hash] = target.split('#');
        const path = decodeURIComponent(pathname);
        const file = join(site.dir, path.endsWith('/') ? `${path}index.html` : path);
        let exists = false;
        try {
          exists = statSync(file).isFile();
        } catch {
          exists = false;
        }
        assert.ok(exists, `${site.name}: broken link ${target} on ${from}`);
        if (hash && files.has(path)) {
          if (!ids.has(path)) {
            await page.goto(site.server.url + path);
            ids.set(path, new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id))));
          }
          assert.ok(ids.get(path)!.has(decodeURIComponent(hash)), `${site.name}: ${target} on ${from}: no element with that id`);
        }
      }
      assert.deepEqual(outside, [], `${site.name}: requests left the machine`);
      await context.close();
    }
  });

  test('zero axe-core violations', async () => {
    for (const site of sites) {
      // The CSP forbids injected scripts: this context bypasses it for axe only.
      for (const scheme of ['light', 'dark'] as const) {
        const { context } = await guardedContext(site, { bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        // Three tabs at a time keep the run short on two cores.
        const queue = scheme === 'light' ? [...site.pages] : site.pages.slice(0, 8);
        const failures: string[] = [];
        await Promise.all([0, 1, 2].map(async () => {
          const page = await context.newPage();
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            await page.goto(site.server.url + path);
            await page.addScriptTag({ path: AXE });
            const violations = await page.evaluate(async () => {
              const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
              const result = await axe.run({ resultTypes: ['violations'] });
              return result.violations.map((v) => `${v.id}: ${v.help} → ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
            });
            for (const v of violations) failures.push(`${site.name} ${path} (${scheme}): ${v}`);
          }
        }));
        assert.deepEqual(failures, []);
        await context.close();
      }
    }
  });
});

describe('the home page', () => {
  test('the timeline is complete with JavaScript off', async () => {
    for (const site of sites) {
      const { context } = await guardedContext(site, { javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/`);
      const cards = await page.$$eval('li.ev', (els) => els.map((e) => ({ hidden: (e as HTMLElement).hidden, visible: (e as HTMLElement).offsetParent !== null })));
      assert.equal(cards.length, site.timeline.events.length, `${site.name}: one card per event`);
      assert.ok(cards.every((c) => !c.hidden && c.visible), `${site.name}: every card visible`);
      const articles = await page.$$eval('.article-list li', (els) => els.length);
      assert.equal(articles, site.timeline.articles.length);
      const times = await page.$$eval('li.ev time[datetime]', (els) => els.length);
      assert.ok(times >= cards.length, 'every card has a <time datetime>');
      if (site.timeline.events.length > 0) {
        // A filter is a plain link to a static page listing only that kind.
        const href = await page.$eval('a[data-filter^="kind:"]', (a) => a.getAttribute('href'));
        assert.match(href ?? '', /^\/kinds\/[a-z]+\/$/u);
        await page.goto(site.server.url + href!);
        const kinds = await page.$$eval('li.ev', (els) => els.map((e) => e.getAttribute('data-kind')));
        assert.ok(kinds.length > 0 && kinds.every((k) => href!.includes(`/${k}/`)), `${site.name}: static filtered page`);
      }
      await context.close();
    }
  });

  test('the filters work with JavaScript on', async () => {
    const site = sites.find((s) => s.name === 'fixture')!;
    const { context } = await guardedContext(site, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    assert.deepEqual(await visit(page, `${site.server.url}/`), []);
    const total = await page.$$eval('li.ev', (els) => els.length);
    const visible = (): Promise<Array<{ kind: string | null; country: string | null; actor: string | null }>> =>
      page.$$eval('li.ev:not([hidden])', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), country: e.getAttribute('data-country'), actor: e.getAttribute('data-actor') })));

    await page.click('a[data-filter="kind:attack"]');
    assert.equal(new URL(page.url()).pathname, '/', 'stays on the home page');
    assert.equal(new URL(page.url()).hash, '#kind=attack');
    let shown = await visible();
    const attacks = site.timeline.events.filter((e) => e.kind === 'attack').length;
    assert.equal(shown.length, attacks);
    assert.ok(shown.every((c) => c.kind === 'attack'), 'kind filter');
    assert.equal(await page.getAttribute('a[data-filter="kind:attack"]', 'aria-current'), 'true');
    assert.match(await page.textContent('#filter-status') ?? '', new RegExp(`${attacks}`, 'u'));
    // A month with nothing left to show is hidden too.
    const emptyMonths = await page.$$eval('.month:not([hidden])', (els) => els.filter((m) => !m.querySelector('li.ev:not([hidden])')).length);
    assert.equal(emptyMonths, 0);

    await page.click('a[data-filter="country:sy"]');
    shown = await visible();
    assert.ok(shown.length > 0 && shown.every((c) => c.country === 'sy'), `country filter: ${JSON.stringify(shown)}`);

    await page.click('.filters details summary'); // the actors are folded away until asked for
    await page.click('a[data-filter^="actor:"]');
    const actor = (await page.getAttribute('a[data-filter^="actor:"][aria-current]', 'data-filter'))!.slice('actor:'.length);
    shown = await visible();
    assert.ok(shown.length > 0 && shown.every((c) => (c.actor ?? '').split(' ').includes(actor)), `actor filter ${actor}: ${JSON.stringify(shown)}`);

    await page.click('a[data-filter=""]');
    assert.equal((await visible()).length, total, 'الكل shows everything again');

    // A shared address opens filtered.
    await page.goto(`${site.server.url}/#kind=strike`);
    shown = await visible();
    assert.ok(shown.length > 0 && shown.every((c) => c.kind === 'strike'), `opened filtered: ${JSON.stringify(shown)}`);
    await context.close();
  });

  test('weight: at most 100 KB transferred in all, at most 10 KB of JavaScript, nothing from elsewhere', async () => {
    for (const site of sites) {
      const { context, outside } = await guardedContext(site);
      const page = await context.newPage();
      const sizes: Array<{ url: string; type: string; bytes: number; raw: number }> = [];
      page.on('response', (r) => {
        const headers = r.headers();
        sizes.push({ url: r.url(), type: r.request().resourceType(), bytes: Number(headers['content-length'] ?? 0), raw: Number(headers['x-uncompressed-length'] ?? 0) });
      });
      await page.goto(`${site.server.url}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForLoadState('networkidle');
      const sum = (list: typeof sizes, key: 'bytes' | 'raw'): number => list.reduce((n, s) => n + s[key], 0);
      const total = sum(sizes, 'bytes');
      const raw = sum(sizes, 'raw');
      const scripts = sizes.filter((s) => s.type === 'script');
      const report = sizes.map((s) => `${s.url.replace(site.server.url, '')} ${s.bytes}/${s.raw}`).join(', ');
      console.log(`${site.name} home: ${total} bytes transferred, ${raw} uncompressed (${sum(scripts, 'raw')} of script): ${report}`);
      assert.ok(total <= 100 * 1024, `${site.name}: home page transfers ${total} bytes`);
      assert.ok(sum(scripts, 'raw') <= 10 * 1024, `${site.name}: ${sum(scripts, 'raw')} bytes of script`);
      assert.ok(sizes.some((s) => s.url.endsWith('.woff2')), 'the web font is loaded from the site itself');
      assert.deepEqual(outside, []);
      await context.close();
    }
  });
});

test('the 404 page and the favicon', async () => {
  const site = sites[0]!;
  const { context } = await guardedContext(site);
  const page = await context.newPage();
  const response = await page.goto(`${site.server.url}/no-such-page/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.textContent('h1') ?? '', /\S/u);
  const favicon = await page.goto(`${site.server.url}/favicon.svg`);
  assert.equal(favicon?.status(), 200);
  assert.match(readFileSync(join(site.dir, 'favicon.svg'), 'utf8'), /^<svg/u);
  await context.close();
});

describe('figures, map, data and search', () => {
  test('the figures page: three charts, each with a caption and its data as a table; the map page and locator maps likewise', async () => {
    const site = sites.find((s) => s.name === 'fixture')!;
    const { context, outside } = await guardedContext(site, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    assert.deepEqual(await visit(page, `${site.server.url}/figures/`), []);
    const charts = await page.$$eval('figure.khatt-graphic', (els) => els.map((f) => ({ svg: !!f.querySelector('svg[role="img"] title'), caption: f.querySelector('figcaption')?.textContent ?? '', table: f.querySelectorAll('details table th[scope="col"]').length })));
    assert.equal(charts.length, 3);
    assert.ok(charts.every((c) => c.svg && c.caption.length > 0 && c.table > 0), JSON.stringify(charts));
    assert.ok(await page.$('link[href="/assets/graphics.css"]'));

    assert.deepEqual(await visit(page, `${site.server.url}/map/`), []);
    assert.equal(await page.getAttribute('header nav a[href="/map/"]', 'aria-current'), 'page', 'the map is in the main navigation');
    const markers = await page.$$eval('figure.khatt-graphic svg a[href^="/places/"]', (els) => els.map((a) => a.getAttribute('href')));
    assert.ok(markers.length > 0, 'markers link to place pages');
    const rows = await page.$$eval('figure.khatt-graphic table tbody tr', (els) => els.length);
    assert.equal(rows, new Set(site.timeline.events.flatMap((e) => (e.place ? [e.place.id ?? e.place.name] : []))).size);

    assert.deepEqual(await visit(page, `${site.server.url}/events/2023-11-21-attack-ain-al-asad/`), []);
    assert.ok(await page.$('.locator figure.khatt-graphic svg[role="img"]'), 'a locator map on an event with coordinates');
    assert.match((await page.textContent('.locator figcaption')) ?? '', /عين الأسد/u);
    assert.deepEqual(outside, []);
    await context.close();
  });

  test('data files, feed, sitemap, Open Graph and JSON-LD whose hash the CSP allows', () => {
    for (const site of sites) {
      for (const file of ['data/events.csv', 'data/figures.csv', 'feed.xml', 'sitemap.xml', 'downloads/index.html']) assert.ok(existsSync(join(site.dir, file)), `${site.name}: ${file}`);
      const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
      const feed = readFileSync(join(site.dir, 'feed.xml'), 'utf8');
      for (const e of site.timeline.events) {
        assert.ok(feed.includes(`<link rel="alternate" type="text/html" href="https://example.org/events/${safeSlug(e.id)}/"/>`), `${site.name}: feed entry for ${e.id}`);
        assert.ok(sitemap.includes(`<loc>https://example.org/events/${safeSlug(e.id)}/</loc>`), `${site.name}: sitemap has ${e.id}`);
      }
      assert.doesNotMatch(sitemap, /\/review\/|404/u);
      let jsonLd = 0;
      for (const path of site.pages) {
        const html = readFileSync(join(site.dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
        if (/http-equiv="refresh"/u.test(html)) continue;
        if (path !== '/404.html' && !path.startsWith('/review/')) assert.ok(sitemap.includes(`<loc>https://example.org${path}</loc>`), `${site.name}: sitemap lists ${path}`);
        assert.match(html, /<meta property="og:title" content="[^"]+">/u, `${site.name} ${path}: Open Graph`);
        const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1] ?? '';
        for (const m of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/gu)) {
          jsonLd++;
          const hash = createHash('sha256').update(m[1]!, 'utf8').digest('base64');
          assert.ok(csp.includes(`'sha256-${hash}'`), `${site.name} ${path}: the JSON-LD's hash is in script-src`);
          const type = (JSON.parse(m[1]!) as { '@type': string })['@type'];
          assert.equal(type, path.startsWith('/articles/') ? 'NewsArticle' : 'Dataset', `${site.name} ${path}`);
        }
      }
      assert.equal(jsonLd, site.timeline.articles.length + 1, `${site.name}: a NewsArticle per article and the Dataset`);
      const downloads = readFileSync(join(site.dir, 'downloads', 'index.html'), 'utf8');
      for (const column of ['event_date', 'event_id', 'figure_id', 'qualifier']) assert.match(downloads, new RegExp(`<code dir="ltr">${column}</code>`, 'u'));
    }
  });

  test('the review page: not indexed, not in the navigation, every date, figure and event with its rule', async () => {
    for (const site of sites) {
      const html = readFileSync(join(site.dir, 'review', 'index.html'), 'utf8');
      assert.match(html, /<meta name="robots" content="noindex">/u);
      assert.doesNotMatch(/<nav aria-label="[^"]*">[\s\S]*?<\/nav>/u.exec(html)?.[0] ?? '', /\/review\//u, 'not in the main navigation');
      assert.match(readFileSync(join(site.dir, 'about', 'index.html'), 'utf8'), /href="\/review\/"/u);
      for (const a of site.timeline.articles) assert.ok(html.includes(`href="/articles/${safeSlug(a.id)}/"`), `${site.name}: ${a.id} reviewed`);
      assert.match(html, /<code dir="ltr">dates:[a-z-]+<\/code>/u);
    }
    const seeds = sites.find((s) => s.name === 'seeds')!;
    if (merged) assert.match(readFileSync(join(seeds.dir, 'review', 'index.html'), 'utf8'), new RegExp(`merge[^<]*${merged[1]}`, 'u'), 'the correction is listed');
  });

  test('a retired event id redirects to the event that replaced it, without script', async () => {
    const site = sites.find((s) => s.name === 'seeds')!;
    assert.ok(merged, 'the seeds give at least two events to merge');
    const [kept, retired] = merged;
    const html = readFileSync(join(site.dir, 'events', safeSlug(retired), 'index.html'), 'utf8');
    const target = `/events/${safeSlug(kept)}/`;
    assert.ok(html.includes(`<meta http-equiv="refresh" content="0; url=${target}">`));
    assert.ok(html.includes(`<link rel="canonical" href="${target}">`));
    assert.ok(html.includes(`<a href="${target}">`));
    assert.doesNotMatch(html, /<script/u);
    const { context } = await guardedContext(site);
    const page = await context.newPage();
    await page.goto(`${site.server.url}/events/${safeSlug(retired)}/`);
    await page.waitForURL(`${site.server.url}${target}`);
    await context.close();
  });

  test('search finds the Ain al-Asad pages for "عين الأسد" and "الاسد", in Chromium, from the site itself', async () => {
    const site = sites.find((s) => s.name === 'seeds')!;
    const ain = site.timeline.articles.filter((a) => a.id.includes('ain-al-asad')).map((a) => `/articles/${safeSlug(a.id)}/`);
    assert.ok(ain.length > 0);
    const { context, outside } = await guardedContext(site);
    const page = await context.newPage();
    for (const query of ['عين الأسد', 'الاسد']) {
      // The header form is a plain GET to /search/: the same address works with or without a click.
      const problems = await visit(page, `${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      assert.deepEqual(problems, [], query);
      await page.waitForSelector('[data-khatt-search-results] ol li a', { timeout: 15000 });
      const found = await page.$$eval('[data-khatt-search-results] ol li a', (els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const path of ain) assert.ok(found.includes(path), `${query}: ${path} in ${JSON.stringify(found)}`);
      assert.ok(found.every((p) => p.startsWith('/articles/') || p.startsWith('/events/')), `only article and event pages are indexed: ${JSON.stringify(found)}`);
    }
    assert.deepEqual(outside, []);
    // Without JavaScript the header form still leads to the search page, which says what it needs.
    const off = await guardedContext(site, { javaScriptEnabled: false });
    const plain = await off.context.newPage();
    await plain.goto(`${site.server.url}/about/`);
    await plain.fill('#site-q', 'الاسد');
    await plain.press('#site-q', 'Enter');
    await plain.waitForURL(/\/search\/\?q=/u);
    assert.match((await plain.textContent('main')) ?? '', /JavaScript/u);
    await off.context.close();
    await context.close();
  });
});
