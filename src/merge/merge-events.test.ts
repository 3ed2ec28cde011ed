import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleEvent } from '../extract/events/index.js';
import { placeById, toEventPlace } from '../gazetteer/index.js';
import type { Figure } from '../model/types.js';
import { mergeEvents, mergeMemo } from './index.js';

function ev(article: string, kind: ArticleEvent['kind'], start: string, place: string | null, at = 0, extra: Partial<ArticleEvent> = {}): ArticleEvent {
  return {
    article,
    kind,
    date: { start, end: extra.date?.end ?? start, precision: extra.date?.precision ?? 'day' },
    place: place ? toEventPlace(placeById(place)!) : null,
    actors: [],
    summary: `${article} ${kind}`,
    figures: [],
    sources: [{ article, quote: 'q', start: at, end: at + 1 }],
    rule: `events:${kind}-cue`,
    dateExplanation: 'x',
    ...extra,
  };
}

test('one happening reported by three articles is one event with all sources', () => {
  const { events } = mergeEvents([
    ev('a', 'attack', '2023-11-21', 'ain-al-asad'),
    ev('b', 'attack', '2023-11-21', 'ain-al-asad', 5),
    ev('c', 'attack', '2023-11-21', 'iraq', 9),
  ], []);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.id, '2023-11-21-attack-ain-al-asad');
  assert.deepEqual(events[0]!.sources.map((s) => s.article), ['a', 'b', 'c']);
  assert.equal(events[0]!.place?.id, 'ain-al-asad');
});

test('different kinds, days, incompatible places, or context topics stay apart', () => {
  const { events } = mergeEvents([
    ev('a', 'attack', '2023-11-21', 'ain-al-asad'),
    ev('b', 'strike', '2023-11-21', 'ain-al-asad'),
    ev('c', 'attack', '2023-11-22', 'ain-al-asad'),
    ev('d', 'attack', '2023-11-21', 'al-shaddadi'),
    ev('e', 'context', '2024-01-22', null, 0, { rule: 'events:withdrawal' }),
    ev('f', 'context', '2024-01-22', null, 0, { rule: 'events:assassination' }),
  ], []);
  assert.equal(events.length, 6);
});

test('two events of one article are not merged by the cross-article step', () => {
  const { events } = mergeEvents([ev('a', 'attack', '2023-11-21', null), ev('a', 'attack', '2023-11-21', 'ain-al-asad', 40)], []);
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => e.id).sort(), ['2023-11-21-attack-ain-al-asad', '2023-11-21-attack-none']);
});

test('the narrowest date wins: a month and a day of the same happening', () => {
  const { events } = mergeEvents([
    ev('a', 'attack', '2024-01-01', 'tower-22', 0, { date: { start: '2024-01-01', end: '2024-01-31', precision: 'month' } }),
    ev('b', 'attack', '2024-01-28', 'tower-22'),
  ], []);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.date, { start: '2024-01-28', end: '2024-01-28', precision: 'day' });
});

test('supporting (weak) events alone are left out; with a real one they add their source', () => {
  const weak = ev('a', 'context', '2023-10-11', null, 0, { rule: 'events:campaign-start-tally', weak: true, date: { start: '2023-10-11', end: '2023-10-20', precision: 'days' } });
  assert.equal(mergeEvents([weak], []).events.length, 0);
  const { events } = mergeEvents([weak, ev('b', 'context', '2023-10-17', null, 0, { rule: 'events:campaign-start' })], []);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date.start, '2023-10-17');
  assert.deepEqual(events[0]!.sources.map((s) => s.article), ['a', 'b']);
});

test('ids are ASCII slugs, unique, and stable when an article reporting the same facts is added', () => {
  const base = [ev('a', 'attack', '2023-11-21', 'ain-al-asad'), ev('a', 'strike', '2023-11-21', null, 50), ev('b', 'strike', '2023-11-21', null, 3), ev('c', 'strike', '2023-11-21', null, 3)];
  const before = mergeEvents(base.slice(0, 2), []).events.map((e) => e.id).sort();
  const after = mergeEvents(base, []).events.map((e) => e.id);
  assert.ok(after.every((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)));
  assert.equal(new Set(after).size, after.length);
  assert.deepEqual(after.sort(), before);
});

