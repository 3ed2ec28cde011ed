import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createRegexTermMatcher, createTermMatcher, previousWord, type TermEntry } from './term-matcher.js';

// Folded terms: a base, a multi-word name, names that begin with a proclitic
// letter (و ب ل ف ك) or the article, a term that is a prefix of another, a
// term with a digit, and terms with unlessNext / unlessPrev.
const TERMS: TermEntry<string>[] = [
  { term: 'عين الاسد', value: 'ain-al-asad' },
  { term: 'الاسد', value: 'assad' },
  { term: 'قاعده', value: 'base' },
  { term: 'قاعده عين الاسد', value: 'base-ain-al-asad' },
  { term: 'واشنطن', value: 'washington' },
  { term: 'بغداد', value: 'baghdad' },
  { term: 'لبنان', value: 'lebanon' },
  { term: 'فلسطين', value: 'palestine', unlessPrev: ['شارع'] },
  { term: 'كركوك', value: 'kirkuk' },
  { term: 'القائم', value: 'al-qaim' },
  { term: 'قائم', value: 'standing' },
  { term: 'حزب الله', value: 'hezbollah' },
  { term: 'كتائب حزب الله', value: 'kataib-hezbollah' },
  { term: 'التنف', value: 'al-tanf', unlessNext: ['الاخري'] },
  { term: 'ac-130', value: 'gunship' },
  { term: 'هجوم', value: 'attack' },
  { term: 'هجمات', value: 'attacks' },
  { term: 'اليمن', value: 'yemen' },
];

const regex = createRegexTermMatcher(TERMS);
const fast = createTermMatcher(TERMS);
const regexArticle = createRegexTermMatcher(TERMS, { article: true });
const fastArticle = createTermMatcher(TERMS, { article: true });

const show = (matches: ReturnType<typeof fast>): string[] => matches.map((m) => `${m.start}/${m.termStart}-${m.end}:${m.value}`);

const PHRASES = [
  'استهدف قاعده عين الاسد الجويه',
  'وبعين الاسد وفي عين  الاسد',
  'في عين\nالاسد',
  'من واشنطن وواشنطن ولواشنطن',
  'بغداد وبغداد فبغداد لبغداد وببغداد',
  'لبنان ولبنان للبنان',
  'شارع فلسطين وفلسطين',
  'قضاء القائم وللقائم ولقائم والقائم قائم',
  'كتائب حزب الله وحزب الله ولحزب الله',
  'التنف التنف الاخري والتنف',
  'طائره ac-130 وac-130',
  'الهجوم وللهجوم والهجمات بالهجوم كالهجوم فالهجوم هجوم',
  'اليمن واليمن لليمن باليمن',
  'عين الاسدي الاسدين القاعده',
  'كركوك،بغداد.لبنان؛هجوم',
  '',
  'بال',
  'وب',
];

test('the trie matcher finds what the reference pattern finds, with proclitics, spaces and unless-words', () => {
  for (const phrase of PHRASES) {
    assert.deepEqual(show(fast(phrase)), show(regex(phrase)), phrase);
    assert.deepEqual(show(fastArticle(phrase)), show(regexArticle(phrase)), `article: ${phrase}`);
  }
});

test('proclitics: و ف then ب ك ل are stripped, the article only with `article`', () => {
  assert.deepEqual(show(fast('وبعين الاسد')), ['0/2-11:ain-al-asad']);
  assert.deepEqual(show(fast('واشنطن')), ['0/0-6:washington']);
  assert.deepEqual(show(fast('للقائم')), ['0/1-6:al-qaim']);
  assert.deepEqual(show(fast('الهجوم')), []);
  assert.deepEqual(show(fastArticle('وللهجوم')), ['0/3-7:attack']);
  assert.deepEqual(show(fastArticle('بالهجوم')), ['0/3-7:attack']);
});

test('whole words only: no match inside a longer word', () => {
  assert.deepEqual(show(fast('الاسدي')), []);
  assert.deepEqual(show(fast('هجومين')), []);
  assert.deepEqual(show(fast('مبغداد')), []);
});

test('the longest term wins at one position; matches do not overlap', () => {
  assert.deepEqual(show(fast('قاعده عين الاسد')), ['0/0-15:base-ain-al-asad']);
  assert.deepEqual(show(fast('كتائب حزب الله')), ['0/0-14:kataib-hezbollah']);
});

test('unlessNext and unlessPrev cancel a match', () => {
  assert.deepEqual(show(fast('شارع فلسطين')), []);
  assert.deepEqual(show(fast('التنف الاخري')), []);
  assert.deepEqual(show(fast('التنف')), ['0/0-5:al-tanf']);
});

test('a lexicon with a doubled space falls back to the pattern (which never matches such a term)', () => {
  const entries = [{ term: 'عين  الاسد', value: 'x' }, { term: 'بغداد', value: 'baghdad' }];
  const text = 'في عين  الاسد وبغداد';
  assert.deepEqual(show(createTermMatcher(entries)(text)), show(createRegexTermMatcher(entries)(text)));
  assert.deepEqual(show(createTermMatcher(entries)(text)), ['14/15-20:baghdad']);
});

test('property: on random sequences of words, clitics and separators the two matchers agree', () => {
  const pieces = [
    'عين', 'الاسد', 'قاعده', 'واشنطن', 'بغداد', 'لبنان', 'فلسطين', 'شارع', 'كركوك', 'القائم', 'قائم', 'حزب', 'الله', 'كتائب',
    'التنف', 'الاخري', 'ac-130', 'هجوم', 'هجمات', 'اليمن', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'لل', 'وب', 'فل', 'ي', 'ين', 'ه', '1',
  ];
  const separators = [' ', '  ', '\n', '، ', '.', '', '-', '"', '\u00a0'];
  const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 24 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual(show(fast(t)), show(regex(t)));
      assert.deepEqual(show(fastArticle(t)), show(regexArticle(t)));
    }),
    { numRuns: 3000 },
  );
});

test('previousWord: the last run of letters and digits in the 40 characters before the offset, as the pattern reads it', () => {
  const reference = (folded: string, at: number): string => folded.slice(Math.max(0, at - 40), at).match(/[\p{L}\p{N}]+/gu)?.pop() ?? '';
  const pieces = ['قاعده', 'و', ' ', '  ', '،', '.', '17', 'ac', '-', '\u{1D400}', '\uD835', '\n', 'شارع', 'ال'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(), (parts, seed) => {
      const text = parts.join('');
      const at = text.length === 0 ? 0 : seed % (text.length + 1);
      assert.equal(previousWord(text, at), reference(text, at));
    }),
    { numRuns: 500 },
  );
  assert.equal(previousWord('في شارع فلسطين', 8), 'شارع');
  assert.equal(previousWord('فلسطين', 0), '');
});
