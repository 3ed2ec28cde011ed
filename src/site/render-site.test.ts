import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fixtureTimeline } from '../../test/browser/fixture-timeline.js';
import { minifyCss, prepareSite, renderSite, siteMemo, writeSiteFiles } from './render-site.js';
import { safeSlug } from './slug.js';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

async function render(fixture = fixtureTimeline()): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-render-'));
  dirs.push(dir);
  await renderSite({ ...fixture, outDir: dir });
  return dir;
}

test('the same content gives byte-identical output', async () => {
  const a = files(await render());
  const b = files(await render());
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs between two builds`);
  assert.ok(a.has('index.html') && a.has('404.html') && a.has('favicon.svg') && a.has('assets/site.css'));
  assert.ok(a.has(join('events', '2023-11-21-attack-ain-al-asad', 'index.html')));
});

test('untrusted article text is escaped; ids that are not ASCII get safe paths', async () => {
  const fixture = fixtureTimeline();
  const hostile = '<script>alert(1)</script> "x" عين';
  const doc = fixture.docs[0]!;
  const id = 'مقال خبيث/../x';
  doc.article = { ...doc.article, id, title: hostile, outlet: hostile };
  fixture.timeline.articles[0] = doc.article;
  for (const e of fixture.timeline.events) {
    e.summary = hostile;
    for (const s of e.sources) if (s.article === fixture.timeline.articles[1]!.id) s.quote = hostile;
  }
  const dir = await render(fixture);
  const all = files(dir);
  assert.ok(all.has(join('articles', safeSlug(id), 'index.html')));
  for (const [path, bytes] of all) {
    if (!path.endsWith('.html')) continue;
    const html = bytes.toString('utf8');
    assert.doesNotMatch(html, /<script>alert/u, path);
    const scripts = html.match(/<script[^>]*>/gu) ?? [];
    const allowed = ['<script src="/assets/filter.js" defer>', '<script type="module" src="/assets/search-client.js">', '<script type="application/ld+json">'];
    assert.ok(scripts.every((s) => allowed.includes(s)), `${path}: ${scripts.join(' ')}`);
    assert.doesNotMatch(html, /\sstyle=/u, path);
    assert.match(html, /^<!doctype html>\n<html lang="ar" dir="rtl">/u, path);
  }
});

test('the stylesheet is minified without touching values', () => {
  assert.equal(minifyCss('/* c */\na , b {\n  color:  red;\n  margin: calc(-1.5rem - 7px);\n}\n'), 'a,b{color:red;margin:calc(-1.5rem - 7px)}');
});

test('writeSiteFiles with the memo of a watch session writes a file again only when what it is made of changed', () => {
  const fixture = fixtureTimeline();
  const dir = mkdtempSync(join(tmpdir(), 'khatt-files-'));
  dirs.push(dir);
  const memo = siteMemo();
  const site = (timeline = fixture.timeline) => prepareSite({ timeline, docs: fixture.docs, extractions: fixture.extractions, outDir: dir, memo });
  const written = memo.files;
  writeSiteFiles(site(), dir, written);
  const exports = ['data/events.csv', 'data/figures.csv', 'feed.xml', 'sitemap.xml', 'assets/site.css'];
  for (const file of exports) assert.ok(existsSync(join(dir, file)), file);
  for (const file of exports) rmSync(join(dir, file));

  // The same content (equal, not the same objects): nothing written again.
  writeSiteFiles(site(structuredClone(fixture.timeline)), dir, written);
  assert.deepEqual(exports.filter((file) => existsSync(join(dir, file))), []);

  // A figure changed: the figures file, not the events file nor the feed.
  const figureEdit = structuredClone(fixture.timeline);
  figureEdit.figures[0]!.asOf = '2024-08-31';
  writeSiteFiles(site(figureEdit), dir, written);
  assert.deepEqual(exports.filter((file) => existsSync(join(dir, file))), ['data/figures.csv']);

  // An event summary changed: the events file and the feed.
  const eventEdit = structuredClone(figureEdit);
  eventEdit.events[0]!.summary += ' (تحديث)';
  writeSiteFiles(site(eventEdit), dir, written);
  assert.deepEqual(exports.filter((file) => existsSync(join(dir, file))), ['data/events.csv', 'data/figures.csv', 'feed.xml']);
  assert.match(readFileSync(join(dir, 'feed.xml'), 'utf8'), /\(تحديث\)/u);

  // An event gone: its page is gone, so the sitemap too.
  const dropped = structuredClone(eventEdit);
  dropped.events.pop();
  writeSiteFiles(site(dropped), dir, written);
  assert.ok(existsSync(join(dir, 'sitemap.xml')));

  // A new output folder: every file.
  written.clear();
  for (const file of ['data/events.csv', 'data/figures.csv', 'feed.xml', 'sitemap.xml']) rmSync(join(dir, file));
  writeSiteFiles(site(dropped), dir, written);
  assert.deepEqual(exports.filter((file) => existsSync(join(dir, file))), exports);
});
