import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldTerm } from '../normalize/index.js';
import { boundsOf, findQuantities, qualifierAfter, vagueAfter, type Quantity } from './index.js';

/** The quantities of an unfolded phrase. */
const find = (text: string): Quantity[] => findQuantities(foldTerm(text));
/** The one quantity of a phrase: [value, min, max, qualifier]. */
function one(text: string): [number | null, number | null, number | null, string] {
  const found = find(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  const b = found[0]!.bounds;
  return [b.value, b.min, b.max, b.qualifier];
}

test('digits with and without separators, Arabic-Indic digits', () => {
  assert.deepEqual(one('2500 جندي'), [2500, 2500, 2500, 'exact']);
  assert.deepEqual(one('2,500 جندي'), [2500, 2500, 2500, 'exact']);
  assert.deepEqual(one('٢٬٥٠٠ جندي'), [2500, 2500, 2500, 'exact']);
  assert.deepEqual(one('٦٦ هجوما'), [66, 66, 66, 'exact']);
  assert.deepEqual(one('و2500 في العراق'), [2500, 2500, 2500, 'exact']);
  assert.deepEqual(one('3 آلاف جندي'), [3000, 3000, 3000, 'exact']);
});

test('number words 0–10 in every gender and case', () => {
  const cases: [string, number][] = [
    ['صفر', 0], ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2],
    ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6],
    ['سبع', 7], ['سبعة', 7], ['ثماني', 8], ['ثمانية', 8], ['ثمان', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
  ];
  for (const [text, value] of cases) assert.deepEqual(one(`${text} جنود`), [value, value, value, 'exact'], text);
});

test('11–19, tens, hundreds, thousands and compounds', () => {
  const cases: [string, number][] = [
    ['أحد عشر', 11], ['إحدى عشرة', 11], ['اثنا عشر', 12], ['اثنتي عشرة', 12], ['ثلاثة عشر', 13], ['تسع عشرة', 19],
    ['عشرون', 20], ['عشرين', 20], ['تسعين', 90], ['خمسة وعشرون', 25], ['إحدى وثلاثين', 31],
    ['مئة', 100], ['مائة', 100], ['مئتان', 200], ['مائتين', 200], ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['ثلاث مئة', 300],
    ['تسعمئة وتسعة وتسعون', 999], ['ألف', 1000], ['ألفان', 2000], ['ألفين', 2000], ['ثلاثة آلاف', 3000],
    ['ألف وخمسمئة', 1500], ['خمسة وعشرون ألفا', 25000], ['مئة ألف', 100000],
  ];
  for (const [text, value] of cases) assert.deepEqual(one(`${text} جندي`), [value, value, value, 'exact'], text);
});

test('vague quantities', () => {
  assert.deepEqual(one('عشرات الجنود'), [null, 20, 99, 'dozens']);
  assert.deepEqual(one('لعشرات الهجمات'), [null, 20, 99, 'dozens']);
  assert.deepEqual(one('مئات الصواريخ'), [null, 200, 999, 'several']);
  assert.deepEqual(one('آلاف الجنود'), [null, 2000, null, 'several']);
  for (const text of ['عدة صواريخ', 'بعدة صواريخ', 'العديد من المقاتلين', 'عدد من الضربات', 'عدداً من الضربات', 'بضعة جنود']) {
    assert.deepEqual(one(text), [null, 2, null, 'several'], text);
  }
  assert.deepEqual(vagueAfter(foldTerm('ضربات متعددة ضد'), 5)?.bounds, { value: null, min: 2, max: null, qualifier: 'several' });
});

