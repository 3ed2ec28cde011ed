import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { writeTimeline } from '../build.js';
import type { Timeline } from '../model/index.js';
import { timelineJsonParts, timelineWriter } from './timeline-writer.js';

const indented = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const pieced = (value: object, items = new WeakMap<object, Buffer>()): string => `${Buffer.concat(timelineJsonParts(value, items)).toString('utf8')}\n`;

test('timelineJsonParts: the same text as JSON.stringify(value, null, 2), for any top-level object', () => {
  const item = fc.oneof(fc.object(), fc.array(fc.jsonValue()), fc.jsonValue(), fc.constant(undefined));
  const field = fc.oneof(fc.array(item), fc.jsonValue(), fc.constant(undefined), fc.string({ unit: 'grapheme' }));
  fc.assert(fc.property(fc.dictionary(fc.string(), field), (value) => assert.equal(pieced(value), indented(value))), { numRuns: 500 });
});

test('timelineJsonParts: Arabic text, quotes, line breaks and empty lists come out as JSON.stringify writes them', () => {
  const value = { version: 1, articles: [], events: [{ summary: 'غارة "بطائرة"\nمسيّرة', sources: [{ start: 3, end: 9 }], place: null }], figures: [[], {}, 'x'] };
  assert.equal(pieced(value), indented(value));
});

test('timelineWriter: an item kept from the last call is not serialised again; a new object is', () => {
  const event = { id: 'e1', summary: 'قصف' };
  const items = new WeakMap<object, Buffer>();
  assert.equal(pieced({ events: [event] }, items), indented({ events: [event] }));
  // the kept bytes are used for the same object, so a stale entry would show here
  items.set(event, Buffer.from('"kept"'));
  assert.equal(pieced({ events: [event] }, items), indented({ events: ['kept'] }));
  // a value-equal new object is serialised afresh
  assert.equal(pieced({ events: [{ ...event }] }, items), indented({ events: [event] }));
});

test('timelineWriter: the file writeTimeline writes, before and after a change', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-timeline-writer-'));
  try {
    const article = { id: 'a1', title: 'عنوان', published: '2024-01-02' };
    const timeline = { version: 1, articles: [article], events: [], figures: [] } as unknown as Timeline;
    const write = timelineWriter();
    for (const t of [timeline, { ...timeline, articles: [article, { ...article, id: 'a2' }] } as unknown as Timeline]) {
      write(join(dir, 'watched'), t);
      writeTimeline(join(dir, 'full'), t);
      assert.equal(readFileSync(join(dir, 'watched', 'data', 'timeline.json'), 'utf8'), readFileSync(join(dir, 'full', 'data', 'timeline.json'), 'utf8'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('timelineWriter: a timeline of more pieces than one writev call takes (IOV_MAX, 1024) is written whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-timeline-writer-'));
  try {
    const events = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, summary: `قصف ${i}` }));
    const timeline = { version: 1, articles: [], events, figures: [] } as unknown as Timeline;
    timelineWriter()(join(dir, 'watched'), timeline);
    assert.equal(readFileSync(join(dir, 'watched', 'data', 'timeline.json'), 'utf8'), indented(timeline));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
