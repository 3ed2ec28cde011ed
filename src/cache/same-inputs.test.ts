import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameInputs } from './same-inputs.js';

test('sameInputs: the same objects and equal primitives in the same order; a copy, another order or another length is not', () => {
  const figure = { id: 'f1', value: 60 };
  assert.equal(sameInputs([figure, 'غارة', 3], [figure, 'غارة', 3]), true);
  assert.equal(sameInputs([], []), true);
  assert.equal(sameInputs([figure], [{ ...figure }]), false);
  assert.equal(sameInputs([figure, 'غارة'], ['غارة', figure]), false);
  assert.equal(sameInputs([figure], [figure, undefined]), false);
  assert.equal(sameInputs([Number.NaN], [Number.NaN]), false, '=== semantics: NaN is never the same');
});
