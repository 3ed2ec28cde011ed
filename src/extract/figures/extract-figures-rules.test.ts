import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateMention } from '../../dates/index.js';
import type { Figure } from '../../model/types.js';
import { foldTerm } from '../../normalize/index.js';
import { extractSentences, type ArticleDoc } from '../../read/index.js';
import { figureLexicons } from './figure-lexicons.js';
import { extractFigures } from './index.js';

/**
 * The general rules added for copy from other outlets: idioms, counts
 * without a deployment verb, construct and possessive nouns, measure words,
 * breakdowns, dates, sides, kinds, repeats, asOf and country. Every example
 * sentence is written for this test.
 */

function docOf(body: string, anchor = '2024-03-10'): ArticleDoc {
  return {
    article: { id: 'rules', title: 't', outlet: null, url: null, published: anchor },
    anchor,
    file: 'rules.md',
    body,
    bodyOffset: 0,
    sentences: extractSentences(body),
    positionOf: () => ({ line: 1, column: 1 }),
  };
}

/** A hand-made date mention over the first occurrence of `quote`. */
function mention(doc: ArticleDoc, quote: string, start: string, end = start, role: DateMention['role'] = 'point'): DateMention {
  const at = doc.body.indexOf(quote);
  assert.ok(at >= 0, quote);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!.index;
  return { start: at, end: at + quote.length, quote, sentence, span: { start, end, precision: start === end ? 'day' : 'days' }, role, rule: 'test', explanation: '' };
}

const figures = (body: string, dates: (doc: ArticleDoc) => DateMention[] = () => [], anchor?: string): Figure[] => {
  const doc = docOf(body, anchor);
  return extractFigures(doc, dates(doc));
};
const brief = (fs: Figure[]): string[] => fs.map((f) => `${f.kind} ${f.side} ${f.value} ${f.min} ${f.max} ${f.qualifier}`);

test('killed idioms: حتفهم/مصرعهم after the noun, بحياة and قضى before the count, قتلى after it', () => {
  assert.deepEqual(brief(figures('لقي اثنان من المتعاقدين الأميركيين حتفهما وأصيب 6 آخرون في القصف.')), ['killed us 2 2 2 exact', 'injured us 6 6 6 exact']);
  assert.deepEqual(brief(figures('أودى القصف بحياة سبعة مقاتلين من الفصائل.')), ['killed militia 7 7 7 exact']);
  assert.deepEqual(brief(figures('قضى 4 عناصر من الحشد الشعبي في الغارة.')), ['killed militia 4 4 4 exact']);
  assert.deepEqual(brief(figures('سقط 5 جنود أميركيين قتلى في الانفجار.')), ['killed us 5 5 5 exact']);
  // must not match: a stay, a welcome
  assert.deepEqual(figures('قضى الوفد ثلاثة أيام في بغداد.'), []);
  assert.deepEqual(figures('لقي المقترح ترحيبا من ثلاثة وزراء.'), []);
});

test('troop counts without a deployment verb: يضم, عدد الجنود … N, يقدر عددهم', () => {
  assert.deepEqual(brief(figures('وتضم القاعدة قرابة 600 عسكري أميركي.')), ['troops us 600 600 600 about']);
  assert.deepEqual(brief(figures('ويبلغ عدد أفراد التحالف في الكويت 1200 عنصر.')), ['troops us 1200 1200 1200 exact']);
  assert.deepEqual(brief(figures('وانتقد النواب بقاء المستشارين الأميركيين الذين يقدر عددهم بنحو 300 مستشار.')), ['troops us 300 300 300 about']);
  assert.deepEqual(brief(figures('وتنشر واشنطن في شرق سوريا نحو 900 جندي.')), ['troops us 900 900 900 about']);
  assert.deepEqual(brief(figures('وتقول تقديرات إن الفصائل تضم نحو 8 آلاف مقاتل.')), ['troops militia 8000 8000 8000 about']);
  // must not match: a casualty count named with عدد is no troop count; people a delegation holds are no troops
  assert.deepEqual(brief(figures('وارتفع عدد الجنود المصابين إلى 9.')).filter((f) => f.startsWith('troops')), []);
  assert.deepEqual(figures('يضم الوفد ثلاثة وزراء.'), []);
});

