import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { shortHash, uniqueIds } from './stable-id.js';

const reference = (text: string, length = 8): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);

test('shortHash is the first hex digits of the SHA-256 of the UTF-8 text', () => {
  assert.equal(shortHash(''), 'e3b0c442');
  assert.equal(shortHash('أكثر من 60 مرة'), reference('أكثر من 60 مرة'));
  assert.equal(shortHash('هجوم', 12), reference('هجوم', 12));
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => shortHash(text) === reference(text)));
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => shortHash(text) === reference(text)));
});

test('uniqueIds numbers repeats in order', () => {
  assert.deepEqual(uniqueIds(['a', 'b', 'a', 'a']), ['a', 'b', 'a-2', 'a-3']);
});