test('property: the merge does not depend on the order of its input', () => {
  const all = [
    ev('a', 'attack', '2023-11-21', 'ain-al-asad'), ev('b', 'attack', '2023-11-21', 'iraq'), ev('c', 'attack', '2023-11-21', null),
    ev('a', 'strike', '2023-11-21', 'abu-ghraib', 20), ev('b', 'strike', '2023-11-21', null, 30), ev('c', 'claim', '2023-11-21', null, 40),
  ];
  const expected = JSON.stringify(mergeEvents(all, []).events);
  fc.assert(fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
    assert.equal(JSON.stringify(mergeEvents(order, []).events), expected);
  }));
});

test('figures link to the event whose source holds them; tallies stay unlinked', () => {
  const figure = (id: string, kind: Figure['kind'], side: Figure['side'], start: number): Figure => ({
    id, kind, side, value: 8, min: 8, max: 8, qualifier: 'exact', country: null, since: null, asOf: '2023-11-21', event: null,
    source: { article: 'a', quote: 'x', start, end: start + 1 },
  });
  const attack = ev('a', 'attack', '2023-11-21', 'ain-al-asad', 0, { sources: [{ article: 'a', quote: 'sentence', start: 0, end: 100 }] });
  const strike = ev('a', 'strike', '2023-11-21', null, 0, { sources: [{ article: 'a', quote: 'sentence', start: 0, end: 100 }] });
  const { events, figures } = mergeEvents([attack, strike], [figure('f1', 'injured', 'us', 10), figure('f2', 'killed', 'militia', 20), figure('f3', 'attacks', 'us', 30), figure('f4', 'injured', 'us', 300)]);
  const byKind = new Map(events.map((e) => [e.kind, e]));
  assert.deepEqual(figures.map((f) => f.event), [byKind.get('attack')!.id, byKind.get('strike')!.id, null, null]);
  assert.deepEqual(byKind.get('attack')!.figures, ['f1']);
  assert.deepEqual(byKind.get('strike')!.figures, ['f2']);
});

test('theatres: an unplaced attack stays where its article\'s events are, or where its actors fight', () => {
  // Article y is about Yemen; its unplaced barrage must not join an attack on a base in Syria.
  const yemen = [ev('y', 'strike', '2024-01-12', 'hodeidah', 90), ev('y', 'attack', '2024-01-11', null, 10)];
  const syria = ev('s', 'attack', '2024-01-11', 'conoco');
  assert.equal(mergeEvents([...yemen, syria], []).events.filter((e) => e.kind === 'attack').length, 2);
  // Houthi attackers name the theatre even in an article with no placed event.
  const houthi = ev('h', 'attack', '2024-01-11', null, 0, { actors: [{ name: 'الحوثيون', role: 'attacker', id: 'houthis' }] });
  assert.equal(mergeEvents([houthi, syria], []).events.length, 2);
  assert.equal(mergeEvents([houthi, ev('r', 'attack', '2024-01-11', 'red-sea')], []).events.length, 1);
  // An unplaced attack of an article about Iraq still joins the attack at an Iraqi base.
  const iraq = [ev('i', 'attack', '2024-01-11', null), ev('i', 'strike', '2024-01-13', 'al-qaim', 50)];
  const merged = mergeEvents([...iraq, ev('j', 'attack', '2024-01-11', 'ain-al-asad')], []).events.filter((e) => e.kind === 'attack');
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0]!.sources.map((s) => s.article), ['i', 'j']);
  // Hamas as attacker places a context event in Palestine/Israel, whatever its article is about.
  const oct7 = ev('k', 'context', '2023-10-07', null, 0, { rule: 'events:war', actors: [{ name: 'حماس', role: 'attacker', id: 'hamas' }] });
  const gaza = ev('g', 'context', '2023-10-07', 'gaza', 0, { rule: 'events:war' });
  assert.equal(mergeEvents([oct7, ev('k', 'strike', '2023-10-26', 'albu-kamal', 40), gaza], []).events.filter((e) => e.kind === 'context').length, 1);
});

