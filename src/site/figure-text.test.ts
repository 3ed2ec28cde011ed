import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../model/types.js';
import { figureText, outletCountText } from './figure-text.js';

const f = (kind: Figure['kind'], side: Figure['side'], value: number | null, qualifier: Figure['qualifier']): Pick<Figure, 'kind' | 'side' | 'value' | 'qualifier'> => ({ kind, side, value, qualifier });

test('a count takes the noun form its number needs', () => {
  assert.equal(figureText(f('injured', 'us', 8, 'exact')), '8 جرحى أميركيين');
  assert.equal(figureText(f('injured', 'us', 11, 'exact')), '11 جريحًا أميركيًا');
  assert.equal(figureText(f('injured', 'us', 103, 'exact')), '103 جرحى أميركيين');
  assert.equal(figureText(f('attacks', 'us', 66, 'exact')), '66 هجومًا على القوات الأميركية');
  assert.equal(figureText(f('strikes', 'us', 3, 'exact')), '3 ضربات أميركية');
});

test('one and two are words (the dual), not "2 جريحان"', () => {
  assert.equal(figureText(f('injured', 'us', 2, 'exact')), 'جريحان');
  assert.equal(figureText(f('strikes', 'us', 1, 'exact')), 'ضربة واحدة');
  assert.notEqual(figureText(f('injured', 'us', 2, 'about')), 'جريحان');
});

test('qualifiers say how the text bounds the number', () => {
  assert.equal(figureText(f('attacks', 'us', 60, 'more-than')), 'أكثر من 60 هجومًا على القوات الأميركية');
  assert.equal(figureText(f('attacks', 'us', 61, 'about')), 'نحو 61 هجومًا على القوات الأميركية');
  assert.equal(figureText(f('killed', 'militia', 151, 'at-least')), '151 قتيلًا من الفصائل على الأقل');
  assert.equal(figureText(f('injured', 'us', null, 'dozens')), 'عشرات الجرحى الأميركيين');
  assert.equal(figureText(f('killed', 'militia', null, 'several')), 'عدد من القتلى من الفصائل');
  assert.equal(figureText(f('targets', 'unknown', 4, 'exact')), '4 أهداف');
});

test('corroboration in words', () => {
  assert.equal(outletCountText(1), 'مصدر واحد');
  assert.equal(outletCountText(2), 'يؤكده مصدران');
  assert.equal(outletCountText(3), 'يؤكده 3 مصادر');
  assert.equal(outletCountText(12), 'يؤكده 12 مصدرًا');
});
