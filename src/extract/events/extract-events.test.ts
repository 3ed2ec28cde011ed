import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DateMention } from '../../dates/index.js';
import type { Precision } from '../../model/types.js';
import { readArticle, type ArticleDoc } from '../../read/index.js';
import { extractEvents } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'khatt-events-'));

function makeDoc(id: string, published: string, body: string): ArticleDoc {
  const path = join(dir, `${id}.md`);
  writeFileSync(path, `---\ntitle: "t"\npublished: "${published}"\n---\n${body}\n`);
  const result = readArticle(path);
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason).join('\n'));
  return result.doc;
}

/** A hand-made date mention for the first occurrence of `quote` (the date stage is tested on its own). */
function date(doc: ArticleDoc, quote: string, start: string, end = start, role: DateMention['role'] = 'point', precision: Precision = start === end ? 'day' : 'days'): DateMention {
  const at = doc.body.indexOf(quote);
  assert.ok(at >= 0, quote);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
  return { start: at, end: at + quote.length, quote, sentence: sentence.index, span: { start, end, precision }, role, rule: 'test', explanation: `${quote} ← test` };
}

const brief = (doc: ArticleDoc, dates: DateMention[]): string[] =>
  extractEvents(doc, dates, []).map((e) => `${e.kind} ${e.date.start}${e.date.end !== e.date.start ? `..${e.date.end}` : ''} ${e.place?.id ?? '-'} ${e.sources.length}`);

test('an attack on a US base is an attack there, with every sentence about it as a source', () => {
  const doc = makeDoc('a', '2024-08-06', 'أصيب سبعة أميركيين بقصف صاروخي استهدف أمس الاثنين قاعدة عين الأسد في العراق. وقال مسؤول إن الهجوم ألحق أضرارا بالقاعدة.');
  const events = extractEvents(doc, [date(doc, 'أمس الاثنين', '2024-08-05')], []);
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e!.kind, 'attack');
  assert.deepEqual(e!.date, { start: '2024-08-05', end: '2024-08-05', precision: 'day' });
  assert.equal(e!.place?.id, 'ain-al-asad');
  assert.equal(e!.place?.lat, 33.8);
  assert.equal(e!.sources.length, 2);
  for (const s of e!.sources) assert.equal(doc.body.slice(s.start, s.end), s.quote);
  assert.ok(doc.body.includes(e!.summary.replace(/^… | …$/g, '')), 'summary is the sentence, trimmed');
});

test('a US strike on militia sites is a strike; its place is the site, not the landmark', () => {
  const doc = makeDoc('b', '2024-01-23', 'نفذت الولايات المتحدة ضربات جوية يوم الثلاثاء على مواقع الميليشيات في جرف الصخر جنوبي بغداد.');
  assert.deepEqual(brief(doc, [date(doc, 'يوم الثلاثاء', '2024-01-23')]), ['strike 2024-01-23 jurf-al-sakhar 1']);
});

test('who acts on whom: the same verb is an attack or a strike', () => {
  const attack = makeDoc('c1', '2024-02-05', 'هاجم مسلحون مدعومون من إيران قاعدة أمريكية في سوريا يوم الأحد.');
  assert.deepEqual(brief(attack, [date(attack, 'يوم الأحد', '2024-02-04')]), ['attack 2024-02-04 syria 1']);
  const strike = makeDoc('c2', '2024-02-05', 'استهدفت القوات الأمريكية يوم الأحد مقرات كتائب حزب الله في القائم.');
  assert.deepEqual(brief(strike, [date(strike, 'يوم الأحد', '2024-02-04')]), ['strike 2024-02-04 al-qaim 1']);
});

test('strikes on the Houthis and an attack on Israel are context', () => {
  const doc = makeDoc('d', '2024-01-23', 'وجاءت الضربات في أعقاب ضربات على الحوثيين يوم الاثنين في اليمن. وكانت حماس قد شنت هجوم حماس على إسرائيل في 7 أكتوبر.');
  const kinds = extractEvents(doc, [date(doc, 'يوم الاثنين', '2024-01-22'), date(doc, '7 أكتوبر', '2023-10-07')], []).map((e) => `${e.kind} ${e.date.start}`);
  assert.deepEqual(kinds.sort(), ['context 2023-10-07', 'context 2024-01-22']);
});

test('a running tally is not an attack; it only supports the campaign start (weak)', () => {
  const doc = makeDoc('e', '2023-11-22', 'وتعرضت القوات الأمريكية في العراق وسوريا لنحو 61 هجوما منذ منتصف أكتوبر.');
  const events = extractEvents(doc, [date(doc, 'منذ منتصف أكتوبر', '2023-10-11', '2023-10-20', 'since')], []);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.kind, 'context');
  assert.equal(events[0]!.weak, true);
});

