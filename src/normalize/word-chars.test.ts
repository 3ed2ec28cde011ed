import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isWordCharAt, isWordCharBefore, wordStarts } from './index.js';

test('word starts: a letter or digit with none before it', () => {
  assert.deepEqual(wordStarts('في 17 اكتوبر،و'), [0, 3, 6, 13]);
  assert.deepEqual(wordStarts(''), []);
  assert.deepEqual(wordStarts(' ،. '), []);
  assert.deepEqual(wordStarts('(الاثنين)'), [1]);
});

test('property: wordStarts is where WORD_START holds before a word character, surrogates included', () => {
  const unit = fc.constantFrom(...'اب 1،.\n'.split(''), '\uD835\uDC00', '\uD83D\uDE00', '\uD835', '\uDC00');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      const expected: number[] = [];
      for (let at = 0; at < text.length; at++) if (isWordCharAt(text, at) && !isWordCharBefore(text, at)) expected.push(at);
      assert.deepEqual(wordStarts(text), expected);
    }),
    { numRuns: 2000 },
  );
});
