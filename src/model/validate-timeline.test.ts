import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Article, Figure, Timeline, TimelineEvent } from './types.js';
import { validateTimeline, type ValidItems } from './validate-timeline.js';

const BODIES = new Map([
  ['a1', 'Three sites were struck. Seven were injured at the base.'],
  ['a2', 'A strike hit Jurf. Officials said seven soldiers were hurt.'],
]);

function source(article: string, quote: string): { article: string; quote: string; start: number; end: number } {
  const start = BODIES.get(article)!.indexOf(quote);
  return { article, quote, start, end: start + quote.length };
}

const article = (id: string): Article => ({ id, title: id, outlet: null, url: null, published: '2024-08-06' });
const event = (id: string, article: string, quote: string, figures: string[]): TimelineEvent => ({
  id,
  kind: 'strike',
  date: { start: '2024-01-23', end: '2024-01-23', precision: 'day' },
  place: null,
  actors: [{ name: 'x', role: 'attacker' }],
  summary: quote,
  figures,
  sources: [source(article, quote)],
  rule: 'events:strike-cue',
});
const figure = (id: string, article: string, quote: string, eventId: string | null): Figure => ({
  id, kind: 'injured', side: 'us', value: 7, min: 7, max: 7, qualifier: 'exact', country: 'IQ', since: null, asOf: '2024-08-05', event: eventId, source: source(article, quote), rule: 'figures:exact',
});

/** Ways to break an item: the schema's (types, enums, patterns, required keys) and those a schema cannot say (quotes, spans, bounds). */
const BREAKS: Record<'article' | 'event' | 'figure', Array<(item: never) => object>> = {
  article: [(a: Article) => ({ ...a, title: '' }), (a: Article) => ({ ...a, published: 'yesterday' }), ({ url: _, ...a }: Article) => a, (a: Article) => ({ ...a, url: 'ftp://x' })],
  event: [
    (e: TimelineEvent) => ({ ...e, kind: 'battle' }),
    (e: TimelineEvent) => ({ ...e, id: 'Bad Id' }),
    (e: TimelineEvent) => ({ ...e, date: { ...e.date, start: '2024-02-30', end: '2024-01-01' } }),
    (e: TimelineEvent) => ({ ...e, date: { ...e.date, end: '2024-01-01' } }),
    (e: TimelineEvent) => ({ ...e, sources: [] }),
    (e: TimelineEvent) => ({ ...e, sources: [{ ...e.sources[0]!, start: e.sources[0]!.start + 1 }] }),
    (e: TimelineEvent) => ({ ...e, actors: [{ name: 'x', role: 'bystander' }] }),
    ({ summary: _, ...e }: TimelineEvent) => e,
  ],
  figure: [
    (f: Figure) => ({ ...f, value: '7' }),
    (f: Figure) => ({ ...f, min: 9, max: 3 }),
    (f: Figure) => ({ ...f, min: -1 }),
    (f: Figure) => ({ ...f, event: 'no-such-event' }),
    (f: Figure) => ({ ...f, source: { ...f.source, article: 'a9' } }),
    (f: Figure) => ({ ...f, country: 'iq' }),
  ],
};

const articles = [article('a1'), article('a2')];
const events = [event('e1', 'a1', 'Three sites were struck.', ['f1']), event('e2', 'a2', 'A strike hit Jurf.', []), event('e3', 'a2', 'Officials said seven soldiers were hurt.', ['f2'])];
const figures = [figure('f1', 'a1', 'Three sites', 'e1'), figure('f2', 'a2', 'seven soldiers', 'e3'), figure('f3', 'a1', 'Seven', null)];

/** A pool of items to draw timelines from: the valid ones and broken copies (new objects, as a rebuild makes). */
const itemArb = <T>(valid: readonly T[], kind: keyof typeof BREAKS): fc.Arbitrary<T> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...valid), fc.constantFrom(...BREAKS[kind])).map(([item, broken]) => (broken as (item: T) => T)(item)) },
  );
const timelineArb: fc.Arbitrary<Timeline> = fc.record({
  version: fc.constantFrom(1, 1, 1, 2) as fc.Arbitrary<1>,
  articles: fc.array(itemArb(articles, 'article'), { maxLength: 3 }),
  events: fc.array(itemArb(events, 'event'), { maxLength: 4 }),
  figures: fc.array(itemArb(figures, 'figure'), { maxLength: 4 }),
});

test('a valid timeline has no problems, with or without known-valid items', () => {
  const timeline: Timeline = { version: 1, articles, events, figures };
  const valid: ValidItems = new WeakSet();
  assert.deepEqual(validateTimeline(timeline, BODIES), []);
  assert.deepEqual(validateTimeline(timeline, BODIES, valid), []);
  assert.ok(valid.has(events[0]!) && valid.has(figures[2]!) && valid.has(articles[1]!));
  assert.deepEqual(validateTimeline(timeline, BODIES, valid), []);
});

test('known-valid items: the checks across items are still made (duplicates, missing events and articles, quotes)', () => {
  const valid: ValidItems = new WeakSet();
  validateTimeline({ version: 1, articles, events, figures }, BODIES, valid);
  const problems = validateTimeline({ version: 1, articles: [articles[0]!], events: [events[0]!, events[0]!], figures: [figures[1]!] }, BODIES, valid);
  assert.deepEqual(problems, validateTimeline({ version: 1, articles: [articles[0]!], events: [events[0]!, events[0]!], figures: [figures[1]!] }, BODIES));
  assert.ok(problems.includes('events: duplicate id e1'));
  assert.ok(problems.includes('figures/f2: event e3 does not exist'));
  assert.ok(problems.includes('figures/f2: source article a2 is not in articles'));
});

test('property: a sequence of timelines sharing items and one memo gets the problems the whole check finds', () => {
  fc.assert(
    fc.property(fc.array(timelineArb, { minLength: 1, maxLength: 5 }), (timelines) => {
      const valid: ValidItems = new WeakSet();
      for (const timeline of timelines) assert.deepEqual(validateTimeline(timeline, BODIES, valid), validateTimeline(timeline, BODIES));
    }),
    { numRuns: 400 },
  );
});

test('a timeline whose lists are not lists is refused with the whole schema\'s messages', () => {
  const broken = { version: 1, articles: {}, events: [], figures: [] } as unknown as Timeline;
  const problems = validateTimeline(broken, BODIES, new WeakSet());
  assert.deepEqual(problems, validateTimeline(broken, BODIES));
  assert.equal(problems.length, 1);
});