test('repeated or hypothetical attacks make no event', () => {
  const doc = makeDoc('f', '2024-01-23', 'وجاءت الضربات بعد هجمات متكررة على القوات الأمريكية. وفي حال شنت إيران هجوما على القواعد الأمريكية يوم الثلاثاء سترد واشنطن.');
  assert.deepEqual(brief(doc, [date(doc, 'يوم الثلاثاء', '2024-01-23')]), []);
});

test('an undated sentence never makes an event, and no event takes the clock', () => {
  const doc = makeDoc('g', '2024-01-23', 'استهدف هجوم صاروخي قاعدة عين الأسد الجوية.');
  assert.deepEqual(extractEvents(doc, [], []), []);
});

test('an undated sentence joins the event of its kind and sharpens its place', () => {
  const doc = makeDoc('h', '2024-01-23', 'قالت سينغ إن الهجوم الذي رأيناه خلال عطلة نهاية الأسبوع كان واسعا. وأصيب أفراد أمريكيون في قاعدة عين الأسد في هجوم صاروخي باليستي.');
  assert.deepEqual(brief(doc, [date(doc, 'خلال عطلة نهاية الأسبوع', '2024-01-20', '2024-01-21')]), ['attack 2024-01-20..2024-01-21 ain-al-asad 2']);
});

test('a date after a speech verb dates the report; a strike sharing it is made on that day', () => {
  const doc = makeDoc('i', '2024-01-23', 'وقالت القيادة المركزية يوم الثلاثاء إن القوات الأمريكية شنت غارات جوية على مقرات كتائب حزب الله.');
  assert.deepEqual(brief(doc, [date(doc, 'يوم الثلاثاء', '2024-01-23')]), ['strike 2024-01-23 - 1']);
});

test('a claim takes its own day and the place of the attack it claims', () => {
  const doc = makeDoc('j', '2024-08-06', 'أصيب أميركيون في هجوم استهدف أمس الاثنين قاعدة عين الأسد. وأعلنت جماعة الثوريون اليوم الثلاثاء مسؤوليتها عن الهجوم.');
  const events = brief(doc, [date(doc, 'أمس الاثنين', '2024-08-05'), date(doc, 'اليوم الثلاثاء', '2024-08-06')]);
  assert.deepEqual(events.sort(), ['attack 2024-08-05 ain-al-asad 2', 'claim 2024-08-06 ain-al-asad 1']);
});

test('a group\'s own undated statement of an attack is its claim on the publication day', () => {
  const doc = makeDoc('k', '2023-11-21', 'وذكر بيان صادر عن المجموعة أنه "استهدف مجاهدو المقاومة الإسلامية في العراق قاعدة الاحتلال الأمريكي في الشدادي بالأسلحة المناسبة".');
  assert.deepEqual(brief(doc, []), ['claim 2023-11-21 al-shaddadi 1']);
});

test('one sentence naming two places of two happenings gives two events', () => {
  const doc = makeDoc('l', '2024-08-06', 'ردا على اغتيال رئيس المكتب السياسي لحركة حماس في طهران وقيادي في حزب الله في ضاحية بيروت الجنوبية الاسبوع الفائت.');
  const events = brief(doc, [date(doc, 'الاسبوع الفائت', '2024-07-29', '2024-08-04')]);
  assert.deepEqual(events.sort(), ['context 2024-07-29..2024-08-04 beirut-southern-suburb 1', 'context 2024-07-29..2024-08-04 tehran 1']);
});

test('"the first since the start of the month, when …" dates the clause after it', () => {
  const doc = makeDoc('m', '2024-01-23', 'الضربات هي الأولى في العراق منذ بداية الشهر، عندما استهدفت الولايات المتحدة عضوا في مجموعة إيرانية.');
  assert.deepEqual(brief(doc, [date(doc, 'منذ بداية الشهر', '2024-01-01', '2024-01-10', 'since')]), ['strike 2024-01-01..2024-01-10 iraq 1']);
});

test('a place right after a base only locates it; a base "near" is still the base', () => {
  const doc = makeDoc('n', '2024-02-05', 'وقال مسؤول إن صاروخين سقطا قرب قاعدة حرير في أربيل يوم الأحد.');
  assert.deepEqual(brief(doc, [date(doc, 'يوم الأحد', '2024-02-04')]), ['attack 2024-02-04 harir 1']);
});

test('strikes in Lebanon, Israel, Gaza, Yemen or Iran are context, not US–militia strikes', () => {
  const doc = makeDoc('o', '2024-02-05', 'وأعلن الجيش الإسرائيلي أنه قصف مواقع في جنوب لبنان يوم الأحد.');
  assert.deepEqual(brief(doc, [date(doc, 'يوم الأحد', '2024-02-04')]), ['context 2024-02-04 south-lebanon 1']);
});

