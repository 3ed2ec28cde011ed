import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Timeline } from '../../model/types.js';
import { atomFeed } from './atom-feed.js';
import { eventsCsv } from './events-csv.js';
import { figuresCsv } from './figures-csv.js';
import type { LineMemo } from './line-memo.js';
import { sampleTimeline } from './sample-timeline.js';

/** Each export with a memo kept across "builds", and without: the same text every time. */
function sameWithMemo(builds: Timeline[]): void {
  const memos = { events: new WeakMap(), figures: new WeakMap(), feed: new WeakMap() } satisfies Record<string, LineMemo>;
  for (const t of builds) {
    assert.equal(eventsCsv(t, memos.events), eventsCsv(t));
    assert.equal(figuresCsv(t, memos.figures), figuresCsv(t));
    assert.equal(atomFeed(t, { title: 'خط' }, memos.feed), atomFeed(t, { title: 'خط' }));
  }
}

test('exports with kept lines: the same files as without, when an event, a figure or an article changes (the others the same objects)', () => {
  const first = sampleTimeline();
  const [e0, ...events] = first.events;
  const [f0, ...figures] = first.figures;
  const [a0, ...articles] = first.articles;
  // an event and a figure edited (new objects), the rest kept
  const edited: Timeline = { ...first, events: [{ ...e0!, summary: 'ملخص آخر' }, ...events], figures: [{ ...f0!, value: 99 }, ...figures] };
  // an article's outlet and date changed: the rows and entries that name it change although their events and figures are the same objects
  const republished: Timeline = { ...edited, articles: [{ ...a0!, outlet: 'منفذ آخر', published: '2025-01-01' }, ...articles] };
  sameWithMemo([first, first, edited, republished, first]);
});

test('exports with kept lines: a line is made again only for what changed', () => {
  const first = sampleTimeline();
  const memo: LineMemo = new WeakMap();
  eventsCsv(first, memo);
  const kept = first.events[1]!;
  memo.set(kept, { deps: memo.get(kept)!.deps, text: 'KEPT\r\n' });
  assert.ok(eventsCsv(first, memo).includes('KEPT\r\n'), 'the kept row of an unchanged event is used');
  assert.ok(!eventsCsv({ ...first, events: first.events.map((e) => ({ ...e })) }, memo).includes('KEPT'), 'a new object is written afresh');
});
