import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readArticle, type ArticleDoc } from '../read/index.js';
import { resolveDates } from './index.js';

const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'articles');

function doc(id: string): ArticleDoc {
  const result = readArticle(join(CONTENT, `${id}.md`));
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason).join('\n'));
  return result.doc;
}

/** quote → [start, end, precision, role] of every mention of an article. */
function table(id: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of resolveDates(doc(id))) out.set(m.quote, `${m.span.start} ${m.span.end} ${m.span.precision} ${m.role}`);
  return out;
}

test('every mention quotes the body exactly, sorted, in its sentence, with a rule and explanation', () => {
  for (const id of ['2023-11-22-ain-al-asad-ac130', '2024-01-23-kataib-hezbollah-strikes', '2024-08-06-ain-al-asad-rockets-seven-injured', '2023-11-21-ain-al-asad-ballistic-missile', '2023-11-22-centcom-second-strikes-iraq']) {
    const d = doc(id);
    const mentions = resolveDates(d);
    assert.ok(mentions.length > 0, id);
    let last = -1;
    for (const m of mentions) {
      assert.equal(d.body.slice(m.start, m.end), m.quote);
      assert.ok(m.start >= last);
      last = m.start;
      const s = d.sentences[m.sentence]!;
      assert.ok(s.start <= m.start && m.end <= s.end, `${m.quote} inside its sentence`);
      assert.match(m.rule, /^dates:[a-z-]+$/);
      assert.ok(m.explanation.startsWith(m.quote) && m.explanation.includes('←'), m.explanation);
      assert.ok(m.span.start <= m.span.end);
    }
  }
});

test('seed 2024-08-06: yesterday, Monday, Tuesday night after بعدما, last week, months', () => {
  const t = table('2024-08-06-ain-al-asad-rockets-seven-injured');
  assert.equal(t.get('أمس الاثنين'), '2024-08-05 2024-08-05 day point');
  assert.equal(t.get('اليوم الثلاثاء'), '2024-08-06 2024-08-06 day point');
  assert.equal(t.get('الإثنين'), '2024-08-05 2024-08-05 day point');
  assert.equal(t.get('مساء أمس الإثنين'), '2024-08-05 2024-08-05 day point');
  assert.equal(t.get('ليل الثلاثاء'), '2024-07-30 2024-07-30 day point');
  assert.equal(t.get('الاسبوع الفائت'), '2024-07-29 2024-08-04 days point');
  assert.equal(t.get('منذ شباط (فبراير)'), '2024-02-01 2024-02-29 month since');
  assert.equal(t.get('كانون الثاني (يناير)'), '2024-01-01 2024-01-31 month point');
  assert.equal(t.has('اثنين'), false, '"نقل اثنين" is a number');
});

test('seed 2023-11-22 (CENTCOM): the stated date, the 24 hours, the misspelt October', () => {
  const t = table('2023-11-22-centcom-second-strikes-iraq');
  assert.equal(t.get('صباح اليوم الأربعاء 22 نوفمبر'), '2023-11-22 2023-11-22 day point');
  assert.equal(t.get('خلال الـ24 ساعة الماضية'), '2023-11-21 2023-11-22 days duration');
  assert.equal(t.get('21 تشرين الثاني(نوفمبر)'), '2023-11-21 2023-11-21 day point');
  assert.equal(t.get('17 كتوبر(تشرين الأول) الماضي'), '2023-10-17 2023-10-17 day since');
  assert.equal(t.get('منذ 17 أكتوبر(تشرين الأول)'), '2023-10-17 2023-10-17 day since');
  assert.equal(t.get('صباح الأربعاء'), '2023-11-22 2023-11-22 day point');
});

test('seed 2024-01-23: weekend, week and a half, start of the month, this month, October', () => {
  const t = table('2024-01-23-kataib-hezbollah-strikes');
  assert.equal(t.get('عطلة نهاية الأسبوع'), '2024-01-20 2024-01-21 days point');
  assert.equal(t.get('نهاية الأسبوع'), '2024-01-20 2024-01-21 days point');
  assert.equal(t.get('خلال الأسبوع ونصف الأسبوع الماضيين'), '2024-01-12 2024-01-22 days duration');
  assert.equal(t.get('منذ بداية الشهر'), '2024-01-01 2024-01-10 days since');
  assert.equal(t.get('هذا الشهر'), '2024-01-01 2024-01-31 month point');
  assert.equal(t.get('أكتوبر/تشرين الأول'), '2023-10-01 2023-10-31 month point');
  assert.equal(t.get('17 أكتوبر/تشرين الأول'), '2023-10-17 2023-10-17 day since');
  assert.equal(t.get('7 أكتوبر/تشرين الأول'), '2023-10-07 2023-10-07 day point');
  assert.equal(t.get('يوم الاثنين'), '2024-01-22 2024-01-22 day point');
  assert.equal(t.get('يوم الثلاثاء'), '2024-01-23 2024-01-23 day point');
});