test('a group that says it attacked claims the attack; a source close to it does not', () => {
  const said = makeDoc('p', '2024-02-05', 'أعلنت المقاومة الإسلامية في العراق أنها استهدفت بطائرة مسيرة قاعدة حرير يوم الأحد.');
  // The statement is undated: the claim takes the day of the attack it claims (the lead's decision).
  assert.deepEqual(brief(said, [date(said, 'يوم الأحد', '2024-02-04')]).sort(), ['attack 2024-02-04 harir 1', 'claim 2024-02-04 harir 1']);
  const close = makeDoc('q', '2024-02-05', 'وأكد مصدر مقرب من قوات الحشد الشعبي أن طائرة استهدفت قاعدة حرير يوم الأحد.');
  assert.deepEqual(brief(close, [date(close, 'يوم الأحد', '2024-02-04')]), ['attack 2024-02-04 harir 1']);
});

// ---------------------------------------------------------------- rules added for articles in other outlets' styles

const one = (published: string, body: string, dates: [string, string, string?][]): string[] => {
  const doc = makeDoc(`x${Math.abs(hash(body))}`, published, body);
  return brief(doc, dates.map(([quote, start, end]) => date(doc, quote, start, end ?? start)));
};

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

test('talks between the US side and Iraq are context; talks between others are not', () => {
  assert.deepEqual(one('2024-05-13', 'عقدت واشنطن وبغداد يوم الأحد جولة محادثات جديدة حول مستقبل القوات.', [['يوم الأحد', '2024-05-12']]), ['context 2024-05-12 baghdad 1']);
  assert.deepEqual(one('2024-05-13', 'عقد وزيرا خارجية مصر والأردن يوم الأحد اجتماعا في عمان.', [['يوم الأحد', '2024-05-12']]), []);
});

test('a halt of operations is context dated by its announcement; a halt of anything else is no event', () => {
  assert.deepEqual(one('2024-05-14', 'أعلنت كتائب حزب الله، مساء الاثنين، وقف عملياتها ضد القوات الأمريكية.', [['مساء الاثنين', '2024-05-13']]), ['context 2024-05-13 - 1']);
  assert.deepEqual(one('2024-05-14', 'قررت البلدية وقف العمل في الجسر يوم الاثنين.', [['يوم الاثنين', '2024-05-13']]), []);
});

test('a vow to respond is no strike; a strike after "بعد أن" in a threat sentence still is', () => {
  assert.deepEqual(one('2024-05-10', 'وتعهد وزير الدفاع الأمريكي، في كلمة ألقاها الخميس، بالرد على أي هجوم جديد.', [['الخميس', '2024-05-09']]), []);
  assert.deepEqual(one('2024-05-10', 'هدد الفصيل بالتصعيد بعد أن قصفت القوات الأمريكية مواقعه في القائم يوم الخميس.', [['يوم الخميس', '2024-05-09']]), ['strike 2024-05-09 al-qaim 1']);
});

test('a judgement ("اعتبرته اعتداء") is no attack; an attack noun with an attacker is', () => {
  assert.deepEqual(one('2024-05-11', 'واعتبرت الحكومة يوم الجمعة ما جرى اعتداء صريحا.', [['يوم الجمعة', '2024-05-10']]), []);
  assert.deepEqual(one('2024-05-11', 'شن مسلحون يوم الجمعة اعتداء على قاعدة حرير.', [['يوم الجمعة', '2024-05-10']]), ['attack 2024-05-10 harir 1']);
});

test('a side adjective names the side that struck: Israeli is context, American a strike', () => {
  assert.deepEqual(one('2024-05-14', 'قتل قيادي في الحرس الثوري بغارة إسرائيلية على السيدة زينب يوم الاثنين.', [['يوم الاثنين', '2024-05-13']]), ['context 2024-05-13 sayyida-zaynab 1']);
  assert.deepEqual(one('2024-05-14', 'قتل قيادي في كتائب حزب الله بغارة أمريكية على القائم يوم الاثنين.', [['يوم الاثنين', '2024-05-13']]), ['strike 2024-05-13 al-qaim 1']);
});

test('"مقرات لـX" after the verb owns the object, it is not the subject; a bare subject still is', () => {
  assert.deepEqual(one('2024-05-10', 'استهدفت يوم الخميس مقرات لكتائب حزب الله في القائم.', [['يوم الخميس', '2024-05-09']]), ['strike 2024-05-09 al-qaim 1']);
  assert.deepEqual(one('2024-05-10', 'استهدفت كتائب حزب الله يوم الخميس قاعدة حرير.', [['يوم الخميس', '2024-05-09']]), ['attack 2024-05-09 harir 1']);
});