test('property: with a memo, each merge of a sequence equals a merge without one, and earlier results are left as they were', () => {
  const places = ['ain-al-asad', 'iraq', 'conoco', 'al-qaim', null];
  const days = ['2023-11-20', '2023-11-21', '2023-11-22'];
  const eventArb = fc.record({
    article: fc.constantFrom('a', 'b', 'c', 'd'),
    kind: fc.constantFrom<ArticleEvent['kind']>('attack', 'strike'),
    day: fc.constantFrom(...days),
    place: fc.constantFrom(...places),
    at: fc.integer({ min: 0, max: 3 }),
    weak: fc.boolean(),
  });
  const figureArb = fc.record({ article: fc.constantFrom('a', 'b', 'c', 'd'), kind: fc.constantFrom<Figure['kind']>('injured', 'killed', 'attacks'), at: fc.integer({ min: 0, max: 40 }) });
  const poolArb = fc.tuple(fc.array(eventArb, { minLength: 1, maxLength: 14 }), fc.array(figureArb, { maxLength: 8 }));
  fc.assert(
    fc.property(poolArb, fc.array(fc.tuple(fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 })), { minLength: 1, maxLength: 4 }), ([eventSpecs, figureSpecs], builds) => {
      // the same objects from build to build, as the watch mode's extraction keeps them
      const events = eventSpecs.map((x, i) => ev(x.article, x.kind, x.day, x.place, x.at * 10, { weak: x.weak, sources: [{ article: x.article, quote: 'q', start: x.at * 10, end: x.at * 10 + 10 }], summary: `e${i}` }));
      const figures = figureSpecs.map((x, i): Figure => ({
        id: `f${i}`, kind: x.kind, side: 'us', value: i, min: i, max: i, qualifier: 'exact', country: null, since: null, asOf: '2023-11-21', event: null,
        source: { article: x.article, quote: 'x', start: x.at, end: x.at + 1 },
      }));
      const memo = mergeMemo();
      const results: Array<{ result: ReturnType<typeof mergeEvents>; copy: unknown }> = [];
      for (const [takeEvent, takeFigure] of [...builds, builds[0]!]) {
        const chosenEvents = events.filter((_, i) => takeEvent[i]);
        const chosenFigures = figures.filter((_, i) => takeFigure[i]);
        const result = mergeEvents(chosenEvents, chosenFigures, memo);
        assert.deepStrictEqual(result, mergeEvents(chosenEvents, chosenFigures));
        results.push({ result, copy: structuredClone(result) });
      }
      for (const { result, copy } of results) assert.deepStrictEqual(result, copy);
    }),
    { numRuns: 300 },
  );
});

test('with a memo, merging the same article events and figures again gives the same objects', () => {
  const memo = mergeMemo();
  const events = [ev('a', 'attack', '2023-11-21', 'ain-al-asad', 0, { sources: [{ article: 'a', quote: 'sentence', start: 0, end: 100 }] }), ev('b', 'attack', '2023-11-21', 'iraq', 5), ev('c', 'strike', '2023-11-22', null)];
  const figure: Figure = { id: 'f1', kind: 'injured', side: 'us', value: 8, min: 8, max: 8, qualifier: 'exact', country: null, since: null, asOf: '2023-11-21', event: null, source: { article: 'a', quote: 'x', start: 10, end: 11 } };
  const first = mergeEvents(events, [figure], memo);
  const again = mergeEvents(events, [figure], memo);
  assert.equal(again.events.length, 2);
  again.events.forEach((e, i) => assert.equal(e, first.events[i]));
  assert.equal(again.figures[0], first.figures[0]);
  // a figure that moves to no event is a new copy; the events that lose it too, the others stay
  const moved = { ...figure, source: { ...figure.source, start: 200, end: 201 } };
  const third = mergeEvents(events, [moved], memo);
  assert.notEqual(third.events[0], first.events[0]);
  assert.deepEqual(third.events[0]!.figures, []);
  assert.equal(third.events[1], first.events[1]);
});
