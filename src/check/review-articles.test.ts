import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ArticleExtraction, ExtractedTimeline } from '../build.js';
import { applyCorrectionList, parseCorrections } from '../corrections/index.js';
import type { DateMention } from '../dates/index.js';
import type { Figure, Timeline, TimelineEvent } from '../model/index.js';
import { readArticle, type ArticleDoc } from '../read/index.js';
import { formatMessage } from '../report/index.js';
import { extractionWarnings, reviewArticles, reviewMemo } from './index.js';

// One article, read for real (positions come from the reader), and an extraction made by hand.
const dir = mkdtempSync(join(tmpdir(), 'khatt-review-'));
const file = join(dir, 'a1.md');
const BODY = [
  'أصيب سبعة أميركيين في هجوم على قاعدة عين الأسد يوم الثلاثاء.',
  '',
  'وقالت الفصائل إن هجمات أكتوبر ستتواصل، وصلاة الجمعة أقيمت كالعادة.',
  '',
  'ونفذت القوات الأميركية ضربة على موقع في بلدة الجديدة.',
  '',
].join('\n');
writeFileSync(file, `---\ntitle: "هجوم على عين الأسد"\npublished: "2024-08-07"\n---\n${BODY}`);
const read = readArticle(file);
assert.ok(read.ok);
const doc: ArticleDoc = read.doc;

const at = (quote: string): { start: number; end: number } => {
  const start = doc.body.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { start, end: start + quote.length };
};
const src = (quote: string) => ({ article: 'a1', quote, ...at(quote) });

