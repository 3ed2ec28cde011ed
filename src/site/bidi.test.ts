import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bidiParts, escapeHtml, isolateHtml, mayIsolate } from './bidi.js';

test('Latin names, addresses and ISO dates are isolated', () => {
  assert.equal(isolateHtml('طائرة من طراز AC-130 أصابت'), 'طائرة من طراز <bdi dir="ltr">AC-130</bdi> أصابت');
  assert.equal(isolateHtml('طراز C-130 Hercules على'), 'طراز <bdi dir="ltr">C-130 Hercules</bdi> على');
  assert.equal(isolateHtml('أمس ← 2023-10-17'), 'أمس ← <bdi dir="ltr">2023-10-17</bdi>');
  assert.equal(isolateHtml('انظر https://example.com/a?b=1 هنا'), 'انظر <bdi dir="ltr">https://example.com/a?b=1</bdi> هنا');
});

test('plain numbers and Arabic ranges stay in logical order, not isolated', () => {
  assert.deepEqual(bidiParts('أصيب 8 أفراد'), [{ text: 'أصيب 8 أفراد', ltr: false }]);
  assert.equal(isolateHtml('20–21 كانون الثاني'), '20–21 كانون الثاني');
  assert.deepEqual(bidiParts(''), [{ text: '', ltr: false }]);
});

test('untrusted text is escaped, inside and outside the runs', () => {
  assert.equal(isolateHtml('<script>alert("x")</script>'), '&lt;<bdi dir="ltr">script</bdi>&gt;<bdi dir="ltr">alert</bdi>(&quot;<bdi dir="ltr">x</bdi>&quot;)&lt;/<bdi dir="ltr">script</bdi>&gt;');
  assert.doesNotMatch(isolateHtml('<img src=x onerror=alert(1)>'), /<img/u);
  assert.equal(isolateHtml("a & b's"), '<bdi dir="ltr">a</bdi> &amp; <bdi dir="ltr">b</bdi>&#39;<bdi dir="ltr">s</bdi>');
});

test('property: the fast path for text with nothing to isolate or escape gives what the full path gives', async () => {
  const fc = (await import('fast-check')).default;
  const slow = (text: string): string => bidiParts(text).map((p) => (p.ltr ? `<bdi dir="ltr">${escapeHtml(p.text)}</bdi>` : escapeHtml(p.text))).join('');
  const chars = fc.constantFrom(...'أصيب عين الأسد ٢٠ 20 - – AC C-130 & < > " \' / . x'.split(''));
  fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => isolateHtml(text) === slow(text)));
});

test('property: when mayIsolate says no, bidiParts gives the whole text as one part', async () => {
  const fc = (await import('fast-check')).default;
  const chars = fc.constantFrom(...'أصيب عين ٢٠ 20 9 - – . / : _ ? AC x & <'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (text) => mayIsolate(text) || JSON.stringify(bidiParts(text)) === JSON.stringify([{ text, ltr: false }])),
  );
  assert.equal(mayIsolate('أصيب 8 أفراد في 20–21'), false);
  assert.equal(mayIsolate('في 2023-10-17'), true);
  assert.equal(mayIsolate('طائرة C'), true);
});