test('a date between the two words of "تعرض … لهجوم" is the attack\'s', () => {
  assert.deepEqual(one('2024-01-25', 'تعرضت قاعدة حرير في 20 يناير لهجوم بالصواريخ.', [['20 يناير', '2024-01-20']]), ['attack 2024-01-20 harir 1']);
});

test('a date set off by commas does not cut the agent from its strike', () => {
  assert.deepEqual(one('2024-05-10', 'شنت الولايات المتحدة، ليل الخميس، غارات على مواقع في القائم.', [['ليل الخميس', '2024-05-09']]), ['strike 2024-05-09 al-qaim 1']);
});

test('the happening after "ردا على" does not share the date of the clause before it', () => {
  assert.deepEqual(one('2024-05-11', 'نفذت القوات الأمريكية ضربات يوم الجمعة في القائم ردا على هجوم استهدف قاعدة حرير.', [['يوم الجمعة', '2024-05-10']]), ['strike 2024-05-10 al-qaim 1']);
});

test('a trigger dated in its own words takes no date of the main clause before it', () => {
  const doc = makeDoc('own-words', '2024-05-12', 'شيّع الفصيل، يوم السبت، قتلاه في الغارات الأمريكية التي استهدفت ليل الجمعة مواقعه في القائم.');
  assert.deepEqual(brief(doc, [date(doc, 'يوم السبت', '2024-05-11'), date(doc, 'ليل الجمعة', '2024-05-10')]), ['strike 2024-05-10 al-qaim 1']);
});

test('a bare verb with no actor is no attack of its own: it supports the strike before it', () => {
  const doc = makeDoc('bare', '2024-05-09', 'نفذت طائرة أمريكية ضربة مساء الأربعاء في العراق. وأصابت صواريخ سيارة في حي المشتل.');
  assert.deepEqual(brief(doc, [date(doc, 'مساء الأربعاء', '2024-05-08')]), ['strike 2024-05-08 al-mashtal 2']);
  const alone = makeDoc('bare-alone', '2024-05-09', 'وأصابت صواريخ سيارة في حي الكرادة.');
  assert.deepEqual(brief(alone, []), []);
});

test('a place after a direction word places the event when nothing else does; a named site wins', () => {
  assert.deepEqual(one('2024-05-09', 'قتلت غارة أمريكية يوم الأربعاء قياديا شرقي بغداد.', [['يوم الأربعاء', '2024-05-08']]), ['strike 2024-05-08 baghdad 1']);
  assert.deepEqual(one('2024-05-09', 'قتلت غارة أمريكية يوم الأربعاء قياديا في جرف الصخر جنوبي بغداد.', [['يوم الأربعاء', '2024-05-08']]), ['strike 2024-05-08 jurf-al-sakhar 1']);
});

test('a trigger naming several sites does not give its first site to an unplaced event', () => {
  const doc = makeDoc('sites', '2024-05-06', 'سقطت قذيفة يوم الأحد قرب موقع عسكري. وقال الفصيل إنه استهدف يوم الأحد قاعدة حرير وقاعدة التنف.');
  const events = brief(doc, [date(doc, 'يوم الأحد', '2024-05-05'), { ...date(doc, 'يوم الأحد', '2024-05-05'), start: doc.body.lastIndexOf('يوم الأحد'), end: doc.body.lastIndexOf('يوم الأحد') + 9, sentence: 1 }]);
  assert.ok(events.includes('attack 2024-05-05 harir 1') && events.includes('attack 2024-05-05 al-tanf 1'), events.join(' | '));
  assert.ok(events.includes('attack 2024-05-05 - 1'), events.join(' | '));
});

test('an undated claim with no dated attack in its sentence takes the publication day; "تبنت معظمها" is no claim', () => {
  assert.deepEqual(one('2024-05-06', 'وتبنت المقاومة الإسلامية في العراق هجوما على قاعدة حرير.', []), ['claim 2024-05-06 harir 1']);
  assert.deepEqual(one('2024-05-06', 'تعرضت القوات الأمريكية لعشرات الهجمات تبنت معظمها فصائل مسلحة.', []), []);
});

test('a call to end the coalition\'s mission is a withdrawal statement; ending something else is not', () => {
  assert.deepEqual(one('2024-05-14', 'جدد رئيس الوزراء يوم الاثنين دعوته إلى إنهاء مهمة التحالف.', [['يوم الاثنين', '2024-05-13']]), ['context 2024-05-13 - 1']);
  assert.deepEqual(one('2024-05-14', 'أعلنت الوزارة يوم الاثنين إنهاء مهمة اللجنة.', [['يوم الاثنين', '2024-05-13']]), []);
});

test('a warning that reports a happening with a finite verb keeps the happening', () => {
  assert.deepEqual(one('2024-05-06', 'وحذر مسؤولون من أن مسلحين استهدفوا قاعدة حرير يوم الأحد بطائرة مسيرة.', [['يوم الأحد', '2024-05-05']]), ['attack 2024-05-05 harir 1']);
});

