import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { validateTimeline, type Figure, type Place, type Source, type Timeline, type TimelineEvent } from '../model/index.js';
import { formatMessage } from '../report/index.js';
import { applyCorrections, applyCorrectionList, parseCorrections, redirectPairs, type CorrectionsResult } from './index.js';

// A hand-made timeline: two articles, three events, three figures.
const BODIES = new Map([
  ['a1', 'استهدفت الضربات ثلاث منشآت لكتائب حزب الله في القائم.\n\nأصيب سبعة أميركيين بقصف صاروخي على قاعدة عين الأسد.\n'],
  ['a2', 'نفذت القوات الأميركية ضربة في جرف الصخر.\n\nوقال مسؤول إن سبعة جنود أصيبوا في هجوم على عين الأسد يوم الاثنين.\n'],
]);

function source(article: string, quote: string): Source {
  const body = BODIES.get(article)!;
  const start = body.indexOf(quote);
  assert.ok(start >= 0, `${quote} not in ${article}`);
  return { article, quote, start, end: start + quote.length };
}

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

function figure(id: string, article: string, quote: string, extra: Partial<Figure> = {}): Figure {
  return { id, kind: 'injured', side: 'unknown', value: 7, min: 7, max: 7, qualifier: 'exact', country: 'IQ', since: null, asOf: '2024-08-05', event: null, source: source(article, quote), rule: 'figures:exact', ...extra };
}

function event(id: string, sources: Source[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, kind: 'strike', date: day('2024-01-23'), place: null, actors: [], summary: sources[0]!.quote, figures: [], sources, rule: 'events:strike-cue', dateExplanation: 'يوم الثلاثاء', ...extra };
}

const S = {
  a1s0: 'استهدفت الضربات ثلاث منشآت لكتائب حزب الله في القائم.',
  a1s1: 'أصيب سبعة أميركيين بقصف صاروخي على قاعدة عين الأسد.',
  a2s0: 'نفذت القوات الأميركية ضربة في جرف الصخر.',
  a2s1: 'وقال مسؤول إن سبعة جنود أصيبوا في هجوم على عين الأسد يوم الاثنين.',
};

function fixture(): Timeline {
  return {
    version: 1,
    articles: [
      { id: 'a1', title: 'ا', outlet: null, url: null, published: '2024-08-06' },
      { id: 'a2', title: 'ب', outlet: null, url: null, published: '2024-08-06' },
    ],
    events: [
      event('2024-01-23-strike-al-qaim', [source('a1', S.a1s0)], { figures: ['f-targets'] }),
      event('2024-01-23-strike-jurf', [source('a2', S.a2s0)]),
      event('2024-08-05-attack-ain-al-asad', [source('a1', S.a1s1), source('a2', S.a2s1)], { kind: 'attack', date: day('2024-08-05'), figures: ['f-injured-1', 'f-injured-2'] }),
    ],
    figures: [
      figure('f-targets', 'a1', 'ثلاث منشآت', { kind: 'targets', side: 'us', value: 3, min: 3, max: 3, asOf: '2024-01-23', event: '2024-01-23-strike-al-qaim' }),
      figure('f-injured-1', 'a1', 'سبعة أميركيين', { event: '2024-08-05-attack-ain-al-asad' }),
      figure('f-injured-2', 'a2', 'سبعة جنود', { event: '2024-08-05-attack-ain-al-asad' }),
    ],
  };
}

