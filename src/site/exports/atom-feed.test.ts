import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomFeed, rfc3339 } from './atom-feed.js';
import { childElements, parseXml, textOf, type XmlElement } from './parse-xml.js';
import { sampleTimeline } from './sample-timeline.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u;

function one(parent: XmlElement, name: string): XmlElement {
  const found = childElements(parent, name);
  assert.equal(found.length, 1, `exactly one <${name}> in <${parent.name}>`);
  return found[0] as XmlElement;
}

test('the feed parses back as Atom with the required elements (RFC 4287 §4.1)', () => {
  const timeline = sampleTimeline();
  const feed = parseXml(atomFeed(timeline, { title: 'خط & <شركاه>', siteUrl: 'https://khatt.example/site' }));
  assert.equal(feed.name, 'feed');
  assert.equal(feed.attributes.xmlns, 'http://www.w3.org/2005/Atom');
  assert.equal(feed.attributes['xml:lang'], 'ar');
  assert.equal(textOf(one(feed, 'id')), 'https://khatt.example/site/');
  assert.equal(textOf(one(feed, 'title')), 'خط & <شركاه>');
  assert.equal(textOf(one(feed, 'author')).trim(), 'خط & <شركاه>');
  const links = childElements(feed, 'link');
  assert.deepEqual(links.map((l) => [l.attributes.rel, l.attributes.href]), [
    ['self', 'https://khatt.example/site/feed.xml'],
    ['alternate', 'https://khatt.example/site/'],
  ]);
  const entries = childElements(feed, 'entry');
  assert.equal(entries.length, timeline.events.length);
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = textOf(one(entry, 'id'));
    assert.match(id, /^https:\/\/khatt\.example\/site\/events\/[^/]+\/$/u);
    ids.add(id);
    assert.ok(textOf(one(entry, 'title')).length > 0);
    assert.match(textOf(one(entry, 'updated')), RFC3339);
    assert.match(textOf(one(entry, 'published')), RFC3339);
    assert.equal(one(entry, 'link').attributes.href, id);
  }
  assert.equal(ids.size, entries.length, 'entry ids are unique');
});

test('<updated> is the latest article date, never the clock', () => {
  const timeline = sampleTimeline();
  const feed = parseXml(atomFeed(timeline, { title: 'خط' }));
  assert.equal(textOf(one(feed, 'updated')), '2024-08-06T00:00:00Z');
  const entries = childElements(feed, 'entry');
  const attack = entries.find((e) => textOf(one(e, 'id')).includes('e-attack-1'));
  assert.ok(attack);
  // reported by a1 (2023-11-21) and a2 (2023-11-22T18:30:00+03:00): the later instant wins
  assert.equal(textOf(one(attack, 'updated')), '2023-11-22T18:30:00+03:00');
  assert.equal(textOf(one(attack, 'published')), '2023-11-21T00:00:00Z');
});

test('entries are newest first; untrusted text is escaped, not markup', () => {
  const xml = atomFeed(sampleTimeline(), { title: 'خط', siteUrl: 'https://khatt.example/' });
  assert.doesNotMatch(xml, /<b>/u);
  const feed = parseXml(xml);
  const entries = childElements(feed, 'entry');
  assert.equal(textOf(one(entries[0] as XmlElement, 'title')), 'حدث <b>e-attack-2</b>');
  assert.equal(one(entries[0] as XmlElement, 'category').attributes.term, 'attack');
  assert.match(textOf(one(entries[0] as XmlElement, 'summary')), /2024-08-03\/2024-08-04 — قاعدة عين الأسد$/u);
});

test('options: event paths, entry titles, limit; deterministic across input order', () => {
  const timeline = sampleTimeline();
  const xml = atomFeed(timeline, { title: 'خط', eventPath: (e) => `/a/${e.id}.html`, entryTitle: (e) => e.kind, limit: 2 });
  const feed = parseXml(xml);
  const entries = childElements(feed, 'entry');
  assert.equal(entries.length, 2);
  assert.equal(textOf(one(entries[0] as XmlElement, 'id')), 'https://example.org/a/e-attack-2.html');
  assert.equal(textOf(one(entries[0] as XmlElement, 'title')), 'attack');
  const shuffled = sampleTimeline();
  shuffled.events.reverse();
  shuffled.articles.reverse();
  assert.equal(atomFeed(shuffled, { title: 'خط' }), atomFeed(timeline, { title: 'خط' }));
});

test('rfc3339 turns a day into UTC midnight and keeps offsets', () => {
  assert.equal(rfc3339('2023-11-21'), '2023-11-21T00:00:00Z');
  assert.equal(rfc3339('2023-11-21T18:30+03:00'), '2023-11-21T18:30:00+03:00');
  assert.equal(rfc3339('2023-11-21T18:30:05Z'), '2023-11-21T18:30:05Z');
  assert.throws(() => rfc3339('yesterday'), /not a date/u);
});
