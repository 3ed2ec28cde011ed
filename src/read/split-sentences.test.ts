import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractSentences, splitSentences } from './index.js';

const split = (text: string) => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

test('splits on Latin and Arabic sentence punctuation', () => {
  assert.deepEqual(split('قال أوستن. وأضاف؟ نعم! انتهى'), ['قال أوستن.', 'وأضاف؟', 'نعم!', 'انتهى']);
});

test('keeps closing quotes with their sentence', () => {
  assert.deepEqual(split('وقال: “لن نتردد.” وأضاف.'), ['وقال: “لن نتردد.”', 'وأضاف.']);
});

test('a dot inside a name or number does not end a sentence', () => {
  assert.deepEqual(split('طائرة من طراز "إيه.سي-130" أصابت 2.5 هدف.'), ['طائرة من طراز "إيه.سي-130" أصابت 2.5 هدف.']);
});

test('headings lose their # markers; lists and quotes are read', () => {
  const body = '## عنوان فرعي\n\nفقرة أولى.\n\n- بند في قائمة.\n\n> اقتباس.\n';
  const sentences = extractSentences(body);
  assert.deepEqual(sentences.map((s) => s.text), ['عنوان فرعي', 'فقرة أولى.', 'بند في قائمة.', 'اقتباس.']);
  assert.equal(sentences[0]!.blockKind, 'heading');
});

test('property: sentences are ordered, inside the text and slice themselves', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'ابت .؟!”"\n#-*>'.split('')), maxLength: 80 }), (body) => {
      const sentences = extractSentences(body);
      let last = 0;
      for (const s of sentences) {
        assert.ok(s.start >= last && s.end > s.start && s.end <= body.length);
        assert.equal(body.slice(s.start, s.end), s.text);
        last = s.end;
      }
    }),
  );
});

/** The first version, one regex test per character: the oracle of the code-table scan. */
function referenceSplit(text: string, start: number, end: number): { start: number; end: number }[] {
  const TERMINATOR = /[.!?\u061F\u2026]/u;
  const CLOSER = /["'\u201D\u2019\u00BB)\]\u201C]/u;
  const SPACE = /\s/u;
  const ranges: { start: number; end: number }[] = [];
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) ranges.push({ start: s, end: e });
  };
  let from = start;
  let i = start;
  while (i < end) {
    if (TERMINATOR.test(text[i]!)) {
      let j = i + 1;
      while (j < end && TERMINATOR.test(text[j]!)) j++;
      while (j < end && CLOSER.test(text[j]!)) j++;
      if (j >= end || SPACE.test(text[j]!)) {
        push(from, j);
        from = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  push(from, end);
  return ranges;
}

test('property: the same sentences as the one-regex-per-character first version', () => {
  const unit = fc.constantFrom(...'اب1 .!?؟…"\'”’»)]“(\n\t\u00a0\u2009\u3000\ufeff'.split(''), '\uD835\uDC00', '\uD835');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), fc.nat(5), fc.nat(5), (text, a, b) => {
      const start = Math.min(a, text.length);
      const end = Math.max(start, text.length - b);
      assert.deepEqual(splitSentences(text, start, end), referenceSplit(text, start, end));
    }),
    { numRuns: 3000 },
  );
});