test('construct plurals and possessive nouns: مقاتلي, منتسبيه', () => {
  const { nouns } = figureLexicons();
  assert.equal(nouns.get('مقاتلي')?.noun.id, 'fighter');
  assert.equal(nouns.get('منتسبي')?.noun.id, 'affiliate');
  assert.equal(nouns.has('اخري'), false, 'the feminine "other" is no construct of اخرين');
  assert.deepEqual(brief(figures('وأعلنت الفصائل مقتل عدد من مقاتليها في الغارة.')), ['killed militia null 2 null several']);
  // the owner named before a possessive noun is its side; the striker after "الغارة" is not
  assert.deepEqual(brief(figures('ونعى الحشد الشعبي 9 من منتسبيه قضوا في الغارة الأميركية.')), ['killed militia 9 9 9 exact']);
});

test('measure words and munitions of a strike', () => {
  assert.deepEqual(brief(figures('أطلقت الطائرات الأميركية 40 قطعة من الذخائر الموجهة.')), ['munitions us 40 40 40 exact']);
  assert.deepEqual(brief(figures('قصفت القوات الأميركية خمسة مواقع، مستخدمة 30 صاروخا.')), ['targets us 5 5 5 exact', 'munitions us 30 30 30 exact']);
  // must not match: a measure of something that is no figure kind
  assert.deepEqual(figures('اشترت الشركة 40 قطعة من الأثاث.'), []);
});

test('breakdowns: each part a figure with its own country; the whole has none', () => {
  const targets = figures('وقصفت الطائرات الأميركية تسعة مواقع، خمسة منها في العراق وأربعة في سوريا.');
  assert.deepEqual(brief(targets), ['targets us 9 9 9 exact', 'targets us 5 5 5 exact', 'targets us 4 4 4 exact']);
  assert.deepEqual(targets.map((f) => f.country), [null, 'IQ', 'SY']);
  const attacks = figures('وتعرضت القواعد الأميركية لـ 80 هجوما منذ 17 أكتوبر، بينها 30 في العراق و50 في سوريا.', (doc) => [mention(doc, 'منذ 17 أكتوبر', '2023-10-17', '2023-10-17', 'since')]);
  assert.deepEqual(brief(attacks), ['attacks us 80 80 80 exact', 'attacks us 30 30 30 exact', 'attacks us 50 50 50 exact']);
  assert.deepEqual(attacks.map((f) => [f.country, f.since]), [[null, '2023-10-17'], ['IQ', '2023-10-17'], ['SY', '2023-10-17']]);
  // must not match: "بينهم" before a noun, "بينها" before a duration
  assert.deepEqual(brief(figures('وقتل 12 شخصا بينهم مدنيون في القصف.')), ['killed unknown 12 12 12 exact']);
  assert.deepEqual(brief(figures('ونفذت القوات الأميركية 6 ضربات خلال أسبوع، بينها 3 أيام متتالية.')), ['strikes us 6 6 6 exact']);
});

test('numbers inside a date mention are never counts', () => {
  const body = 'واستهدفت الضربات في 5 شباط 2024 مواقع للفصائل.';
  assert.deepEqual(figures(body, (doc) => [mention(doc, '5 شباط 2024', '2024-02-05')]), []);
});