test('talks with the US side but not Iraq are not the talks this timeline follows', () => {
  assert.deepEqual(one('2024-05-06', 'عقدت واشنطن ولندن يوم الأحد اجتماعا بشأن الملاحة في البحر الأحمر.', [['يوم الأحد', '2024-05-05']]), []);
});

test('a dated bare verb joins the strike of its day instead of making an attack', () => {
  const doc = makeDoc('bare-dated', '2024-05-06', 'نفذت القوات الأمريكية ضربة فجر الأحد في القائم. وأصابت صواريخ فجر الأحد مخزنا في القائم.');
  const first = doc.body.indexOf('فجر الأحد');
  const second = doc.body.lastIndexOf('فجر الأحد');
  const d1 = date(doc, 'فجر الأحد', '2024-05-05');
  const d2 = { ...d1, start: second, end: second + d1.quote.length, sentence: 1 };
  assert.ok(first !== second);
  assert.deepEqual(brief(doc, [d1, d2]), ['strike 2024-05-05 al-qaim 2']);
});

test('a launch of munitions is an attack word; a launch of an operation is context; a release, a launch site or an attempt is neither', () => {
  assert.deepEqual(one('2024-03-04', 'أطلق مسلحون ثلاثة صواريخ على قاعدة حرير مساء الجمعة.', [['مساء الجمعة', '2024-03-01']]), ['attack 2024-03-01 harir 1']);
  assert.deepEqual(one('2024-03-04', 'أطلقت الولايات المتحدة في آذار عملية عسكرية لحماية الملاحة.', [['في آذار', '2024-03-01', '2024-03-31']]), ['context 2024-03-01..2024-03-31 - 1']);
  assert.deepEqual(one('2024-03-04', 'أطلقت السلطات سراح خمسة معتقلين مساء الجمعة.', [['مساء الجمعة', '2024-03-01']]), []);
  assert.deepEqual(one('2024-03-04', 'قصفت القوات الأمريكية مساء الجمعة منصة إطلاق صواريخ في القائم.', [['مساء الجمعة', '2024-03-01']]), ['strike 2024-03-01 al-qaim 1']);
  assert.deepEqual(one('2024-03-04', 'قصفت القوات الأمريكية مساء الجمعة مسلحين كانوا يحاولون إطلاق صواريخ في القائم.', [['مساء الجمعة', '2024-03-01']]), ['strike 2024-03-01 al-qaim 1']);
});

test('a shoot-down of munitions is an attack on the side that shoots, the wider war with its sides; a court "dropping" a case is nothing', () => {
  assert.deepEqual(one('2024-03-11', 'أسقطت الدفاعات الجوية للتحالف فجر الأحد مسيرتين قرب قاعدة حرير.', [['فجر الأحد', '2024-03-10']]), ['attack 2024-03-10 harir 1']);
  assert.deepEqual(one('2024-03-11', 'وقالت مصادر إن طائرتين مسيرتين أسقطتا فجر الأحد فوق قاعدة حرير.', [['فجر الأحد', '2024-03-10']]), ['attack 2024-03-10 harir 1']);
  assert.deepEqual(one('2024-03-11', 'اعترضت إسرائيل يوم الأحد صواريخ أطلقها حزب الله.', [['يوم الأحد', '2024-03-10']]), ['context 2024-03-10 - 1']);
  assert.deepEqual(one('2024-03-11', 'أسقطت المحكمة الاتحادية يوم الأحد الدعوى المرفوعة ضد الوزير.', [['يوم الأحد', '2024-03-10']]), []);
});

test('an explosion with a place is context unless someone acts; a destruction by the US side is a strike; a blast heard nowhere is nothing', () => {
  assert.deepEqual(one('2024-03-11', 'وقع انفجار فجر الأحد في معسكر قرب جرف الصخر.', [['فجر الأحد', '2024-03-10']]), ['context 2024-03-10 jurf-al-sakhar 1']);
  assert.deepEqual(one('2024-03-11', 'دمرت طائرة أمريكية فجر الأحد شاحنة محملة بالصواريخ في القائم.', [['فجر الأحد', '2024-03-10']]), ['strike 2024-03-10 al-qaim 1']);
  assert.deepEqual(one('2024-03-11', 'سمع السكان دوي انفجار فجر الأحد.', [['فجر الأحد', '2024-03-10']]), []);
});

