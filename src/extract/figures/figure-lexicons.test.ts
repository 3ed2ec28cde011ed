import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon, termList } from '../../lexicon/index.js';
import { matchTermPattern, numberWordTable, qualifierTable, type TermMatch, type TermPattern } from '../../numbers/index.js';
import { figureLexicons } from './figure-lexicons.js';
import { readCountedNoun } from './read-counted-noun.js';
import { escapeRegExp, foldTerm, WORD_END, WORD_START } from '../../normalize/index.js';

test('the figure and number lexicons load without a problem', () => {
  numberWordTable();
  qualifierTable();
  figureLexicons();
  for (const name of ['number-words', 'qualifiers', 'figure-nouns', 'figure-cues', 'sides']) {
    const lexicon = loadLexicon(name, { keys: [] });
    assert.deepEqual(lexicon.messages, [], name);
    assert.ok(lexicon.entries.length > 0, name);
  }
});

test('every entry has a known type, class, cue, side and qualifier', () => {
  const check = (name: string, key: string, allowed: string[]): void => {
    for (const entry of loadLexicon(name, { keys: [] }).entries) assert.ok(allowed.includes(String(entry[key])), `${name} ${entry.id}: ${key} ${String(entry[key])}`);
  };
  check('number-words', 'type', ['unit', 'hundred', 'thousand', 'million', 'vague', 'vague-after', 'name']);
  check('qualifiers', 'qualifier', ['exact', 'more-than', 'at-least', 'about', 'up-to', 'less-than', 'dozens', 'several']);
  check('qualifiers', 'position', ['before', 'after', 'both']);
  check('figure-nouns', 'class', ['person', 'killed', 'injured', 'attack', 'operation', 'strike', 'munition', 'target', 'times', 'container']);
  check('sides', 'side', ['us', 'militia', 'iraqi', 'other']);
});

test('a sound masculine plural is never read as a dual', () => {
  const { nouns } = figureLexicons();
  const plurals = loadLexicon('figure-nouns', { keys: [] }).entries.flatMap((e) => termList(e.plural));
  for (const plural of plurals) assert.notEqual(nouns.get(plural)?.form, 'dual', plural);
  assert.equal(nouns.get('مسلحين')?.form, 'plural');
  assert.equal(nouns.get('صاروخين')?.form, 'dual');
  assert.equal(nouns.get('منشاتين')?.form, 'dual');
  assert.equal(nouns.get('قاعدتي')?.form, 'dual');
  assert.equal(nouns.get('هجوما')?.form, 'singular');
});

test('counted noun: direct, partitive, through a container, with pronoun suffixes', () => {
  const read = (text: string, at: number): string | undefined => readCountedNoun(foldTerm(text), at)?.noun.id;
  assert.equal(read('ثمانية أفراد', 6), 'personnel');
  assert.equal(read('8 من قواته', 1), 'forces');
  assert.equal(readCountedNoun(foldTerm('خمسة من المصابين'), 4)?.partitive, true);
  assert.equal(read('بثلاث مجموعات منفصلة من الضربات', 5), 'strike');
  assert.equal(read('عدد كبير من مجموعات الميليشيات', 10), undefined);
  assert.equal(read('30 كيلومترا', 2), undefined);
  assert.equal(read('10 أيام', 2), undefined);
});

test('the term matchers of sides, places and duals find what the patterns they replaced found, for every term', () => {
  const { sideAny, sideOf, placeAny, places, duals, nouns } = figureLexicons();
  const NOUN_CLITICS = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';
  const alternation = (terms: Iterable<string>): string =>
    [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');
  const dualTerms = [...nouns].filter(([, n]) => n.form === 'dual').map(([t]) => t);
  const cases: [string, TermPattern<TermMatch>, RegExp, string[]][] = [
    ['sides', sideAny, new RegExp(`${WORD_START}(${NOUN_CLITICS})(${alternation(sideOf.keys())})${WORD_END}`, 'gu'), [...sideOf.keys()]],
    ['places', placeAny, new RegExp(`${WORD_START}([وف]?(?:بال|لل|ال|ب|ل)?)(${alternation(places.keys())})${WORD_END}`, 'gu'), [...places.keys()]],
    ['duals', duals, new RegExp(`${WORD_START}(${NOUN_CLITICS})(${alternation(dualTerms)})${WORD_END}`, 'gu'), dualTerms],
  ];
  for (const [name, matcher, pattern, terms] of cases) {
    // every term bare, with proclitics, spaced out, inside a longer word, cut short
    const text = terms.map((t) => `${t} و${t}، بال${t} لل${t} وب${t}  ف${t.replace(/ /g, '\n ')} ${t}ين ${t.slice(0, -1)} ك${t}`).join(' ');
    const expected: [number, number, string, string][] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) expected.push([m.index, m.index + m[0].length, m[1]!, m[2]!.replace(/\s+/gu, ' ')]);
    const found = matchTermPattern(matcher, text).map((m): [number, number, string, string] => [m.start, m.end, m.clitic, m.term]);
    assert.ok(expected.length > terms.length, name);
    assert.deepEqual(found, expected, name);
  }
});