test('side: the noun beats the subject of the next clause; a source and a striker are not the casualties', () => {
  assert.deepEqual(brief(figures('وقتلت الغارة ستة مسلحين قال الجيش الأميركي إنهم كانوا يعدون لهجوم.')), ['killed militia 6 6 6 exact']);
  assert.deepEqual(brief(figures('وذكرت مصادر في الشرطة العراقية أن أربعة أشخاص قتلوا في الانفجار.')), ['killed unknown 4 4 4 exact']);
  assert.deepEqual(brief(figures('وأصيب 3 عناصر من الحشد الشعبي في القصف.')), ['injured militia 3 3 3 exact']);
  // a US striker named in another clause: the killed are not US forces (side not stated)
  assert.deepEqual(brief(figures('وردت واشنطن بغارات على مخازن في البادية، قالت السلطات إنها أودت بحياة 11 شخصا.')), ['killed unknown 11 11 11 exact']);
  // in the strike's own clause the struck are the militia
  assert.deepEqual(brief(figures('وأودت غارات واشنطن بحياة 11 شخصا.')), ['killed militia 11 11 11 exact']);
});

test('kind: attacks on US forces (على/ضد + a US force) are attacks, not US strikes', () => {
  assert.deepEqual(brief(figures('ووصل عدد الهجمات على القوات الأميركية إلى 95 هجوما.')), ['attacks us 95 95 95 exact']);
  assert.deepEqual(brief(figures('وشنت الفصائل 20 هجوما ضد القوات الأمريكية.')), ['attacks us 20 20 20 exact']);
});

test('repeats: different munition types and days apart stay two figures; a restated count is one', () => {
  const apart = figures('استهدفت طائرتان مسيرتان القاعدة فجرا.\n\nوكانت القاعدة قد تعرضت لهجوم بصاروخين قبل شهر.');
  assert.deepEqual(brief(apart), ['munitions militia 2 2 2 exact', 'munitions militia 2 2 2 exact']);
  assert.equal(brief(figures('أطلقت الفصائل صاروخين على القاعدة.\n\nوأوضح المسؤول أن الصاروخين سقطا قرب المدرج.')).length, 1);
  const body = 'قتل ثلاثة جنود أميركيين يوم 2 آذار.\n\nوكان ثلاثة جنود أميركيين قد قتلوا يوم 20 شباط.\n\nوأكد الجيش مقتل ثلاثة جنود أميركيين يوم 4 آذار.';
  const dated = figures(body, (doc) => [mention(doc, 'يوم 2 آذار', '2024-03-02'), mention(doc, 'يوم 20 شباط', '2024-02-20'), mention(doc, 'يوم 4 آذار', '2024-03-04')]);
  assert.deepEqual(dated.map((f) => `${f.kind} ${f.value} ${f.asOf}`), ['killed 3 2024-03-02', 'killed 3 2024-02-20']);
});

test('asOf: a standing count is not dated by a year of another clause or a relative clause; a fronted date dates it', () => {
  const treaty = figures('وترتبط الدولتان باتفاقية وقعت عام 2011، ويتمركز نحو 2000 جندي أميركي في البلاد.', (doc) => [mention(doc, 'عام 2011', '2011-01-01', '2011-12-31')]);
  assert.deepEqual(treaty.map((f) => `${f.kind} ${f.asOf}`), ['troops 2024-03-10']);
  const founded = figures('ويتمركز نحو 2000 جندي أميركي في إطار التحالف الذي تأسس عام 2014.', (doc) => [mention(doc, 'عام 2014', '2014-01-01', '2014-12-31')]);
  assert.deepEqual(founded.map((f) => `${f.kind} ${f.asOf}`), ['troops 2024-03-10']);
  const fronted = figures('وفي 3 آذار، تمركز نحو 2000 جندي أميركي في القاعدة.', (doc) => [mention(doc, 'في 3 آذار', '2024-03-03')]);
  assert.deepEqual(fronted.map((f) => `${f.kind} ${f.asOf}`), ['troops 2024-03-03']);
});

