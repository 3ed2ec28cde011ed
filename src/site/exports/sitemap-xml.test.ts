import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childElements, parseXml, textOf } from './parse-xml.js';
import { absoluteUrl, DEFAULT_SITE_URL, siteBase } from './site-url.js';
import { sitemapXml } from './sitemap-xml.js';

test('the sitemap parses back: absolute, sorted, unique URLs', () => {
  const xml = sitemapXml(['events/b/', '/', 'events/a/', '/events/a/', { path: 'data/', lastmod: '2024-08-06' }], 'https://khatt.example/ar');
  const root = parseXml(xml);
  assert.equal(root.name, 'urlset');
  assert.equal(root.attributes.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const urls = childElements(root, 'url');
  assert.deepEqual(urls.map((u) => textOf(childElements(u, 'loc')[0] ?? '')), [
    'https://khatt.example/ar/',
    'https://khatt.example/ar/data/',
    'https://khatt.example/ar/events/a/',
    'https://khatt.example/ar/events/b/',
  ]);
  assert.equal(textOf(childElements(urls[1] ?? root, 'lastmod')[0] ?? ''), '2024-08-06');
  assert.equal(childElements(urls[0] ?? root, 'lastmod').length, 0);
});

test('paths with & and non-ASCII are encoded and escaped', () => {
  const xml = sitemapXml(['search/?q=a&b', 'أماكن/'], 'https://khatt.example/');
  const locs = childElements(parseXml(xml), 'url').map((u) => textOf(u));
  assert.ok(locs.includes('https://khatt.example/search/?q=a&b'));
  assert.ok(locs.includes('https://khatt.example/%D8%A3%D9%85%D8%A7%D9%83%D9%86/'));
  assert.match(xml, /q=a&amp;b/u);
});

test('site URL: placeholder default, trailing slash, http(s) only', () => {
  assert.equal(DEFAULT_SITE_URL, 'https://example.org/');
  assert.equal(absoluteUrl('/x/'), 'https://example.org/x/');
  assert.equal(siteBase('https://k.example/a?x=1#y'), 'https://k.example/a/');
  assert.throws(() => siteBase('javascript:alert(1)'), /http or https/u);
  assert.throws(() => siteBase('not a url'));
});
