import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PROCLITICS, WORD_END, WORD_START, foldTerm } from '../normalize/index.js';
import { matchTermPattern, termPattern } from './term-pattern.js';

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