test('asOf: a casualty takes the date by its event word, else the date of the same happening in an earlier sentence', () => {
  const funeral = figures('شيع الأهالي يوم الأحد 5 عناصر قتلوا في الغارة التي شنت ليل الجمعة.', (doc) => [mention(doc, 'يوم الأحد', '2024-03-10'), mention(doc, 'ليل الجمعة', '2024-03-08')]);
  assert.deepEqual(funeral.map((f) => `${f.kind} ${f.asOf}`), ['killed 2024-03-08']);
  const body = 'نفذت القوات الأميركية ضربات ليل الخميس بعد هجوم وقع يوم الاثنين.\n\nوقال مسؤول إن الضربات أسفرت عن مقتل 6 مسلحين.';
  const later = figures(body, (doc) => [mention(doc, 'ليل الخميس', '2024-03-07'), mention(doc, 'يوم الاثنين', '2024-03-04')]);
  assert.deepEqual(later.map((f) => `${f.kind} ${f.side} ${f.asOf}`), ['killed militia 2024-03-07']);
});

test('country: from the figure own clause first; a relative clause looks back to its noun', () => {
  const troops = figures('ويتمركز في الأردن نحو 3000 جندي أميركي، بينما يبلغ عدد الجنود في سوريا 900 جندي.');
  assert.deepEqual(troops.map((f) => `${f.kind} ${f.value} ${f.country}`), ['troops 3000 JO', 'troops 900 SY']);
  const relative = figures('وأصابت المسيرة قاعدة التنف، التي يتمركز فيها نحو 200 جندي أميركي، قرب الحدود مع العراق.');
  assert.deepEqual(relative.map((f) => `${f.kind} ${f.value} ${f.country}`), ['troops 200 SY']);
  assert.equal(foldTerm('التنف'), 'التنف');
});

test('operations count attacks only when aimed at someone; martyrs and victims are killed', () => {
  assert.deepEqual(brief(figures('وتبنت الفصائل أكثر من 40 عملية ضد القوات الأميركية منذ الصيف.')), ['attacks us 40 41 null more-than']);
  assert.deepEqual(brief(figures('ونفذت القوات الأميركية 3 عمليات ضد مواقع الفصائل.')), ['strikes us 3 3 3 exact']);
  // must not match: operations of another kind
  assert.deepEqual(figures('وأجرى المستشفى 12 عملية جراحية للمصابين.'), []);
  assert.deepEqual(brief(figures('ونعت الفصائل 4 شهداء سقطوا في الغارة.')), ['killed militia 4 4 4 exact']);
  assert.deepEqual(brief(figures('وخلف القصف 6 ضحايا من المدنيين.')), ['killed other 6 6 6 exact']);
});

test('sides: security forces are Iraqi, regional armies are other', () => {
  assert.deepEqual(brief(figures('وأصيب 5 من عناصر قوات الأمن في الانفجار.')), ['injured iraqi 5 5 5 exact']);
  assert.deepEqual(brief(figures('وقتل جنديان من الجيش الأردني على الحدود.')), ['killed other 2 2 2 exact']);
});

test('side: a force named in quotes right after its noun owns the count (a partner force is other)', () => {
  assert.deepEqual(brief(figures('وأسفر القصف عن مقتل أربعة من مقاتلي "قسد" قرب الحسكة.')), ['killed other 4 4 4 exact']);
  assert.deepEqual(brief(figures('وقتلت المسيّرة ثلاثة مقاتلين من «قوات سوريا الديمقراطية» في ريف دير الزور.')), ['killed other 3 3 3 exact']);
  // must not match: a quoted name after other words is not the owner (the fighters stay militia)
  assert.deepEqual(brief(figures('وأدت الضربة إلى مقتل خمسة مقاتلين في موقع قالت "قسد" إنه للفصائل.')).map((s) => s.split(' ')[1]), ['militia']);
});

test('coordination: a bare number after "وفي <place>" shares the kind of the count before it', () => {
  const troops = figures('ويتمركز في العراق قرابة 2400 جندي أميركي، وفي سوريا نحو 800، بحسب مسؤولين.');
  assert.deepEqual(troops.map((f) => `${f.kind} ${f.side} ${f.value} ${f.qualifier} ${f.country}`), ['troops us 2400 about IQ', 'troops us 800 about SY']);
  // must not match: a number with a noun of its own after the place, and a number after a verb
  assert.deepEqual(brief(figures('وأصيب 4 جنود أميركيين في العراق، وفي بغداد أغلقت 12 مدرسة.')), ['injured us 4 4 4 exact']);
  assert.deepEqual(brief(figures('وأصيب 4 جنود أميركيين في العراق، وأعلنت سوريا 12.')), ['injured us 4 4 4 exact']);
});

