import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage } from '../report/index.js';
import { figureBounds, isCalendarDay, parseCorrections, quoteMatches, redirectPairs } from './index.js';

const problems = (yaml: string): string[] => parseCorrections(yaml, 'c.yaml').messages.map(formatMessage);

test('each action parses into its record, with its position and a one-line description', () => {
  const { corrections, messages } = parseCorrections([
    '- drop: {event: e1}',
    '- drop: {article: a1, quote: "ثلاث منشآت", only: figures}',
    '  note: ليست ضربة',
    '- figure: {article: a1, quote: "سبعة"}',
    '  set: {kind: killed, side: us, value: 7, qualifier: exact, country: IQ, since: null, asOf: 2024-08-05}',
    '- event: e2',
    '  set: {date: 2024-08-05, place: ain-al-asad, kind: attack, summary: "هجوم"}',
    '- merge: [e1, e2, e3]',
    '- split: {event: e3, quotes: [ "أ", "ب" ]}',
    '- event: {id: e4}',
    '  set: {place: null, date: 2024}',
  ].join('\n'), 'c.yaml');
  assert.deepEqual(messages, []);
  assert.deepEqual(corrections.map((c) => [c.at.line, c.text]), [
    [1, 'drop event e1'],
    [2, 'drop figures of a1 “ثلاث منشآت”'],
    [4, 'figure a1 “سبعة”: set kind=killed, side=us, value=7, qualifier=exact, country=IQ, since=null, asOf=2024-08-05'],
    [6, 'event e2: set date=2024-08-05, place=ain-al-asad, kind=attack, summary=هجوم'],
    [8, 'merge e1 ← e2, e3'],
    [9, 'split e3: “أ”, “ب” → a new event'],
    [10, 'event e4: set place=null, date=2024-01-01..2024-12-31 (year)'],
  ]);
  assert.equal(corrections[1]!.note, 'ليست ضربة');
});

test('an empty file or an empty list is no corrections and no problem', () => {
  for (const text of ['', '# nothing yet\n', '[]\n']) assert.deepEqual(parseCorrections(text, 'c.yaml'), { corrections: [], messages: [] });
});

test('malformed corrections are errors at their line and column with a rule id', () => {
  assert.deepEqual(problems('drop: {event: e1}\n'), ['c.yaml:1:1: a corrections file is a YAML list: each item starts with `- ` and one of drop, figure, event, merge, split [corrections:not-a-list]']);
  assert.deepEqual(problems('- drop: {event: e1}\n  because: x\n'), ['c.yaml:2:3: unknown key `because` in a `drop` correction (allowed: drop, note) [corrections:unknown-key]']);
  assert.deepEqual(problems('- remove: {event: e1}\n'), ['c.yaml:1:3: a correction needs one of drop, figure, event, merge, split (found `remove`) [corrections:entry]']);
  assert.deepEqual(problems('- drop: {event: e1}\n  merge: [a, b]\n'), ['c.yaml:1:3: one action per correction: found `drop` and `merge` [corrections:entry]']);
  assert.deepEqual(problems('- figure: f1\n'), ['c.yaml:1:3: a `figure` correction needs `set:` with what to change [corrections:entry]']);
  assert.deepEqual(problems('- figure: f1\n  set: {side: ours}\n'), ['c.yaml:2:15: `side` is one of us, militia, iraqi, other, unknown, not `ours` [corrections:value]']);
  assert.deepEqual(problems('- figure: f1\n  set: {colour: red}\n'), ['c.yaml:2:9: unknown key `colour` in `set` (allowed: kind, side, value, min, max, qualifier, country, since, asOf, event) [corrections:unknown-key]']);
  assert.deepEqual(problems('- figure: f1\n  set: {min: 2.5}\n'), ['c.yaml:2:14: `min` is a whole number (0 or more) or null [corrections:value]']);
  assert.deepEqual(problems('- event: e1\n  set: {date: 2024-02-30}\n'), ['c.yaml:2:15: `date` is YYYY-MM-DD, YYYY-MM, YYYY or {start, end, precision}, not `2024-02-30` [corrections:date]']);
  assert.deepEqual(problems('- event: e1\n  set: {date: {start: 2024-02-03, end: 2024-02-01}}\n'), ['c.yaml:2:40: `date` ends (2024-02-01) before it starts (2024-02-03) [corrections:date]']);
  assert.deepEqual(problems('- merge: [e1]\n'), ['c.yaml:1:10: `merge` takes a list of two or more event ids: [SURVIVOR, OTHER, …] [corrections:value]']);
  assert.deepEqual(problems('- merge: [e1, e1]\n'), ['c.yaml:1:15: `e1` is listed twice in this merge [corrections:value]']);
  assert.deepEqual(problems('- split: {event: e1}\n'), ['c.yaml:1:10: `split` needs `quotes:` with the sentences (or parts of them) that report the other event [corrections:value]']);
  assert.deepEqual(problems('- split: {event: e1, quotes: [x], id: "حدث"}\n'), ['c.yaml:1:39: new event id `حدث` must be ASCII: lower case letters, digits and hyphens [corrections:value]']);
  assert.deepEqual(problems('- drop: {article: a1}\n'), ['c.yaml:1:9: `drop` by quote needs both `article:` and `quote:` [corrections:value]']);
  assert.deepEqual(problems('- drop: {event: e1, figure: f1}\n'), ['c.yaml:1:9: `drop` takes one of {event: ID}, {figure: ID} or {article: ID, quote: "…"} [corrections:value]']);
});

