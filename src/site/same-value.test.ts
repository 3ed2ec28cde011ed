import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepUnchanged, sameValue } from './same-value.js';

test('sameValue: equal plain data is the same value, whichever objects hold it', () => {
  const value = { text: 'غارة على عين الأسد', n: [1, 2.5, -0], flag: true, none: null, nested: { list: [{ a: 'ب' }] } };
  assert.ok(sameValue(value, structuredClone(value)));
  assert.ok(sameValue([], []));
  assert.ok(sameValue(Number.NaN, Number.NaN));
});

test('sameValue: any difference in a string, number, boolean, key, key order, length or shape is another value', () => {
  const base = { a: 'غارة', b: [1, 2], c: { d: true }, e: null as unknown };
  const variants: unknown[] = [
    { ...base, a: 'غارات' },
    { ...base, b: [1, 3] },
    { ...base, b: [1, 2, 3] },
    { ...base, b: [1] },
    { ...base, b: ['1', 2] },
    { ...base, c: { d: false } },
    { ...base, c: { d: true, x: 1 } },
    { ...base, e: undefined },
    { ...base, e: 'null' },
    { ...base, e: {} },
    { ...base, e: [] },
    { b: base.b, a: base.a, c: base.c, e: base.e }, // the same entries in another order
    { ...base, f: undefined }, // a key more, even undefined
    [base],
  ];
  for (const v of variants) assert.equal(sameValue(base, v), false, JSON.stringify(v));
  assert.equal(sameValue({}, []), false);
  assert.equal(sameValue(null, {}), false);
});

test('keepUnchanged: the old object when the new one equals it, the new one when it differs or is new', () => {
  const previous = [
    { id: 'a', text: 'أ' },
    { id: 'b', text: 'ب' },
  ];
  const keep = keepUnchanged(previous, (v) => v.id);
  const same = { id: 'a', text: 'أ' };
  const changed = { id: 'b', text: 'ت' };
  const added = { id: 'c', text: 'ث' };
  assert.equal(keep(same), previous[0]);
  assert.equal(keep(changed), changed);
  assert.equal(keep(added), added);
  const none = keepUnchanged(undefined, (v: { id: string }) => v.id);
  assert.equal(none(same), same);
});
