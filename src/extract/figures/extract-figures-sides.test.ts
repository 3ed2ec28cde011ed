import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../model/types.js';
import { extractSentences, type ArticleDoc } from '../../read/index.js';
import { extractFigures } from './index.js';

/**
 * Whose count it is when the text names another party (Israeli soldiers,
 * operations against Israeli targets, victims of an attack on someone), and
 * counts written in ways the first rules missed. Every sentence is written
 * for this test.
 */

function docOf(body: string, anchor = '2024-05-12'): ArticleDoc {
  return {
    article: { id: 'sides', title: 't', outlet: null, url: null, published: anchor },
    anchor,
    file: 'sides.md',
    body,
    bodyOffset: 0,
    sentences: extractSentences(body),
    positionOf: () => ({ line: 1, column: 1 }),
  };
}

const figures = (body: string): Figure[] => extractFigures(docOf(body), []);
const brief = (fs: Figure[]): string[] => fs.map((f) => `${f.kind} ${f.side} ${f.value} ${f.min} ${f.max} ${f.qualifier}`);

test('Israeli soldiers and targets are side other (nisba)', () => {
  assert.deepEqual(brief(figures('وأصيب ثلاثة جنود إسرائيليين بشظايا في الهجوم.')), ['injured other 3 3 3 exact']);
  assert.deepEqual(brief(figures('قتل جنديان إسرائيليان في هجوم بمسيرة.')), ['killed other 2 2 2 exact']);
  // must not change: American soldiers stay us
  assert.deepEqual(brief(figures('وأصيب ثلاثة جنود أمريكيين بشظايا في الهجوم.')), ['injured us 3 3 3 exact']);
});

test('operations against another party are attacks on it, not on US forces', () => {
  assert.deepEqual(brief(figures('وتبنت الجماعة أكثر من 70 عملية ضد أهداف إسرائيلية منذ الربيع.')), ['attacks other 70 71 null more-than']);
  // must not change: operations against US forces
  assert.deepEqual(brief(figures('وتبنت الجماعة أكثر من 70 عملية ضد القوات الأمريكية منذ الربيع.')), ['attacks us 70 71 null more-than']);
});

test('the casualties of an attack on someone are the attacked, not the attacker', () => {
  assert.deepEqual(brief(figures('وجاء ذلك بعد هجوم الفصائل على إسرائيل الذي قتل فيه نحو 40 شخصا.')), ['killed other 40 40 40 about']);
  assert.deepEqual(brief(figures('وأعقب الهجمات على القوات الأمريكية التي أصيب فيها 12 شخصا رد واسع.')), ['injured us 12 12 12 exact']);
  // must not change: the struck of a strike are the militia
  assert.deepEqual(brief(figures('وأسفرت غارة على موقع للفصائل عن مقتل 6 أشخاص.')), ['killed militia 6 6 6 exact']);
});

test('"one of two" counts the two; a qualifier may follow the noun and its adjective', () => {
  assert.deepEqual(brief(figures('وأوضح أن القذيفة واحدة من قذيفتين أطلقتا ليلا.')), ['munitions militia 2 2 2 exact']);
  assert.deepEqual(brief(figures('وسقطت 4 صواريخ باليستية على الأقل قرب القاعدة.')), ['munitions militia 4 4 null at-least']);
  // must not match: one of two with no dual noun is no count of two; an adjective with no qualifier after it changes nothing
  assert.deepEqual(brief(figures('وسقطت 4 صواريخ باليستية قرب القاعدة.')), ['munitions militia 4 4 4 exact']);
  assert.ok(!brief(figures('وأوضح أن القذيفة واحدة من قذيفتين أطلقتا ليلا.')).some((f) => f.includes(' 1 1 1 ')));
  assert.deepEqual(brief(figures('وسقطت 4 صواريخ باليستية في الأقل من أمس.')), ['munitions militia 4 4 null at-least']);
});

test('casualties of unknown side right after a reported strike are the struck (militia)', () => {
  const body = 'نفذت مقاتلات أمريكية غارات على مخازن سلاح قرب الحدود.\n\nوأفاد شهود بأن حصيلة القتلى وصلت إلى تسعة أشخاص، فيما أصيب نحو ستة آخرين.';
  assert.deepEqual(brief(figures(body)), ['killed militia 9 9 9 exact', 'injured militia 6 6 6 about']);
  // must not match: after an attack (the attacked may be anyone), or when the sentence names its own act
  assert.deepEqual(brief(figures('وتعرضت القاعدة لهجوم بطائرات مسيرة.\n\nوأفاد شهود بأن حصيلة القتلى وصلت إلى تسعة أشخاص.')), ['killed unknown 9 9 9 exact']);
  assert.deepEqual(brief(figures('نفذت مقاتلات أمريكية غارات على مخازن سلاح.\n\nونددت الحكومة بالضربات، وقالت إنها أدت إلى مقتل 9 أشخاص بينهم مدنيون.')), ['killed unknown 9 9 9 exact']);
});

test('troop counts: عديد القوات … N جندي, and the troops that stay (يبقى)', () => {
  assert.deepEqual(brief(figures('ويبلغ عديد القوات الأمريكية في الأردن نحو 3000 جندي.')), ['troops us 3000 3000 3000 about']);
  assert.deepEqual(brief(figures('وسيبقى في الكويت حوالى 1500 جندي أمريكي بعد الانسحاب.')).length, 1);
  assert.deepEqual(brief(figures('وتبقى في الكويت حوالى 1500 جندي أمريكي.')), ['troops us 1500 1500 1500 about']);
  // must not match: the number of days troops stay; casualties that stay in hospital are casualties
  assert.deepEqual(figures('ويبقى الجنود في القاعدة 10 أيام.'), []);
  assert.deepEqual(brief(figures('ويبقى 3 جنود أمريكيين مصابين بجروح في المستشفى.')), ['injured us 3 3 3 exact']);
});
