import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fixtureTimeline } from '../../test/browser/fixture-timeline.js';
import type { Timeline } from '../model/index.js';
import { timelineJson } from './timeline-json.js';

const written = (timeline: unknown): string => `${JSON.stringify(timeline, null, 2)}\n`;

test('timelineJson: the text writeTimeline writes, byte for byte', () => {
  const { timeline } = fixtureTimeline();
  assert.equal(timelineJson(timeline, new WeakMap()), written(timeline));
  const empty: Timeline = { version: 1, articles: [], events: [], figures: [] };
  assert.equal(timelineJson(empty, new WeakMap()), written(empty));
});

test('timelineJson: any JSON in the lists and beside them', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue())), (value) => {
      assert.equal(timelineJson(value as unknown as Timeline, new WeakMap()), written(value));
    }),
  );
});

test('timelineJson: an entry that is a new object is serialised again; the memo never hides a change', () => {
  const { timeline } = fixtureTimeline();
  const memo = new WeakMap<object, string>();
  timelineJson(timeline, memo);
  const first = timeline.events[0]!;
  const edited = { ...timeline, events: [{ ...first, summary: `${first.summary} (تحديث)` }, ...timeline.events.slice(1)] };
  const text = timelineJson(edited, memo);
  assert.equal(text, written(edited));
  assert.match(text, /\(تحديث\)/u);
});