test('qualifiers before the number, per the contract table', () => {
  const cases: [string, [number | null, number | null, number | null, string]][] = [
    ['أكثر من 60 مرة', [60, 61, null, 'more-than']],
    ['ما يزيد على 60 مرة', [60, 61, null, 'more-than']],
    ['على الأقل 151 مرة', [151, 151, null, 'at-least']],
    ['ما لا يقل عن 151 مرة', [151, 151, null, 'at-least']],
    ['نحو 61 هجوما', [61, 61, 61, 'about']],
    ['لنحو 61 هجوما', [61, 61, 61, 'about']],
    ['حوالي 2500 جندي', [2500, 2500, 2500, 'about']],
    ['حوالى 2500 جندي', [2500, 2500, 2500, 'about']],
    ['قرابة 2500 جندي', [2500, 2500, 2500, 'about']],
    ['زهاء 2500 جندي', [2500, 2500, 2500, 'about']],
    ['ما يقارب 2500 جندي', [2500, 2500, 2500, 'about']],
    ['أقل من 10 صواريخ', [10, 0, 9, 'less-than']],
    ['حتى 10 صواريخ', [10, 0, 10, 'up-to']],
    ['ما يصل إلى 10 صواريخ', [10, 0, 10, 'up-to']],
    ['أكثر من ثلاثين صاروخا', [30, 31, null, 'more-than']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(one(text), expected, text);
});

test('qualifiers after the number: على الأقل, تقريبا', () => {
  const text = foldTerm('151 مرة على الأقل منذ');
  assert.deepEqual(qualifierAfter(text, 7), { qualifier: 'at-least', id: 'at-least', end: 17 });
  assert.equal(qualifierAfter(foldTerm('151 مرة منذ'), 7), null);
  assert.equal(qualifierAfter(foldTerm('10 أيام تقريبا'), 7)?.qualifier, 'about');
});

test('bounds of each qualifier', () => {
  assert.deepEqual(boundsOf(60, 'more-than'), { value: 60, min: 61, max: null, qualifier: 'more-than' });
  assert.deepEqual(boundsOf(10, 'less-than'), { value: 10, min: 0, max: 9, qualifier: 'less-than' });
  assert.deepEqual(boundsOf(10, 'up-to'), { value: 10, min: 0, max: 10, qualifier: 'up-to' });
  assert.deepEqual(boundsOf(61, 'about'), { value: 61, min: 61, max: 61, qualifier: 'about' });
});

test('must not match: times, model names, years, ordinals, weekdays, other words', () => {
  for (const text of ['الساعة 10:25 صباحا', 'طائرة C-130', 'طائرة AC-130', 'طراز AC 130 أفرادا', 'عام 2003', 'في العام 2014', '17/10/2023', '50% من', 'الجولة الثامنة', 'للمرة الثانية', 'أول عنصر', 'يوم الاثنين', 'الإثنين', 'لست أدري', 'أحد عناصرها', 'الأولى', 'الثالث']) {
    assert.deepEqual(find(text), [], text);
  }
});

const UNITS_M = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const UNITS_F = ['', 'واحدة', 'اثنتان', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'];
const TEENS_M = ['', 'أحد عشر', 'اثنا عشر', 'ثلاثة عشر', 'أربعة عشر', 'خمسة عشر', 'ستة عشر', 'سبعة عشر', 'ثمانية عشر', 'تسعة عشر'];
const TEENS_F = ['', 'إحدى عشرة', 'اثنتا عشرة', 'ثلاث عشرة', 'أربع عشرة', 'خمس عشرة', 'ست عشرة', 'سبع عشرة', 'ثماني عشرة', 'تسع عشرة'];
const TENS = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمائة', 'خمسمئة', 'ستمائة', 'سبعمئة', 'ثمانمئة', 'تسعمائة'];

/** Spells 0–9999 the way Arabic copy writes it (masculine or feminine counted noun). */
function spell(n: number, feminine: boolean): string {
  if (n === 0) return 'صفر';
  const units = feminine ? UNITS_F : UNITS_M;
  const teens = feminine ? TEENS_F : TEENS_M;
  const parts: string[] = [];
  const thousands = Math.floor(n / 1000);
  if (thousands === 1) parts.push('ألف');
  else if (thousands === 2) parts.push('ألفان');
  else if (thousands >= 3) parts.push(`${UNITS_M[thousands]} آلاف`);
  const hundreds = Math.floor((n % 1000) / 100);
  if (hundreds > 0) parts.push(HUNDREDS[hundreds]!);
  const rest = n % 100;
  if (rest > 0 && rest <= 10) parts.push(units[rest]!);
  else if (rest > 10 && rest < 20) parts.push(teens[rest - 10]!);
  else if (rest >= 20) parts.push(rest % 10 ? `${units[rest % 10]} و${TENS[Math.floor(rest / 10)]}` : TENS[Math.floor(rest / 10)]!);
  return parts.join(' و');
}

test('property: spelled-out numerals 0–9999 (masculine and feminine) round-trip', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.boolean(), (n, feminine) => {
      const text = `${spell(n, feminine)} جنود`;
      const found = find(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0]!.bounds.value, n, text);
    }),
    { numRuns: 2000 },
  );
});

test('property: no string makes findQuantities throw, and offsets stay in the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'0123456789٠١٢٬,.:-/ abcACو ثلاثة عشرات اكثر من نحو على الأقل'.split('')), maxLength: 80 }), (text) => {
      for (const q of findQuantities(text)) {
        assert.ok(q.start <= q.numberStart && q.numberStart < q.end && q.end <= text.length);
      }
    }),
  );
});