test('sending troops is context dated by its announcement; publishing a statement or a standing count is not', () => {
  assert.deepEqual(one('2024-03-11', 'أعلن البنتاغون يوم الأحد إرسال ألف جندي إضافي إلى المنطقة.', [['يوم الأحد', '2024-03-10']]), ['context 2024-03-10 - 1']);
  assert.deepEqual(one('2024-03-11', 'أعلن البنتاغون يوم الأحد نشر 500 جندي في الأردن.', [['يوم الأحد', '2024-03-10']]), ['context 2024-03-10 jordan 1']);
  assert.deepEqual(one('2024-03-11', 'نشرت وزارة الدفاع الأمريكية يوم الأحد بيانا مطولا.', [['يوم الأحد', '2024-03-10']]), []);
  assert.deepEqual(one('2024-03-11', 'وتنشر الولايات المتحدة منذ سنوات نحو ألف جندي في سوريا.', []), []);
});

test('seizing a ship is context; detaining people is not an event here', () => {
  assert.deepEqual(one('2024-03-11', 'احتجز الحوثيون يوم الأحد سفينة تجارية في البحر الأحمر.', [['يوم الأحد', '2024-03-10']]), ['context 2024-03-10 red-sea 1']);
  assert.deepEqual(one('2024-03-11', 'احتجزت الشرطة يوم الأحد ثلاثة مشتبه بهم في البصرة.', [['يوم الأحد', '2024-03-10']]), []);
});

test('a visit between Iraq and the US side is context at the city visited; other visits are not', () => {
  assert.deepEqual(one('2024-03-11', 'زار رئيس الوزراء العراقي واشنطن يوم الأحد والتقى مسؤولين في البيت الأبيض.', [['يوم الأحد', '2024-03-10']]), ['context 2024-03-10 washington 1']);
  assert.deepEqual(one('2024-03-11', 'زار وزير الخارجية الإيراني دمشق يوم الأحد.', [['يوم الأحد', '2024-03-10']]), []);
});

test('an ending mission of the coalition is a withdrawal statement dated by its report, not by its deadline; an ending truce is not', () => {
  assert.deepEqual(one('2024-03-11', 'ستنتهي مهمة التحالف الدولي في أيلول 2026، بحسب بيان صدر يوم الأحد.', [['أيلول 2026', '2026-09-01', '2026-09-30'], ['يوم الأحد', '2024-03-10']]), ['context 2024-03-10 - 1']);
  assert.deepEqual(one('2024-03-11', 'انتهت الهدنة في غزة يوم الأحد.', [['يوم الأحد', '2024-03-10']]), []);
});

test('a claim needs what it claims: adopting a law is no claim, nor is a negated claim; "حتى" dates no attack', () => {
  assert.deepEqual(one('2024-03-11', 'وجاء ذلك بعد تبني البرلمان يوم الأحد قانونا جديدا للانتخابات.', [['يوم الأحد', '2024-03-10']]), []);
  assert.deepEqual(one('2024-03-11', 'ولم تتبن أي جهة الهجوم على قاعدة حرير حتى مساء الأحد.', [['مساء الأحد', '2024-03-10']]), []);
  assert.deepEqual(one('2024-03-11', 'تبنت كتائب حزب الله يوم الأحد الهجوم على قاعدة حرير.', [['يوم الأحد', '2024-03-10']]), ['claim 2024-03-10 harir 1']);
});

test('a dateline names where the copy was filed, not where the attack was', () => {
  assert.deepEqual(one('2024-03-11', 'أربيل - حرير (خاص) - سقطت صواريخ فجر الأحد على قاعدة عين الأسد.', [['فجر الأحد', '2024-03-10']]), ['attack 2024-03-10 ain-al-asad 1']);
});

test('an act after "ثم" with no actor of its own keeps the kind of the act before it', () => {
  const doc = makeDoc('sequel', '2024-03-12', 'شنت الولايات المتحدة وبريطانيا يوم الأحد غارات على الحوثيين في اليمن، ثم ضربتا يوم الاثنين مواقع أخرى.');
  const monday = doc.body.indexOf('يوم الاثنين');
  const d = date(doc, 'يوم الأحد', '2024-03-10');
  assert.deepEqual(brief(doc, [d, { ...d, start: monday, end: monday + 'يوم الاثنين'.length, quote: 'يوم الاثنين', span: { start: '2024-03-11', end: '2024-03-11', precision: 'day' } }]),
    ['context 2024-03-10 yemen 1', 'context 2024-03-11 - 1']);
});

test('a number inside an aircraft model is not a count; a number before strikes is', () => {
  assert.deepEqual(one('2024-03-11', 'شنت مقاتلات أمريكية من طراز F-35 غارات يوم الأحد على مواقع في القائم.', [['يوم الأحد', '2024-03-10']]), ['strike 2024-03-10 al-qaim 1']);
  assert.deepEqual(one('2024-03-11', 'شنت القوات الأمريكية 35 غارة على مواقع في القائم.', []), []);
});

