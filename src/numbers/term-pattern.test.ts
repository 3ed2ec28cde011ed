import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PROCLITICS, WORD_END, WORD_START, escapeRegExp, foldTerm } from '../normalize/index.js';
import { matchTermPattern, termMatcher, termMatcherPattern, termPattern } from './term-pattern.js';

const TERMS = ['هجوم', 'هجمات', 'عين الاسد', 'الاسد', 'قاعده', 'اسد', '22'];
const re = new RegExp(`${WORD_START}(${PROCLITICS})(${TERMS.map((t) => t.replace(/ /g, '\\s+')).join('|')})${WORD_END}`, 'gu');
const pattern = termPattern(re, TERMS);

/** The reference: the rule's own global exec loop from `from`, stopping at the first match at or after `to`. */
function reference(text: string, from: number, to: number): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

const found = (text: string, from = 0, to = text.length): [number, string][] => matchTermPattern(pattern, text, from, to).map((m) => [m.index, m[0]]);

test('matches what the pattern matches, proclitics and multi-word terms included', () => {
  const text = foldTerm('وبعين الأسد، والهجمات علي القاعدة 22 والهجومين');
  assert.deepEqual(found(text), reference(text, 0, text.length));
  assert.deepEqual(found(text).map(([, m]) => m), ['وبعين الاسد', 'والهجمات', 'القاعده', '22']);
});

test('must not match inside a word or a longer word', () => {
  assert.deepEqual(found('الهجومين والاسدين مهجوم'), []);
  assert.deepEqual(found('x22 220'), []);
});

test('a window starts and stops where the exec loop does (a term begun before `from` is not seen)', () => {
  const text = 'عين الاسد ثم هجوم';
  assert.deepEqual(found(text), [[0, 'عين الاسد'], [13, 'هجوم']]);
  assert.deepEqual(found(text, 1), [[4, 'الاسد'], [13, 'هجوم']]);
  assert.deepEqual(found(text, 0, 13), [[0, 'عين الاسد']]);
  assert.deepEqual(found(text, 0, 12), [[0, 'عين الاسد']]);
});

test('terms must begin with a letter or digit', () => {
  assert.throws(() => termPattern(/x/gu, [' هجوم']), /does not begin/);
});

test('property: the same matches as the global exec loop, for any text and window', () => {
  const piece = fc.constantFrom('هجوم', 'هجمات', 'عين', 'الاسد', 'اسد', 'قاعده', 'و', 'ف', 'ب', 'ال', 'لل', 'ك', '22', '2', ' ', '  ', '\n', '،', '-', 'x', 'ين', '\u{1d400}', '\u{1f600}');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(80), fc.nat(80), (pieces, a, b) => {
      const text = pieces.join('');
      const from = Math.min(a, text.length);
      const to = Math.min(from + b, text.length);
      assert.deepEqual(found(text, from, to), reference(text, from, to));
    }),
    { numRuns: 3000 },
  );
});

/** Proclitic orders after و/ف, as the figure lexicons pass them: nouns (`PROCLITICS`) and places. */
const NOUN_FORMS = ['بال', 'كال', 'ال', 'لل', 'ب', 'ك', 'ل'];
const PLACE_FORMS = ['بال', 'لل', 'ال', 'ب', 'ل'];
const WORDS = ['عين الاسد', 'عين', 'الاسد', 'اسد', 'قاعده', 'القاعده', 'لقاعده', 'وادي', 'والي', 'ال', 'التنف', 'بال', 'هجوم', 'هجوم علي', 'x-y', '22'];
const nouns = termMatcher(WORDS, NOUN_FORMS);
const places = termMatcher(WORDS, PLACE_FORMS);
/** The patterns the figure rules wrote before the matchers: noun proclitics as `PROCLITICS`, places with their own group. */
const alternatives = [...WORDS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');
const nounPattern = new RegExp(`${WORD_START}(${PROCLITICS})(${alternatives})${WORD_END}`, 'gu');
const placePattern = new RegExp(`${WORD_START}([وف]?(?:بال|لل|ال|ب|ل)?)(${alternatives})${WORD_END}`, 'gu');

function referenceTerms(re: RegExp, text: string, from: number, to: number): [number, number, number, string, string][] {
  const out: [number, number, number, string, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m.index + m[1]!.length, m.index + m[0].length, m[1]!, m[2]!.replace(/\s+/gu, ' ')]);
  return out;
}
const foundTerms = (matcher: typeof nouns, text: string, from = 0, to = text.length): [number, number, number, string, string][] =>
  matchTermPattern(matcher, text, from, to).map((m) => [m.start, m.termStart, m.end, m.clitic, m.term]);

test('term matcher: proclitics in the pattern\'s order, the longest term after them, any white space for a space', () => {
  assert.deepEqual(foundTerms(nouns, 'وبعين\n الاسد، والقاعده للقاعده'), [
    [0, 2, 12, 'وب', 'عين الاسد'],
    [14, 17, 22, 'وال', 'قاعده'],
    [23, 25, 30, 'لل', 'قاعده'],
  ]);
  // "وادي" is a term of its own; "والي" too, before "و" + "الي"
  assert.deepEqual(foundTerms(nouns, 'وادي والي'), [[0, 0, 4, '', 'وادي'], [5, 5, 9, '', 'والي']]);
  // no ك before a place
  assert.deepEqual(foundTerms(places, 'كالقاعده'), []);
  assert.deepEqual(foundTerms(nouns, 'كالقاعده'), [[0, 3, 8, 'كال', 'قاعده']]);
});

test('term matcher: must not match inside a longer word or on proclitics alone', () => {
  assert.deepEqual(foundTerms(nouns, 'القاعدتين مهجوم والاسدين'), []);
  // "بال" and "ال" are terms: "بال" is ب + "ال" (the proclitics come first), never proclitics of nothing
  assert.deepEqual(foundTerms(nouns, 'بال وال'), [[0, 1, 3, 'ب', 'ال'], [4, 5, 7, 'و', 'ال']]);
  assert.throws(() => termMatcher(['عين  الاسد'], NOUN_FORMS), /white space/);
  assert.throws(() => termMatcher(['عين'], ['كل']), /no proclitic/);
});

test('property: term matchers find what the figure rules\' patterns found, for any text and window', () => {
  const piece = fc.constantFrom('عين', 'الاسد', 'اسد', 'قاعده', 'وادي', 'الي', 'هجوم', 'علي', 'التنف', 'x', '-y', '22', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'لل', 'ين', ' ', '  ', '\n', '،', '\u{1d400}', '\u{1f600}');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(60), fc.nat(60), (pieces, a, b) => {
      const text = pieces.join('');
      const from = Math.min(a, text.length);
      const to = Math.min(from + b, text.length);
      assert.deepEqual(foundTerms(nouns, text, from, to), referenceTerms(nounPattern, text, from, to));
      assert.deepEqual(foundTerms(places, text, from, to), referenceTerms(placePattern, text, from, to));
      assert.deepEqual(foundTerms(places, text, from, to), referenceTerms(termMatcherPattern(WORDS, PLACE_FORMS), text, from, to));
    }),
    { numRuns: 3000 },
  );
});