function extracted(overrides: { dates?: DateMention[]; events?: TimelineEvent[]; figures?: Figure[]; corrections?: string } = {}): ExtractedTimeline {
  const tuesday = at('الثلاثاء');
  const dates = overrides.dates ?? [{ ...tuesday, quote: 'الثلاثاء', sentence: 0, span: { start: '2024-08-06', end: '2024-08-06', precision: 'day' }, role: 'point', rule: 'dates:weekday-on-or-before', explanation: 'الثلاثاء ← 2024-08-06' }];
  const figures: Figure[] = overrides.figures ?? [
    { id: 'f1', kind: 'injured', side: 'unknown', value: 7, min: 7, max: 7, qualifier: 'exact', country: 'IQ', since: null, asOf: '2024-08-06', event: 'e1', source: src('سبعة أميركيين'), rule: 'figures:exact' },
  ];
  const events: TimelineEvent[] = overrides.events ?? [
    { id: 'e1', kind: 'attack', date: dates[0]!.span, place: { id: 'ain-al-asad', name: 'عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44 }, actors: [], summary: 'هجوم', figures: ['f1'], sources: [src(doc.sentences[0]!.text)], rule: 'events:attack-cue', dateExplanation: 'الثلاثاء ← 2024-08-06' },
    { id: 'e2', kind: 'strike', date: dates[0]!.span, place: null, actors: [], summary: 'ضربة', figures: [], sources: [src(doc.sentences[2]!.text)], rule: 'events:strike-cue', dateExplanation: '' },
  ];
  const timeline: Timeline = { version: 1, articles: [doc.article], events, figures };
  const extraction: ArticleExtraction = { dates, figures, events: [] };
  const parsed = parseCorrections(overrides.corrections ?? '', 'corrections.yaml');
  const corrections = applyCorrectionList(timeline, parsed.corrections, { places: () => null });
  return { docs: [doc], extractions: new Map([['a1', extraction]]), timeline: corrections.timeline, corrections, messages: [...read.messages, ...corrections.messages], cached: 0 };
}

test('warnings: an unresolved month name, an unknown side, an attack or strike without a place, each at its line and column', () => {
  assert.deepEqual(extractionWarnings(extracted()).map(formatMessage), [
    `${file}:7:24: warning: “أكتوبر” names a month but no date was resolved from it: check the dates of this sentence, or fix the event's date in corrections.yaml [check:date-unresolved]`,
    `${file}:5:6: warning: figure f1 “سبعة أميركيين” (injured) has side unknown: whose is it? Set it with \`- figure: f1\` and \`set: {side: …}\` in corrections.yaml [check:side-unknown]`,
    `${file}:9:1: warning: strike e2 has no place: if the text names one, add it to src/lexicon/places.yml or set it in corrections.yaml [check:place-missing]`,
  ]);
});

test('must not warn: a resolved weekday, a weekday after a word its lexicon excludes ("صلاة الجمعة"), a known side, a gazetteer place', () => {
  const quiet = extracted({
    figures: [{ ...extracted().timeline.figures[0]!, side: 'us' }],
    events: [extracted().timeline.events[0]!],
    dates: [
      ...extracted().extractions.get('a1')!.dates,
      { ...at('أكتوبر'), quote: 'أكتوبر', sentence: 1, span: { start: '2023-10-01', end: '2023-10-31', precision: 'month' }, role: 'point', rule: 'dates:month', explanation: '' },
    ],
  });
  assert.deepEqual(extractionWarnings(quiet), []);
});

test('a place that is not from the gazetteer is named', () => {
  const base = extracted().timeline.events[1]!;
  const warnings = extractionWarnings(extracted({ events: [{ ...base, place: { name: 'الجديدة', country: 'IQ', lat: null, lon: null } }], figures: [] }));
  assert.deepEqual(warnings.map((m) => [m.ruleId, m.place]), [['check:date-unresolved', { line: 7, column: 24 }], ['check:place-not-in-gazetteer', { line: 9, column: 1 }]]);
});

test('the review lists dates, figures and events with rule ids and explanations, warnings and corrections per article', () => {
  const review = reviewArticles(extracted({ corrections: '- figure: f1\n  set: {side: us}\n- drop: {event: e2}\n' }));
  assert.equal(review.articles.length, 1);
  const article = review.articles[0]!;
  assert.deepEqual([article.id, article.title, article.published, article.file], ['a1', 'هجوم على عين الأسد', '2024-08-07', file]);
  assert.deepEqual(article.dates, [{ quote: 'الثلاثاء', place: { line: 5, column: 52 }, span: { start: '2024-08-06', end: '2024-08-06', precision: 'day' }, role: 'point', rule: 'dates:weekday-on-or-before', explanation: 'الثلاثاء ← 2024-08-06' }]);
  assert.deepEqual(article.figures.map((f) => [f.id, f.quote, f.rule, f.side, f.corrected, f.dropped, f.place]), [['f1', 'سبعة أميركيين', 'figures:exact', 'us', true, false, { line: 5, column: 6 }]]);
  assert.deepEqual(article.events.map((e) => [e.id, e.rule, e.place, e.corrected, e.quotes.length]), [['e1', 'events:attack-cue', 'عين الأسد', false, 1]]);
  assert.deepEqual(article.messages.map((m) => m.ruleId), ['check:date-unresolved'], 'the corrected side and the dropped strike no longer warn');
  assert.deepEqual(article.corrections.map((c) => c.effect), ['figure f1: side unknown → us', 'event e2 removed']);
  assert.deepEqual(review.general, []);
});

test('a figure removed by a correction stays on the review, marked dropped; stale corrections are general messages', () => {
  const review = reviewArticles(extracted({ corrections: '- drop: {figure: f1}\n- drop: {event: gone}\n' }));
  assert.deepEqual(review.articles[0]!.figures.map((f) => [f.id, f.dropped]), [['f1', true]]);
  assert.deepEqual(review.general.map((m) => [m.file, m.ruleId, m.place]), [['corrections.yaml', 'corrections:stale', { line: 2, column: 3 }]]);
});

test('merges show as redirects', () => {
  const two = extracted();
  const parsed = parseCorrections('- merge: [e1, e2]\n', 'c.yaml');
  const corrections = applyCorrectionList({ ...two.timeline }, parsed.corrections, { places: () => null });
  const review = reviewArticles({ ...two, timeline: corrections.timeline, corrections });
  assert.deepEqual(review.redirects, [['e2', 'e1']]);
  assert.deepEqual(review.articles[0]!.events.map((e) => [e.id, e.quotes.length, e.corrected]), [['e1', 2, true]]);
});

test("an event's date explanation on an article's review: that article's lines and the editors', not the other reporting articles'", () => {
  const base = extracted().timeline.events[0]!;
  const other = { article: 'a2', quote: 'هجوم', start: 0, end: 4 };
  const dateExplanation = 'a1: الثلاثاء ← 2024-08-06\na2: أمس ← 2024-08-06\ncorrections.yaml:3: set by the editors to 2024-08-06 (day)\nمن غير مقال';
  const review = reviewArticles(extracted({ events: [{ ...base, sources: [...base.sources, other], dateExplanation }] }));
  assert.equal(review.articles[0]!.events[0]!.dateExplanation, 'a1: الثلاثاء ← 2024-08-06\ncorrections.yaml:3: set by the editors to 2024-08-06 (day)\nمن غير مقال');
  // must not drop: a line of an article that does not report the event is everyone's; an event reported by one article keeps its line
  const alone = reviewArticles(extracted({ events: [{ ...base, dateExplanation: 'a1: الثلاثاء ← 2024-08-06\na3: أمس' }] }));
  assert.equal(alone.articles[0]!.events[0]!.dateExplanation, 'a1: الثلاثاء ← 2024-08-06\na3: أمس');
  const { dateExplanation: _, ...none } = base;
  assert.equal(reviewArticles(extracted({ events: [none] })).articles[0]!.events[0]!.dateExplanation, null);
});

test('with a memo: the same review as without; an article whose inputs are the same objects keeps its review object, one whose figure or corrections changed is reviewed again', () => {
  const memo = reviewMemo();
  const first = extracted();
  const a = reviewArticles(first, memo);
  assert.deepEqual(a, reviewArticles(first));
  // the same extraction again: the same review object
  const b = reviewArticles(first, memo);
  assert.equal(b.articles[0], a.articles[0]);
  // a figure changed (a new object): reviewed again, as without a memo
  const changed = extracted({ figures: [{ ...first.timeline.figures[0]!, side: 'us' }] });
  const c = reviewArticles(changed, memo);
  assert.notEqual(c.articles[0], a.articles[0]);
  assert.deepEqual(c, reviewArticles(changed));
  // the same objects but a correction now marks the figure: reviewed again
  const corrected = extracted({ corrections: '- figure: f1\n  set: {side: us}\n' });
  const d = reviewArticles({ ...corrected, timeline: first.timeline }, memo);
  assert.deepEqual(d, reviewArticles({ ...corrected, timeline: first.timeline }));
  assert.equal(d.articles[0]!.figures[0]!.corrected, true);
});
