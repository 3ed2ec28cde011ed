import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeSlug } from './slug.js';

test('ASCII ids stay as they are', () => {
  assert.equal(safeSlug('2023-11-22-ain-al-asad-ac130'), '2023-11-22-ain-al-asad-ac130');
  assert.equal(safeSlug('ain-al-asad'), 'ain-al-asad');
});

test('anything else becomes a deterministic, URL-safe hash', () => {
  for (const id of ['عين الأسد', 'a b', '../etc/passwd', 'Upper', 'a.b', '', 'x'.repeat(200)]) {
    const slug = safeSlug(id);
    assert.match(slug, /^x-[0-9a-f]{12}$/u, id);
    assert.equal(safeSlug(id), slug);
  }
  assert.notEqual(safeSlug('عين الأسد'), safeSlug('عين الاسد'));
});