const PLACES: Record<string, Place> = {
  'ain-al-asad': { id: 'ain-al-asad', name: 'عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44 },
};
const places = (id: string): Place | null => PLACES[id] ?? null;

function apply(yaml: string, timeline = fixture()): CorrectionsResult {
  const { corrections, messages } = parseCorrections(yaml, 'corrections.yaml');
  assert.deepEqual(messages.map(formatMessage), [], 'the test corrections parse');
  const result = applyCorrectionList(timeline, corrections, { places });
  assert.deepEqual(validateTimeline(result.timeline, BODIES), [], 'the corrected timeline stays valid');
  return result;
}

const lines = (result: CorrectionsResult): string[] => result.messages.map(formatMessage);
const ids = (items: { id: string }[]): string[] => items.map((x) => x.id);

test('the fixture is a valid timeline', () => {
  assert.deepEqual(validateTimeline(fixture(), BODIES), []);
});

test('no corrections file: the timeline is returned as it is', () => {
  const timeline = fixture();
  const result = applyCorrections(timeline, null);
  assert.equal(result.timeline, timeline);
  assert.deepEqual([result.applied, result.messages, [...result.retired]], [[], [], []]);
});

test('drop an event by id: it goes, its figures stay unlinked; the input is not modified', () => {
  const timeline = fixture();
  const before = JSON.stringify(timeline);
  const result = apply('- drop: {event: 2024-01-23-strike-al-qaim}\n  note: "a statement, not a strike"\n', timeline);
  assert.equal(JSON.stringify(timeline), before);
  assert.deepEqual(ids(result.timeline.events), ['2024-01-23-strike-jurf', '2024-08-05-attack-ain-al-asad']);
  assert.equal(result.timeline.figures.find((f) => f.id === 'f-targets')!.event, null);
  assert.deepEqual(result.applied, [{
    correction: 'drop event 2024-01-23-strike-al-qaim',
    effect: 'event 2024-01-23-strike-al-qaim removed; 1 figure unlinked',
    file: 'corrections.yaml', place: { line: 1, column: 3 }, note: 'a statement, not a strike',
    articles: ['a1'], events: ['2024-01-23-strike-al-qaim'], figures: ['f-targets'],
  }]);
});

test('drop a figure by id: it leaves the figures and its event\'s list', () => {
  const result = apply('- drop: {figure: f-injured-2}\n');
  assert.deepEqual(ids(result.timeline.figures), ['f-targets', 'f-injured-1']);
  assert.deepEqual(result.timeline.events[2]!.figures, ['f-injured-1']);
});

test('drop by article and quote matches through folding (hamza, ta marbuta) and drops figures and event sources', () => {
  const result = apply('- drop: {article: a1, quote: "ثلاث منشات"}\n');
  assert.deepEqual(ids(result.timeline.figures), ['f-injured-1', 'f-injured-2']);
  assert.deepEqual(ids(result.timeline.events), ['2024-01-23-strike-jurf', '2024-08-05-attack-ain-al-asad'], 'the event left without sources goes');
  assert.equal(result.applied[0]!.effect, '1 figure removed (f-targets); 1 event source removed; 1 event left without sources removed (2024-01-23-strike-al-qaim)');
});

test('drop by quote with only: figures keeps the events; only: events keeps the figures and removes just that source', () => {
  const figuresOnly = apply('- drop: {article: a1, quote: "ثلاث منشآت", only: figures}\n');
  assert.equal(figuresOnly.timeline.events.length, 3);
  assert.deepEqual(figuresOnly.timeline.events[0]!.figures, []);
  const eventsOnly = apply('- drop: {article: a2, quote: "سبعة جنود اصيبوا", only: events}\n');
  assert.equal(eventsOnly.timeline.figures.length, 3);
  assert.deepEqual(eventsOnly.timeline.events[2]!.sources.map((s) => s.article), ['a1']);
});

test('a quote in a different article does not match (must-not-match)', () => {
  const result = apply('- drop: {article: a2, quote: "ثلاث منشآت"}\n');
  assert.deepEqual(lines(result), ['corrections.yaml:1:3: warning: nothing read from a2 quotes “ثلاث منشآت”: the text or the extraction changed; update or remove this correction [corrections:stale]']);
  assert.equal(result.timeline.figures.length, 3);
});

test('figure set: side and kind by quote; value and qualifier recompute the bounds unless min/max are given', () => {
  const result = apply([
    '- figure: {article: a1, quote: "سبعة أميركيين"}',
    '  set: {side: us}',
    '- figure: f-injured-2',
    '  set: {value: 60, qualifier: more-than}',
    '- figure: f-targets',
    '  set: {qualifier: about, value: 3, min: 2, max: 4}',
  ].join('\n'));
  const [targets, injured1, injured2] = result.timeline.figures;
  assert.equal(injured1!.side, 'us');
  assert.deepEqual([injured2!.value, injured2!.min, injured2!.max, injured2!.qualifier], [60, 61, null, 'more-than']);
  assert.deepEqual([targets!.min, targets!.max, targets!.qualifier], [2, 4, 'about']);
  assert.deepEqual(result.applied.map((a) => a.effect), [
    'figure f-injured-1: side unknown → us',
    'figure f-injured-2: value 7 → 60, min 7 → 61, max 7 → null, qualifier exact → more-than',
    'figure f-targets: min 3 → 2, max 3 → 4, qualifier exact → about',
  ]);
});

test('figure set event: re-links the figure at both ends; null unlinks', () => {
  const result = apply('- figure: f-injured-2\n  set: {event: 2024-01-23-strike-jurf}\n- figure: f-targets\n  set: {event: null}\n');
  assert.deepEqual(result.timeline.events.map((e) => e.figures), [[], ['f-injured-2'], ['f-injured-1']]);
  assert.equal(result.timeline.figures[2]!.event, '2024-01-23-strike-jurf');
});

test('a quote that matches two figures is an error naming both; nothing changes', () => {
  const { corrections } = parseCorrections('- figure: {article: a1, quote: "أصيب سبعة أميركيين بقصف صاروخي على قاعدة عين الأسد، واستهدفت الضربات ثلاث منشآت"}\n  set: {side: us}\n', 'c.yaml');
  const result = applyCorrectionList(fixture(), corrections, { places });
  assert.deepEqual(result.messages.map((m) => [m.ruleId, m.severity]), [['corrections:ambiguous', 'error']]);
  assert.match(result.messages[0]!.reason, /matches 2 figures \(f-targets “ثلاث منشآت”; f-injured-1 “سبعة أميركيين”\)/);
  assert.deepEqual(result.applied, []);
});

test('min > max after a figure correction is refused', () => {
  const { corrections } = parseCorrections('- figure: f-targets\n  set: {min: 9}\n', 'c.yaml');
  const result = applyCorrectionList(fixture(), corrections, { places });
  assert.deepEqual(result.messages.map(formatMessage), ['c.yaml:1:3: figure f-targets would have min 9 > max 3: set min and max too [corrections:value]']);
});

test('event set: date, place from the gazetteer, kind; figures dated by the old day follow', () => {
  const result = apply('- event: 2024-08-05-attack-ain-al-asad\n  set: {date: 2024-08-04, place: ain-al-asad, kind: attack}\n');
  const e = result.timeline.events[2]!;
  assert.equal(e.id, '2024-08-05-attack-ain-al-asad', 'the id is stable through corrections');
  assert.deepEqual(e.date, day('2024-08-04'));
  assert.deepEqual(e.place, PLACES['ain-al-asad']);
  assert.equal(e.dateExplanation, 'corrections.yaml:1: set by the editors to 2024-08-04 (day)');
  assert.deepEqual(result.timeline.figures.map((f) => f.asOf), ['2024-01-23', '2024-08-04', '2024-08-04']);
  assert.equal(result.applied[0]!.effect, 'event 2024-08-05-attack-ain-al-asad: date 2024-08-05 → 2024-08-04, place null → عين الأسد; asOf of 2 figures follows the date');
  assert.deepEqual(result.applied[0]!.articles, ['a1', 'a2']);
});

test('event set by quote; a month date, a span and an inline place', () => {
  const result = apply([
    '- event: {article: a2, quote: "جرف الصخر"}',
    '  set:',
    '    date: 2024-01',
    '    place: {name: جرف الصخر, country: IQ, lat: 32.9, lon: 44.1}',
    '- event: 2024-01-23-strike-al-qaim',
    '  set: {date: {start: 2024-01-20, end: 2024-01-21}}',
  ].join('\n'));
  assert.deepEqual(result.timeline.events[1]!.date, { start: '2024-01-01', end: '2024-01-31', precision: 'month' });
  assert.deepEqual(result.timeline.events[1]!.place, { name: 'جرف الصخر', country: 'IQ', lat: 32.9, lon: 44.1 });
  assert.deepEqual(result.timeline.events[0]!.date, { start: '2024-01-20', end: '2024-01-21', precision: 'days' });
});

test('a place id not in the gazetteer is an error, nothing changes', () => {
  const { corrections } = parseCorrections('- event: 2024-01-23-strike-jurf\n  set: {place: nowhere-base}\n', 'c.yaml');
  const result = applyCorrectionList(fixture(), corrections, { places });
  assert.deepEqual(result.messages.map(formatMessage), ['c.yaml:1:3: place `nowhere-base` is not in the gazetteer (src/lexicon/places.yml): add it there, or write it out as {name, country, lat, lon} [corrections:unknown-place]']);
  assert.equal(result.timeline.events[1]!.place, null);
});

test('merge: the first id survives with every source and figure; the others are retired and redirect', () => {
  const result = apply('- merge: [2024-01-23-strike-al-qaim, 2024-01-23-strike-jurf]\n');
  assert.deepEqual(ids(result.timeline.events), ['2024-01-23-strike-al-qaim', '2024-08-05-attack-ain-al-asad']);
  assert.deepEqual(result.timeline.events[0]!.sources.map((s) => s.article), ['a1', 'a2']);
  assert.deepEqual([...result.retired], [['2024-01-23-strike-jurf', '2024-01-23-strike-al-qaim']]);
  assert.equal(result.applied[0]!.effect, '2024-01-23-strike-jurf merged into 2024-01-23-strike-al-qaim (1 source, 0 figures moved); old ids redirect');
});

test('a retired id still names its event in later corrections, and chains of merges redirect to the live id', () => {
  const result = apply([
    '- merge: [2024-01-23-strike-jurf, 2024-01-23-strike-al-qaim]',
    '- merge: [2024-08-05-attack-ain-al-asad, 2024-01-23-strike-jurf]',
    '- event: 2024-01-23-strike-al-qaim',
    '  set: {kind: attack}',
  ].join('\n'));
  assert.deepEqual(ids(result.timeline.events), ['2024-08-05-attack-ain-al-asad']);
  assert.deepEqual(result.timeline.events[0]!.figures, ['f-injured-1', 'f-injured-2', 'f-targets']);
  assert.deepEqual(redirectPairs(result.retired), [
    ['2024-01-23-strike-al-qaim', '2024-08-05-attack-ain-al-asad'],
    ['2024-01-23-strike-jurf', '2024-08-05-attack-ain-al-asad'],
  ]);
  assert.deepEqual(lines(result), ['corrections.yaml:3:3: warning: event 2024-08-05-attack-ain-al-asad already has kind=attack: remove this correction [corrections:no-effect]']);
});

test('split: the matching sources and the figures read inside them move to a new event with a deterministic id', () => {
  const yaml = '- split: {event: 2024-08-05-attack-ain-al-asad, quotes: ["سبعة جنود أصيبوا"]}\n  set: {date: 2024-08-04}\n';
  const result = apply(yaml);
  assert.deepEqual(ids(result.timeline.events), ['2024-01-23-strike-al-qaim', '2024-01-23-strike-jurf', '2024-08-05-attack-ain-al-asad', '2024-08-05-attack-ain-al-asad-split']);
  const [original, fresh] = [result.timeline.events[2]!, result.timeline.events[3]!];
  assert.deepEqual([original.sources.map((s) => s.article), original.figures], [['a1'], ['f-injured-1']]);
  assert.deepEqual([fresh.sources.map((s) => s.article), fresh.figures, fresh.kind, fresh.date.start, fresh.rule], [['a2'], ['f-injured-2'], 'attack', '2024-08-04', 'corrections:split']);
  assert.equal(fresh.summary, S.a2s1);
  assert.equal(result.timeline.figures[2]!.event, '2024-08-05-attack-ain-al-asad-split');
  assert.equal(result.timeline.figures[2]!.asOf, '2024-08-04');
  assert.deepEqual(apply(yaml).timeline, result.timeline, 'the same corrections give the same ids');
});

test('split with an id of its own; a taken id and a split of every source are errors', () => {
  assert.equal(apply('- split: {event: 2024-08-05-attack-ain-al-asad, quotes: "سبعة جنود", id: ain-al-asad-second}\n').timeline.events[3]!.id, 'ain-al-asad-second');
  const { corrections } = parseCorrections([
    '- split: {event: 2024-08-05-attack-ain-al-asad, quotes: ["سبعة جنود"], id: 2024-01-23-strike-jurf}',
    '- split: {event: 2024-08-05-attack-ain-al-asad, quotes: ["سبعة جنود", "سبعة أميركيين"]}',
  ].join('\n'), 'c.yaml');
  const result = applyCorrectionList(fixture(), corrections, { places });
  assert.deepEqual(result.messages.map((m) => `${m.place!.line}:${m.ruleId}`), ['1:corrections:id-taken', '2:corrections:split-all']);
  assert.equal(result.timeline.events.length, 3);
});

test('stale corrections are warnings at their own line and column, never silent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-corrections-'));
  const file = join(dir, 'corrections.yaml');
  writeFileSync(file, [
    '# editors\' corrections',
    '- drop: {event: 2023-10-17-attack-gone}',
    '- figure: {article: renamed-article, quote: "ثلاثة"}',
    '  set: {side: us}',
    '- merge:',
    '    - 2024-01-23-strike-al-qaim',
    '    - 2024-01-23-strike-missing',
    '- split:',
    '    event: 2024-08-05-attack-ain-al-asad',
    '    quotes: ["سبعة جنود", "لا يوجد هذا"]',
    '- drop: {figure: f-gone}',
    '',
  ].join('\n'));
  const result = applyCorrections(fixture(), file, { places });
  assert.deepEqual(lines(result), [
    `${file}:2:3: warning: event \`2023-10-17-attack-gone\` is not in this build: its id changed or it is no longer read; update or remove this correction [corrections:stale]`,
    `${file}:3:3: warning: article \`renamed-article\` is not in the content (renamed or removed?): update or remove this correction [corrections:stale]`,
    `${file}:7:7: warning: event \`2024-01-23-strike-missing\` is not in this build: its id changed or it is no longer read; update or remove this correction [corrections:stale]`,
    `${file}:10:27: warning: no source of event 2024-08-05-attack-ain-al-asad quotes “لا يوجد هذا”: update or remove this quote [corrections:stale]`,
    `${file}:11:3: warning: figure \`f-gone\` is not in this build: its id changed or it is no longer read; update or remove this correction [corrections:stale]`,
  ]);
  assert.deepEqual(result.applied.map((a) => a.correction), ['split 2024-08-05-attack-ain-al-asad: “سبعة جنود”, “لا يوجد هذا” → a new event'], 'the merge with a missing id is not half-applied; the split applies with its good quote');
  assert.equal(result.timeline.events.length, 4);
});

