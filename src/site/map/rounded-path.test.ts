import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoundedPath } from './rounded-path.js';

test('rounds to 0.1, writes relative moves, closes rings', () => {
  const path = new RoundedPath(0);
  path.moveTo(10.04, 20.06);
  path.lineTo(12.5, 20.06);
  path.lineTo(12.5, 18);
  path.closePath();
  assert.equal(path.result(), 'M10 20.1l2.5 0 0-2.1z');
});

test('drops points closer than minStep and rings that collapse', () => {
  const path = new RoundedPath(1);
  path.moveTo(0, 0);
  path.lineTo(0.3, 0.3);
  path.lineTo(5, 0);
  path.lineTo(5, 5);
  path.closePath();
  path.moveTo(100, 100);
  path.lineTo(100.2, 100);
  path.lineTo(100.4, 100);
  path.closePath();
  assert.equal(path.result(), 'M0 0l5 0 0 5z');
});

test('open lines keep two points; negative numbers separate themselves', () => {
  const path = new RoundedPath(0);
  path.moveTo(5, 5);
  path.lineTo(4.5, 3);
  assert.equal(path.result(), 'M5 5l-.5-2');
});