test('a passive "أصيبت" after the place hit is an attack; after people with wounds it is not', () => {
  assert.deepEqual(one('2024-03-11', 'كانت قاعدة حرير أول المواقع التي أصيبت يوم الأحد.', [['يوم الأحد', '2024-03-10']]), ['attack 2024-03-10 harir 1']);
  assert.deepEqual(one('2024-03-11', 'في بغداد أصيبت امرأة بجروح يوم الأحد.', [['يوم الأحد', '2024-03-10']]), []);
});

test('an agreement and the end of the coalition mission announced the same day are one development', () => {
  const doc = makeDoc('agreement', '2024-03-11', 'أعلنت الحكومة العراقية والإدارة الأمريكية أمس أن مهمة التحالف الدولي ستنتهي. وجاء ذلك بعد مفاوضات بين الحكومة العراقية والإدارة الأمريكية أفضت إلى اتفاق أمس.');
  const d = date(doc, 'أمس', '2024-03-10');
  const second = doc.body.lastIndexOf('أمس');
  assert.deepEqual(brief(doc, [d, { ...d, start: second, end: second + 3, sentence: 1 }]), ['context 2024-03-10 - 2']);
});

test('a live page entry stamp (clock, time zone, dash) places nothing; a time zone inside the text is no stamp', () => {
  assert.deepEqual(one('2024-03-11', 'نص أول.\n\n**09:15 بتوقيت دمشق** - سقطت صواريخ فجر الأحد على مواقع في مدينة لم تسمها المصادر.', [['فجر الأحد', '2024-03-10']]), ['attack 2024-03-10 - 1']);
  assert.deepEqual(one('2024-03-11', 'نص أول.\n\n16:05 بتوقيت طهران - قصفت طائرات أمريكية فجر الأحد مواقع في القائم.', [['فجر الأحد', '2024-03-10']]), ['strike 2024-03-10 al-qaim 1']);
  assert.deepEqual(one('2024-03-11', 'نص أول.\n\nشنت طائرات أمريكية ضربات فجر الأحد بتوقيت سوريا على مواقع للفصائل.', [['فجر الأحد', '2024-03-10']]), ['strike 2024-03-10 syria 1']);
});

test('a place after a cause word belongs to the cause, not to the trigger before it', () => {
  assert.deepEqual(one('2024-03-11', 'وتبنت المقاومة الإسلامية في العراق الهجوم يوم الأحد، قائلة إنه رد على ما يجري في لبنان.', [['يوم الأحد', '2024-03-10']]).some((e) => e.startsWith('context')), false);
  assert.deepEqual(one('2024-03-11', 'شنت طائرات أمريكية ضربات يوم الأحد على مواقع في القائم، ردا على هجوم بالأردن.', [['يوم الأحد', '2024-03-10']])[0], 'strike 2024-03-10 al-qaim 1');
});

test('Iran striking a city, with no US or militia side, is background', () => {
  assert.deepEqual(one('2024-03-11', 'جاء ذلك بعد قصف الحرس الثوري الإيراني مدينة السليمانية بصواريخ ليل الأحد.', [['ليل الأحد', '2024-03-10']]).map((e) => e.split(' ')[0]), ['context']);
  assert.deepEqual(one('2024-03-11', 'استهدفت طائرات أمريكية مواقع للحرس الثوري الإيراني في الميادين ليل الأحد.', [['ليل الأحد', '2024-03-10']]).map((e) => e.split(' ')[0]), ['strike']);
});

test('a group\'s statement that it hit the wider war is its claim; an attack on a US base keeps its attack', () => {
  assert.deepEqual(one('2024-03-11', 'أعلنت كتائب حزب الله في بيان أنها استهدفت ميناء حيفا بطائرة مسيرة فجر الأحد.', [['فجر الأحد', '2024-03-10']]), ['claim 2024-03-10 haifa 1']);
  assert.deepEqual(one('2024-03-11', 'أعلنت كتائب حزب الله في بيان أنها استهدفت قاعدة عين الأسد بطائرة مسيرة فجر الأحد.', [['فجر الأحد', '2024-03-10']]).map((e) => e.split(' ')[0]).sort(), ['attack', 'claim']);
});

test('an unplaced attack word sharing the date of an act of the wider war is that act', () => {
  assert.deepEqual(one('2024-03-11', 'قتل جنديان جراء هجوم بطائرة مسيرة استهدفت موقعا عسكريا في حيفا فجر الأحد.', [['فجر الأحد', '2024-03-10']]), ['context 2024-03-10 haifa 1']);
  assert.deepEqual(one('2024-03-11', 'قتل جنديان جراء هجوم بطائرة مسيرة استهدفت قاعدة عين الأسد فجر الأحد.', [['فجر الأحد', '2024-03-10']]), ['attack 2024-03-10 ain-al-asad 1']);
});