test('an unreadable corrections file is an error message, not a crash', () => {
  const result = applyCorrections(fixture(), join(tmpdir(), 'khatt-no-such-dir', 'corrections.yaml'));
  assert.deepEqual(result.messages.map((m) => [m.ruleId, m.severity, m.reason]), [['corrections:read', 'error', 'cannot read the corrections file (ENOENT)']]);
});

test('property: any sequence of corrections keeps the timeline valid (ids unique, links at both ends)', () => {
  const eventIds = fixture().events.map((e) => e.id);
  const figureIds = fixture().figures.map((f) => f.id);
  const quotes = ['ثلاث منشات', 'سبعه', 'جرف الصخر', 'عين الاسد', 'سبعة جنود'];
  const line = fc.oneof(
    fc.constantFrom(...eventIds).map((id) => `- drop: {event: ${id}}`),
    fc.constantFrom(...figureIds).map((id) => `- drop: {figure: ${id}}`),
    fc.tuple(fc.constantFrom('a1', 'a2'), fc.constantFrom(...quotes)).map(([a, q]) => `- drop: {article: ${a}, quote: "${q}"}`),
    fc.tuple(fc.constantFrom(...figureIds), fc.constantFrom(...eventIds, 'null')).map(([f, e]) => `- figure: ${f}\n  set: {event: ${e}, side: militia}`),
    fc.tuple(fc.constantFrom(...eventIds), fc.constantFrom(...eventIds)).filter(([a, b]) => a !== b).map(([a, b]) => `- merge: [${a}, ${b}]`),
    fc.tuple(fc.constantFrom(...eventIds), fc.constantFrom(...quotes)).map(([e, q]) => `- split: {event: ${e}, quotes: ["${q}"]}\n  set: {kind: context}`),
  );
  fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (items) => {
    const { corrections, messages } = parseCorrections(items.join('\n'), 'c.yaml');
    assert.deepEqual(messages, []);
    const result = applyCorrectionList(fixture(), corrections, { places });
    assert.deepEqual(validateTimeline(result.timeline, BODIES), []);
    const live = new Set(result.timeline.events.map((e) => e.id));
    for (const [from, to] of redirectPairs(result.retired)) assert.ok(!live.has(from) && live.has(to));
    for (const f of result.timeline.figures) if (f.event) assert.ok(result.timeline.events.find((e) => e.id === f.event)!.figures.includes(f.id));
    for (const e of result.timeline.events) for (const id of e.figures) assert.equal(result.timeline.figures.find((f) => f.id === id)!.event, e.id);
  }), { numRuns: 300 });
});