test('YAML problems, anchors, aliases, tags and duplicate keys are refused', () => {
  assert.deepEqual(problems('- drop: {event: e1\n'), [problems('- drop: {event: e1\n')[0]!]);
  assert.match(problems('- drop: {event: e1\n')[0]!, /^c\.yaml:\d+:\d+: not valid YAML: .* \[corrections:yaml\]$/);
  assert.deepEqual(problems('- drop: &x {event: e1}\n- drop: *x\n'), [
    'c.yaml:1:12: YAML anchors (`&name`) are not allowed in corrections: write the value out [corrections:alias]',
    'c.yaml:2:9: YAML aliases (`*name`) are not allowed in corrections: write the value out [corrections:alias]',
  ]);
  assert.deepEqual(problems('- drop: !event e1\n'), ['c.yaml:1:16: custom YAML tag `!event` is not allowed in corrections [corrections:tag]']);
  assert.match(problems('- drop: {event: e1, event: e2}\n')[0]!, /^c\.yaml:1:21: not valid YAML: .* \[corrections:duplicate-key\]$/);
});

test('a malformed item is left out; the others still apply', () => {
  const { corrections, messages } = parseCorrections('- drop: {event: e1}\n- drop: {evnt: e2}\n- drop: {event: e3}\n', 'c.yaml');
  assert.deepEqual(corrections.map((c) => c.text), ['drop event e1', 'drop event e3']);
  assert.equal(messages.length, 1);
});

test('quoteMatches folds both sides and collapses white space; a different number does not match', () => {
  assert.equal(quoteMatches('أصيب سبعة أميركيين بقصف', 'اصيب  سبعه\nاميركيين'), true);
  assert.equal(quoteMatches('ثمانيةُ أفرادٍ', 'قتل ثمانية أفراد أمس'), true, 'the editor quoted the whole sentence');
  assert.equal(quoteMatches('ثمانية أفراد', 'تسعة أفراد'), false);
  assert.equal(quoteMatches('ثمانية أفراد', '   '), false);
});

test('figureBounds follows the contract table', () => {
  assert.deepEqual(
    (['exact', 'about', 'more-than', 'at-least', 'up-to', 'less-than', 'dozens', 'several'] as const).map((q) => figureBounds(q, q === 'dozens' || q === 'several' ? null : 10)),
    [{ min: 10, max: 10 }, { min: 10, max: 10 }, { min: 11, max: null }, { min: 10, max: null }, { min: 0, max: 10 }, { min: 0, max: 9 }, { min: 20, max: 99 }, { min: 2, max: null }],
  );
});

test('redirectPairs follows chains, drops targets that are gone and sorts', () => {
  const retired = new Map([['c', 'd'], ['a', 'b'], ['b', 'c']]);
  assert.deepEqual(redirectPairs(retired), [['a', 'd'], ['b', 'd'], ['c', 'd']]);
  assert.deepEqual(redirectPairs(retired, new Set(['x'])), []);
});

test('isCalendarDay knows leap years', () => {
  assert.deepEqual(['2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01'].map(isCalendarDay), [true, false, false, false]);
});
