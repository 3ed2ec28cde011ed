import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allElements, childElements, parseXml, textOf, type XmlElement } from '../exports/parse-xml.js';
import { sampleTimeline } from '../exports/sample-timeline.js';
import { countries, countryName } from './countries.js';
import { locatorMap } from './locator-map.js';
import { overviewMap, placesOf } from './overview-map.js';
import { REGION_VIEW, viewOfBounds } from './view.js';

/** Every attribute value that could make the browser fetch something. */
function outsideReferences(svg: XmlElement): string[] {
  return allElements(svg).flatMap((el) =>
    Object.entries(el.attributes)
      .filter(([key, value]) => key !== 'xmlns' && (/^(?:https?:)?\/\//u.test(value) || /url\(/u.test(value)))
      .map(([key, value]) => `${el.name} ${key}=${value}`),
  ).concat(allElements(svg).filter((el) => ['image', 'use', 'foreignObject', 'script', 'style'].includes(el.name)).map((el) => el.name));
}

function accessibleName(svg: XmlElement): { title: string; desc: string } {
  // An image, or a group when it holds links (see render-map.ts).
  const links = allElements(svg).some((el) => el.name === 'a');
  assert.equal(svg.attributes.role, links ? 'group' : 'img');
  const [titleId, descId] = (svg.attributes['aria-labelledby'] ?? '').split(' ');
  const title = childElements(svg, 'title')[0];
  const desc = childElements(svg, 'desc')[0];
  assert.ok(title && desc);
  assert.equal(title.attributes.id, titleId);
  assert.equal(desc.attributes.id, descId);
  return { title: textOf(title), desc: textOf(desc) };
}

const hostile = { id: 'x', name: '<script>alert(1)</script>', country: 'IQ', lat: 33.3, lon: 44.4, count: 1, href: 'places/x/?a=1&b="2"' };

test('overview map: well-formed SVG with a name, linked markers sized by count, a table row per place', () => {
  const places = [...placesOf(sampleTimeline(), (key) => `../places/${key}/`), hostile];
  const map = overviewMap(places);
  const svg = parseXml(map.svg);
  assert.equal(svg.name, 'svg');
  assert.equal(svg.attributes.xmlns, 'http://www.w3.org/2000/svg');
  const { title, desc } = accessibleName(svg);
  assert.equal(title, 'أماكن الأحداث');
  assert.match(desc, /4 من 5/u);
  const links = allElements(svg).filter((el) => el.name === 'a');
  assert.deepEqual(links.map((a) => a.attributes.href), ['../places/ain-al-asad/', 'places/x/?a=1&b="2"', '../places/IQ:أبو غريب/', '../places/IQ:القائم/']);
  const radii = links.map((a) => Number(childElements(a, 'circle')[0]?.attributes.r));
  assert.equal(radii[0], 14);
  assert.ok((radii[1] ?? 0) < 14 && (radii[1] ?? 0) >= 3);
  assert.equal(links[1]?.attributes['aria-label'], '<script>alert(1)</script> — عدد الأحداث: 1');
  assert.doesNotMatch(map.svg, /<script/u);
  // Washington is outside the frame: in the table, not on the map
  assert.equal(map.table.rows.length, 5);
  assert.deepEqual(map.table.head, ['المكان', 'البلد', 'عدد الأحداث']);
  assert.ok(map.table.rows.some((row) => row[1] === 'الولايات المتحدة'));
  assert.deepEqual(map.table.rows[0], [{ text: 'قاعدة عين الأسد', href: '../places/ain-al-asad/' }, 'العراق', 2]);
  assert.deepEqual(outsideReferences(svg), []);
});

test('overview map: Arabic country names, the countries with events highlighted, under 40 KB, deterministic', () => {
  const map = overviewMap(placesOf(sampleTimeline()));
  const svg = parseXml(map.svg);
  const names = allElements(svg).filter((el) => el.name === 'g' && el.attributes.class === 'khatt-map-country-names').flatMap((g) => childElements(g, 'text').map(textOf));
  for (const name of ['العراق', 'سوريا', 'السعودية', 'إيران', 'اليمن', 'الأردن', 'تركيا', 'مصر']) assert.ok(names.includes(name), name);
  assert.ok(!names.includes('البحرين'), 'small countries are not named on the overview');
  const active = allElements(svg).filter((el) => el.attributes.class === 'khatt-map-active').map((el) => el.attributes['data-country']);
  assert.deepEqual(active, ['IQ']);
  const bytes = Buffer.byteLength(map.svg);
  assert.ok(bytes < 40_000, `overview map is ${bytes} bytes`);
  const shuffled = sampleTimeline();
  shuffled.events.reverse();
  assert.equal(overviewMap(placesOf(shuffled)).svg, map.svg);
});

test('overview map without places still draws the region', () => {
  const map = overviewMap([]);
  const svg = parseXml(map.svg);
  assert.equal(allElements(svg).filter((el) => el.name === 'circle').length, 0);
  assert.ok(allElements(svg).some((el) => el.attributes.class === 'khatt-map-land' && (el.attributes.d ?? '').length > 1000));
  assert.deepEqual(map.table.rows, []);
});

test('path data stays inside the frame and uses at most one decimal', () => {
  const map = overviewMap(placesOf(sampleTimeline()));
  const svg = parseXml(map.svg);
  for (const path of allElements(svg).filter((el) => el.name === 'path')) {
    const d = path.attributes.d ?? '';
    assert.match(d, /^[Mlz0-9 .-]*$/u);
    assert.doesNotMatch(d, /\.\d\d/u);
    let x = 0;
    let y = 0;
    for (const command of d.match(/[Ml][^Mlz]*/gu) ?? []) {
      const numbers = (command.slice(1).match(/-?(?:\d+\.?\d*|\.\d+)/gu) ?? []).map(Number);
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        if (command[0] === 'M' && i === 0) [x, y] = [numbers[0] ?? 0, numbers[1] ?? 0];
        else [x, y] = [x + (numbers[i] ?? 0), y + (numbers[i + 1] ?? 0)];
        assert.ok(x >= -0.5 && x <= REGION_VIEW.width + 0.5 && y >= -0.5 && y <= REGION_VIEW.height + 0.5, `${x},${y}`);
      }
    }
  }
});

test('locator map: the place marked and named, its country highlighted, neighbours named, small', () => {
  const map = locatorMap({ name: 'قاعدة "عين" الأسد', country: 'IQ', lat: 33.8, lon: 42.44 });
  const svg = parseXml(map.svg);
  const { title } = accessibleName(svg);
  assert.equal(title, 'موقع قاعدة "عين" الأسد');
  const circles = allElements(svg).filter((el) => el.name === 'circle');
  assert.equal(circles.length, 1);
  assert.equal(circles[0]?.attributes.cx, '160');
  assert.equal(circles[0]?.attributes.cy, '120');
  assert.ok(allElements(svg).some((el) => el.attributes.class === 'khatt-map-place-name' && textOf(el) === 'قاعدة "عين" الأسد'));
  assert.ok(allElements(svg).some((el) => el.attributes['data-country'] === 'IQ'));
  const names = allElements(svg).filter((el) => el.name === 'text').map(textOf);
  assert.ok(names.includes('سوريا') && names.includes('العراق'), names.join(','));
  assert.deepEqual(map.table.rows, [['قاعدة "عين" الأسد', 'العراق', 33.8, 42.44]]);
  assert.equal(map.caption, 'موقع قاعدة "عين" الأسد، العراق.');
  assert.deepEqual(outsideReferences(svg), []);
  assert.ok(Buffer.byteLength(map.svg) < 12_000, `${Buffer.byteLength(map.svg)} bytes`);
});

test('locator map: small neighbours are named when zoomed in; ids are configurable', () => {
  const map = locatorMap({ name: 'بيروت', country: 'LB', lat: 33.89, lon: 35.5 }, { id: 'loc-1' });
  const svg = parseXml(map.svg);
  assert.equal(svg.attributes['aria-labelledby'], 'loc-1-title loc-1-desc');
  const names = allElements(svg).filter((el) => el.name === 'text').map(textOf);
  assert.ok(names.includes('قبرص'), names.join(','));
  assert.ok(!names.includes('لبنان'), 'the country name gives way to the place name beside the marker');
});

test('countries table: codes, world-atlas ids that exist, Arabic names', () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as { objects: { countries: { geometries: { id?: string }[] } } };
  const ids = new Set(topology.objects.countries.geometries.map((g) => g.id));
  for (const c of countries()) {
    assert.match(c.code, /^[A-Z]{2}$/u);
    assert.ok(ids.has(c.numeric), `${c.code} ${c.numeric}`);
    assert.match(c.name, /^[\u0600-\u06FF ]+$/u, c.code);
  }
  for (const code of ['IQ', 'SY', 'JO', 'YE', 'IL', 'PS', 'IR', 'LB', 'US']) assert.notEqual(countryName(code), code);
  assert.equal(countryName('ZZ'), 'ZZ');
});

test('viewOfBounds fits a lon/lat box', () => {
  const view = viewOfBounds(30, 11, 60, 41, 600);
  assert.equal(view.height, 679);
  assert.equal(view.spanLon, 30);
  assert.ok(Math.abs(view.center[1] - 26.99) < 0.01);
});

test('a map whose markers are links is a labelled group, not an image (links may not sit inside an image)', async () => {
  const { overviewMap } = await import('./overview-map.js');
  const linked = overviewMap([{ id: 'a', name: 'عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44, count: 2, href: '/places/a/' }]).svg;
  assert.match(linked, /^<svg [^>]*role="group" aria-labelledby="map-overview-title map-overview-desc"/u);
  const plain = overviewMap([{ id: 'a', name: 'عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44, count: 2 }]).svg;
  assert.match(plain, /^<svg [^>]*role="img"/u);
});
