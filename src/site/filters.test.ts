import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isolateHtml } from './bidi.js';
import { siteFilters, type FilterHost } from './filters.js';
import { remembered } from './remembered.js';

test('isolation remembered by text answers each text as isolateHtml does, never with another text’s answer', () => {
  const isolate = remembered((t: string) => t, isolateHtml);
  const texts = ['طراز AC-130', 'طراز AC-131', 'طراز AC-130', '<b>x</b>', '', 'عين الأسد', 'طراز AC-130 ', 'طراز AC-130'];
  for (const text of texts) assert.equal(isolate(text), isolateHtml(text), text);
});

test('property: remembered and direct isolation agree on any sequence of texts, repeats included', async () => {
  const fc = (await import('fast-check')).default;
  const chars = fc.constantFrom(...'أصيب عين ٢٠ 20 - AC C-130 & < > " \' x'.split(''));
  const text = fc.array(chars, { maxLength: 12 }).map((a) => a.join(''));
  fc.assert(
    fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
      const isolate = remembered((t: string) => t, isolateHtml);
      return [...texts, ...texts.reverse()].every((t) => isolate(t) === isolateHtml(t));
    }),
  );
});

test('the bidi filter marks the isolated, escaped text safe; null and undefined give an empty string', () => {
  const filters = new Map<string, (this: unknown, ...args: unknown[]) => unknown>();
  const host = {
    addFilter: (name: string, fn: (...args: never[]) => unknown) => filters.set(name, fn as never),
    addNunjucksFilter: (name: string, fn: (...args: never[]) => unknown) => filters.set(name, fn as never),
  } satisfies FilterHost;
  siteFilters(host);
  const context = { env: { getFilter: () => (html: string) => ({ safe: html }) } };
  const bidi = filters.get('bidi')!;
  assert.deepEqual(bidi.call(context, 'طراز AC-130 <b>'), { safe: 'طراز <bdi dir="ltr">AC-130</bdi> &lt;<bdi dir="ltr">b</bdi>&gt;' });
  assert.deepEqual(bidi.call(context, 'طراز C-130'), { safe: 'طراز <bdi dir="ltr">C-130</bdi>' });
  assert.deepEqual(bidi.call(context, null), { safe: '' });
  assert.deepEqual(bidi.call(context, undefined), { safe: '' });
  assert.deepEqual(bidi.call(context, 2023), { safe: '2023' });
});
