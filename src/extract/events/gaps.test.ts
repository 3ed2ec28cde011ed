import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blankBetween, breakBetween, CLAUSE_BREAK, isClauseBreak, lastWordIn, wordCount, wordsBetween } from './gaps.js';

// Letters, digits (ASCII and Arabic-Indic), spaces of several kinds, clause breaks, other punctuation, and a
// character beyond the Basic Multilingual Plane (a letter, 𝐀, and a symbol, 😀).
const PIECES = ['ق', 'ا', 'ل', 'ه', ' ', '  ', '\n', '\u00a0', '،', ',', '.', '؟', '(', ')', '-', '"', '7', '٣', 'a', '𝐀', '😀'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const PATTERN_WORDS = /[\p{L}\p{N}]+/gu;

test('gaps: read in place, the same as slicing and matching (any offsets, surrogates included)', () => {
  fc.assert(fc.property(text, fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }), (s, from, to) => {
    const slice = s.slice(from, to);
    assert.equal(wordsBetween(s, from, to), slice.match(PATTERN_WORDS)?.length ?? 0);
    assert.equal(wordCount(slice), slice.match(PATTERN_WORDS)?.length ?? 0);
    // a second gap of the same text reads the runs counted for the first
    assert.equal(wordsBetween(s, 1, to), s.slice(1, to).match(PATTERN_WORDS)?.length ?? 0);
    assert.equal(breakBetween(s, from, to), CLAUSE_BREAK.test(slice));
    assert.equal(blankBetween(s, from, to), slice.trim() === '');
    assert.equal(lastWordIn(s, from, to), slice.match(PATTERN_WORDS)?.at(-1) ?? '');
    for (let i = 0; i < s.length; i++) assert.equal(isClauseBreak(s.charCodeAt(i)), CLAUSE_BREAK.test(s[i]!));
  }), { numRuns: 3000 });
});

test('wordsBetween counts runs of letters and digits, not punctuation', () => {
  assert.equal(wordsBetween('شنت القوات ضربات', 3, 16), 2);
  assert.equal(wordsBetween('في 20 يناير', 0, 11), 3);
  assert.equal(wordsBetween('، - (', 0, 5), 0); // must not count punctuation
  assert.equal(wordsBetween('الهجوم', 3, 6), 1); // a word cut by the slice is still a word
  assert.equal(wordCount('F-15'), 2);
});

test('lastWordIn: the last run of letters and digits in the range, cut where the range cuts', () => {
  assert.equal(lastWordIn('لنحو 61 هجوما', 0, 8), '61');
  assert.equal(lastWordIn('لنحو 61 هجوما', 0, 13), 'هجوما');
  assert.equal(lastWordIn('لنحو 61، ', 0, 9), '61'); // punctuation and spaces after the word are skipped
  assert.equal(lastWordIn('لنحو 61', 6, 7), '1');
  assert.equal(lastWordIn('، - ', 0, 4), ''); // must not return punctuation
});

test('breakBetween and blankBetween look only inside the range', () => {
  assert.equal(breakBetween('القائم، ردا على', 0, 10), true);
  assert.equal(breakBetween('القائم، ردا على', 7, 15), false); // must not see the comma before the range
  assert.equal(blankBetween('الهجوم  على', 6, 8), true);
  assert.equal(blankBetween('الهجوم  على', 6, 9), false);
});