test('a short aside in brackets parts no clause: the date after it is the attack\'s', () => {
  assert.deepEqual(one('2024-03-11', 'سقطت قذائف صاروخية على مقر لقوات الحشد الشعبي (الحشد) في مدينة القائم قرب الحدود مع سوريا ليل الأحد، بحسب مصادر.', [['ليل الأحد', '2024-03-10']]).map((e) => e.split(' ').slice(1, 3).join(' ')), ['2024-03-10 al-qaim']);
  // A long parenthesis is a clause of its own.
  assert.deepEqual(one('2024-03-11', 'سقطت قذائف صاروخية على مقر في مدينة القائم (وهي بلدة حدودية شهدت معارك عنيفة قبل سنوات طويلة مع التنظيم) ليل الأحد.', [['ليل الأحد', '2024-03-10']]).filter((e) => e.includes('al-qaim')), []);
});

test('clashes since a day are a background development; undated clashes are none', () => {
  assert.deepEqual(one('2024-03-11', 'ومنذ الأول من آذار، تشهد البلدة اشتباكات بين مسلحين من العشائر وقوات محلية.', [['منذ الأول من آذار', '2024-03-01']]).map((e) => e.split(' ').slice(0, 2).join(' ')), ['context 2024-03-01']);
  assert.deepEqual(one('2024-03-11', 'وتشهد البلدة اشتباكات متقطعة بين مسلحين من العشائر وقوات محلية.', []), []);
});

test('strikes on two towns in one clause are one round at the first; attacks on two bases are two', () => {
  assert.deepEqual(one('2024-03-11', 'شنت طائرات أمريكية ليل الأحد غارات على مواقع للفصائل في مدينتي القائم وعكاشات.', [['ليل الأحد', '2024-03-10']]), ['strike 2024-03-10 al-qaim 1']);
  assert.deepEqual(one('2024-03-11', 'استهدفت الفصائل ليل الأحد قاعدة عين الأسد وقاعدة حرير بطائرات مسيرة.', [['ليل الأحد', '2024-03-10']]).length, 2);
});

test('an unplaced attack at a bare site word is at the one site its sentence names', () => {
  assert.deepEqual(one('2024-03-11', 'وهذه ثالث هجمة على قاعدة حرير هذا الشهر، فقد سقطت صواريخ قرب المعسكر ليل الأحد.', [['ليل الأحد', '2024-03-10']]).filter((e) => e.includes('2024-03-10')), ['attack 2024-03-10 harir 1']);
  // No site word by the attack: the site of the other attack is not its place.
  assert.deepEqual(one('2024-03-11', 'وبعد هجوم على قاعدة حرير يوم السبت، سقطت صواريخ ليل الأحد قرب مدرسة.', [['يوم السبت', '2024-03-09'], ['ليل الأحد', '2024-03-10']]).filter((e) => e.includes('2024-03-10')), ['attack 2024-03-10 - 1']);
  assert.deepEqual(one('2024-03-11', 'وبعد هجوم على قاعدة حرير يوم السبت، سقطت صواريخ ليل الأحد قرب المعسكر.', [['يوم السبت', '2024-03-09'], ['ليل الأحد', '2024-03-10']]).filter((e) => e.includes('2024-03-10')), ['attack 2024-03-10 harir 1']);
});

test('unnamed armed groups before their speech verb claim the attack they announce', () => {
  assert.deepEqual(one('2024-03-11', 'وكانت الفصائل قد أعلنت يوم السبت استهداف قاعدة حرير بطائرات مسيرة.', [['يوم السبت', '2024-03-09']]).sort(), ['attack 2024-03-09 harir 1', 'claim 2024-03-09 harir 1']);
  // Another speaker's report is no claim.
  assert.deepEqual(one('2024-03-11', 'وكان البنتاغون قد أعلن يوم السبت استهداف قاعدة حرير بطائرات مسيرة.', [['يوم السبت', '2024-03-09']]), ['attack 2024-03-09 harir 1']);
});

test('an undated statement claiming a dated attack joins no claim made before that attack', () => {
  const doc = makeDoc('claims-order', '2024-03-11', 'وكانت الفصائل قد أعلنت يوم الجمعة استهداف قاعدة حرير. وتبنت المقاومة الإسلامية في العراق في بيان: "استهدف مجاهدونا فجر الأحد قاعدة عين الأسد".');
  const second = doc.body.indexOf('فجر الأحد');
  const d = date(doc, 'يوم الجمعة', '2024-03-08');
  const claims = brief(doc, [d, { ...d, start: second, end: second + 'فجر الأحد'.length, quote: 'فجر الأحد', sentence: 1, span: { start: '2024-03-10', end: '2024-03-10', precision: 'day' } }]).filter((e) => e.startsWith('claim'));
  assert.deepEqual(claims, ['claim 2024-03-08 harir 1', 'claim 2024-03-10 ain-al-asad 1']);
});
