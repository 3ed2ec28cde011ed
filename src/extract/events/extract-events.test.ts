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
  assert.deepEqual(brief(said, [date(said, 'يوم الأحد', '2024-02-04')]).sort(), ['attack 2024-02-04 harir 1', 'claim 2024-02-05 harir 1']);
  const close = makeDoc('q', '2024-02-05', 'وأكد مصدر مقرب من قوات الحشد الشعبي أن طائرة استهدفت قاعدة حرير يوم الأحد.');
  assert.deepEqual(brief(close, [date(close, 'يوم الأحد', '2024-02-04')]), ['attack 2024-02-04 harir 1']);
});