test('country: a running tally names a country only in its own clause', () => {
  const since = (doc: ArticleDoc): DateMention[] => [mention(doc, 'منذ 17 أكتوبر', '2023-10-17', '2023-10-17', 'since')];
  const spanning = figures('قصفت طائرات أميركية موقعا في سوريا. وتعرضت القوات الأميركية لأكثر من 90 هجوما منذ 17 أكتوبر.', since);
  assert.deepEqual(spanning.map((f) => `${f.kind} ${f.value} ${f.country} ${f.since}`), ['attacks 90 null 2023-10-17']);
  // must not drop: a tally placed in its own clause keeps its country; a standing count keeps the article's
  const placed = figures('قصفت طائرات أميركية موقعا في سوريا. وتعرضت القوات الأميركية في العراق لـ 40 هجوما منذ 17 أكتوبر.', since);
  assert.deepEqual(placed.map((f) => `${f.kind} ${f.value} ${f.country}`), ['attacks 40 IQ']);
  const standing = figures('قصفت طائرات أميركية موقعا في سوريا. ويتمركز هناك نحو 700 جندي أميركي.');
  assert.deepEqual(standing.map((f) => `${f.kind} ${f.value} ${f.country}`), ['troops 700 SY']);
});

test('troops sent: one happening dated by its announcement, no country but its own clause, never the standing count', () => {
  const body = 'قصفت طائرات أميركية موقعا في سوريا. وأعلنت وزارة الدفاع الأحد إرسال قرابة 1500 جندي إضافي إلى المنطقة. وتنشر واشنطن نحو 1500 جندي في الأردن.';
  const fs = figures(body, (doc) => [mention(doc, 'الأحد', '2024-03-03')]);
  assert.deepEqual(fs.map((f) => `${f.kind} ${f.value} ${f.qualifier} ${f.country} ${f.asOf}`), ['troops 1500 about null 2024-03-03', 'troops 1500 about JO 2024-03-10']);
  // a dispatch to a named country keeps it
  assert.deepEqual(figures('وقررت واشنطن إرسال 300 جندي إضافي إلى الأردن.').map((f) => `${f.kind} ${f.value} ${f.country}`), ['troops 300 JO']);
  // must not change: a standing count in a region has no country; a standing count restated is one figure
  assert.deepEqual(figures('قصفت طائرات أميركية موقعا في سوريا. وتحتفظ واشنطن بنحو 40 ألف جندي في الشرق الأوسط.').map((f) => `${f.kind} ${f.value} ${f.country}`), ['troops 40000 null']);
  assert.equal(figures('ويتمركز في الأردن نحو 3000 جندي أميركي. ويبقى نحو 3000 جندي أميركي في الأردن.').length, 1);
});

test('attacks on merchant shipping are side other; munitions used in strikes are the striking side', () => {
  assert.deepEqual(brief(figures('وشن المتمردون ما لا يقل عن 35 هجوما على السفن التجارية في البحر الأحمر.')), ['attacks other 35 35 null at-least']);
  assert.deepEqual(brief(figures('وقال مسؤول إن نحو 80 صاروخا استخدمت في الغارات على مواقع الفصائل.')), ['munitions us 80 80 80 about']);
  // must not match: attacks on US forces stay us; munitions fired by a group or merely after strikes stay militia
  assert.deepEqual(brief(figures('وشنت الفصائل 12 هجوما ضد القوات الأميركية.')), ['attacks us 12 12 12 exact']);
  assert.deepEqual(brief(figures('وأطلقت الفصائل 6 صواريخ استخدمت في هجمات سابقة.')), ['munitions militia 6 6 6 exact']);
  assert.deepEqual(brief(figures('وسقطت 4 قذائف قرب القاعدة بعد الغارات.')), ['munitions militia 4 4 4 exact']);
});

