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