test('seeds of November 2023: years, mid-October, the seventh of October, Tuesday', () => {
  const a0 = table('2023-11-22-ain-al-asad-ac130');
  assert.equal(a0.get('صباح الثلاثاء'), '2023-11-21 2023-11-21 day point');
  assert.equal(a0.get('أمس الثلاثاء'), '2023-11-21 2023-11-21 day point');
  assert.equal(a0.get('عام 2003'), '2003-01-01 2003-12-31 year point');
  assert.equal(a0.get('عام 2014'), '2014-01-01 2014-12-31 year point');
  assert.equal(a0.get('17 تشرين الأول'), '2023-10-17 2023-10-17 day point');
  assert.equal(a0.get('ومنذ 17 من تشرين الأول الماضي'), '2023-10-17 2023-10-17 day since');
  assert.equal(a0.has('أحد'), false, '"أحد عناصرها" is "one of"');
  const a3 = table('2023-11-21-ain-al-asad-ballistic-missile');
  assert.equal(a3.get('منذ منتصف أكتوبر/تشرين الأول الماضي'), '2023-10-11 2023-10-20 days since');
  assert.equal(a3.get('منذ السابع من أكتوبر/ تشرين الأول الماضي'), '2023-10-07 2023-10-07 day since');
  assert.equal(a3.get('الثلاثاء'), '2023-11-21 2023-11-21 day point', '"في وقت سابق الثلاثاء" is the same Tuesday');
});

/** An article written to a temp folder (the referential rules need a whole article). */
function tempDoc(published: string, body: string): ArticleDoc {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-dates-'));
  const path = join(dir, 'a.md');
  writeFileSync(path, `---\ntitle: "t"\npublished: "${published}"\n---\n${body}\n`);
  const result = readArticle(path);
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason).join('\n'));
  return result.doc;
}

const brief = (d: ArticleDoc): string[] => resolveDates(d).map((m) => `${m.quote}=${m.span.start}${m.span.end !== m.span.start ? `..${m.span.end}` : ''}`);

test('referential days take the date mentioned before them in the article', () => {
  const d = tempDoc('2024-03-10', 'سقطت قذيفة على المطار مساء الخميس. وفي اليوم نفسه استهدفت مسيرة قاعدة قريبة. ثم سقط صاروخ في اليوم التالي قرب المعسكر.');
  assert.deepEqual(brief(d), ['مساء الخميس=2024-03-07', 'اليوم نفسه=2024-03-07', 'اليوم التالي=2024-03-08']);
  const m = resolveDates(d)[1]!;
  assert.equal(m.rule, 'dates:same-day');
  assert.ok(m.explanation.includes('مساء الخميس'), m.explanation);
});

test('a night named by the date before it: "في الليلة ذاتها", "في الليلة التالية"', () => {
  const d = tempDoc('2024-06-12', 'أطلق مجهولون قذائف على المعسكر مساء الأحد. وردت مروحية على مصدر النيران في الليلة نفسها، ثم عاد القصف في الليلة التالية.');
  assert.deepEqual(brief(d), ['مساء الأحد=2024-06-09', 'الليلة نفسها=2024-06-09', 'الليلة التالية=2024-06-10']);
  // "الليلة الماضية" is still the night before publication, not a referential night
  assert.deepEqual(brief(tempDoc('2024-06-12', 'سقط صاروخ أمس. وسمع دوي انفجار الليلة الماضية.')), ['أمس=2024-06-11', 'الليلة الماضية=2024-06-11']);
});

test('"في N من الشهر ذاته" is that day of the month of the date before it', () => {
  const d = tempDoc('2024-05-02', 'أصيب جنديان مطلع نيسان في هجوم، وردت القوات بضربة في الثاني عشر من الشهر ذاته.');
  assert.deepEqual(brief(d), ['مطلع نيسان=2024-04-01..2024-04-10', 'الثاني عشر من الشهر ذاته=2024-04-12']);
});

test('a referential day with no date before it is not a date; "اليوم" alone still is', () => {
  assert.deepEqual(brief(tempDoc('2024-03-10', 'وقع الانفجار في اليوم ذاته الذي وصل فيه الوفد.')), []);
  assert.deepEqual(brief(tempDoc('2024-03-10', 'وصل الوفد إلى المدينة اليوم.')), ['اليوم=2024-03-10']);
  // "الشهر نفسه" with no day is not a referential day
  assert.deepEqual(brief(tempDoc('2024-03-10', 'سقط صاروخ أمس، وتكرر الأمر في الشهر نفسه.')), ['أمس=2024-03-09']);
});
