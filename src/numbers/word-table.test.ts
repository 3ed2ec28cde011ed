import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createWordTable } from './word-table.js';

test('finds a word inside a longer text, and nothing for a part or an extension of it', () => {
  const table = createWordTable<string>();
  table.getOrAdd('هجوم', () => 'attack');
  table.getOrAdd('والهجوم', () => 'and-the-attack');
  assert.equal(table.get('بعد الهجوم', 6, 10), 'attack');
  assert.equal(table.get('والهجوم', 0, 7), 'and-the-attack');
  assert.equal(table.get('الهجوم', 0, 6), undefined);
  assert.equal(table.get('هجو', 0, 3), undefined);
  assert.equal(table.getOrAdd('هجوم', () => 'other'), 'attack');
});

test('property: answers as a Map of the substrings would, through growth', () => {
  const word = fc.string({ unit: fc.constantFrom('ا', 'ل', 'ه', 'ج', 'و', 'م', '2', 'x', '\u{1d400}'), maxLength: 6 });
  fc.assert(
    fc.property(fc.array(word, { maxLength: 1500 }), fc.array(fc.tuple(word, word, word), { maxLength: 50 }), (added, probes) => {
      const table = createWordTable<number>();
      const map = new Map<string, number>();
      added.forEach((w, i) => {
        if (!map.has(w)) map.set(w, i);
        assert.equal(table.getOrAdd(w, () => i), map.get(w));
      });
      for (const [before, w, after] of probes) {
        const text = before + w + after;
        assert.equal(table.get(text, before.length, before.length + w.length), map.get(w));
      }
      for (const w of added.slice(0, 100)) assert.equal(table.get(`،${w} `, 1, 1 + w.length), map.get(w));
    }),
    { numRuns: 200 },
  );
});