test('a count between two dates: since the first, asOf the second (first day of its span)', () => {
  const body = 'وسجلت القوات الأميركية نحو 120 هجوما بين أواخر تشرين الأول وبداية كانون الثاني.';
  const fs = figures(body, (doc) => [mention(doc, 'أواخر تشرين الأول', '2023-10-21', '2023-10-31'), mention(doc, 'وبداية كانون الثاني', '2024-01-01', '2024-01-10')]);
  assert.deepEqual(fs.map((f) => `${f.kind} ${f.value} ${f.since} ${f.asOf}`), ['attacks 120 2023-10-21 2024-01-01']);
  // must not match: two dates of a sentence that no "between" joins (a tally since one, a casualty's day the other)
  const apart = figures('وأصيب 3 جنود أميركيين في 5 كانون الثاني، وقُتل 2 آخران في 9 كانون الثاني.', (doc) => [mention(doc, '5 كانون الثاني', '2024-01-05'), mention(doc, '9 كانون الثاني', '2024-01-09')]);
  assert.deepEqual(apart.map((f) => `${f.kind} ${f.since} ${f.asOf}`), ['injured null 2024-01-05', 'killed null 2024-01-09']);
});

test('casualties of a running tally of attacks share its period: a result word in its sentence, or "those attacks" after it', () => {
  const since = (doc: ArticleDoc): DateMention[] => [mention(doc, 'منذ 17 أكتوبر', '2023-10-17', '2023-10-17', 'since')];
  const joined = figures('وتعرضت القوات الأميركية لـ 95 هجوما منذ 17 أكتوبر أدت إلى إصابة 60 عسكريا.', since);
  assert.deepEqual(joined.map((f) => `${f.kind} ${f.value} ${f.since} ${f.asOf}`), ['attacks 95 2023-10-17 2024-03-10', 'injured 60 2023-10-17 2024-03-10']);
  const back = (doc: ArticleDoc): DateMention[] => [...since(doc), mention(doc, 'الاثنين', '2024-03-04')];
  const later = figures('وتعرضت القوات الأميركية لـ 95 هجوما منذ 17 أكتوبر. وخلفت تلك الهجمات إصابة 60 عسكريا أميركيا، آخرهم الاثنين.', back);
  assert.deepEqual(later.map((f) => `${f.kind} ${f.value} ${f.since} ${f.asOf}`), ['attacks 95 2023-10-17 2024-03-10', 'injured 60 2023-10-17 2024-03-10']);
  // must not match: a casualty of one dated attack after the tally keeps its own day
  const own = figures('وتعرضت القوات الأميركية لـ 95 هجوما منذ 17 أكتوبر. وأصيب 3 جنود أميركيين في هجوم الاثنين.', back);
  assert.deepEqual(own.map((f) => `${f.kind} ${f.value} ${f.since} ${f.asOf}`), ['attacks 95 2023-10-17 2024-03-10', 'injured 3 null 2024-03-04']);
});

test('country: where munitions went, not where they came from', () => {
  assert.deepEqual(figures('وأطلق مسلحون 4 صواريخ من بلدة القائم باتجاه موقع للتحالف الدولي في شرق سوريا.').map((f) => `${f.kind} ${f.value} ${f.country}`), ['munitions 4 SY']);
  assert.deepEqual(figures('وأطلق مسلحون 6 قذائف من قرية نائية في محافظة نينوى على قاعدة في شرق سوريا.').map((f) => `${f.kind} ${f.value} ${f.country}`), ['munitions 6 SY']);
  // must not match: an origin with no direction after it keeps its place
  assert.deepEqual(figures('وأطلق مسلحون 4 صواريخ من بلدة القائم مساء الأحد.').map((f) => `${f.kind} ${f.value} ${f.country}`), ['munitions 4 IQ']);
});
