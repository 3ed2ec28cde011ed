import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lexiconMessages } from '../lexicon/index.js';
import { foldTerm } from '../normalize/index.js';
import { shiftDay } from './calendar.js';
import { DATE_RULES, resolveText } from './index.js';

/** Resolves a raw phrase: "quote → start..end precision role rule" per mention. */
function read(text: string, anchor: string): string[] {
  const folded = foldTerm(text);
  return resolveText(folded, anchor).map((d) => `${folded.slice(d.start, d.end)} → ${d.span.start}..${d.span.end} ${d.span.precision} ${d.role} ${d.rule}`);
}

/** [text, anchor, expected lines]: each rule's positive cases, with an explicit anchor. */
const POSITIVE: [string, string, string[]][] = [
  // weekdays (published Tuesday 2024-08-06)
  ['هاجموا القاعدة الثلاثاء', '2024-08-06', ['الثلاثاء → 2024-08-06..2024-08-06 day point dates:weekday-on-or-before']],
  ['وقع الهجوم يوم الأحد', '2024-08-06', ['يوم الاحد → 2024-08-04..2024-08-04 day point dates:weekday-on-or-before']],
  ['وصباح الخميس أعلن', '2024-08-06', ['وصباح الخميس → 2024-08-01..2024-08-01 day point dates:weekday-on-or-before']],
  ['فجر السبت', '2024-08-06', ['فجر السبت → 2024-08-03..2024-08-03 day point dates:weekday-on-or-before']],
  ['ليلة الجمعة', '2024-08-06', ['ليله الجمعه → 2024-08-02..2024-08-02 day point dates:weekday-on-or-before']],
  ['وقال للصحفيين الأربعاء', '2024-08-06', ['الاربعاء → 2024-07-31..2024-07-31 day point dates:weekday-on-or-before']],
  ['والإثنين أعلن', '2024-08-06', ['والاثنين → 2024-08-05..2024-08-05 day point dates:weekday-on-or-before']],
  ['الثلاثاء الماضي', '2024-08-06', ['الثلاثاء الماضي → 2024-07-30..2024-07-30 day point dates:weekday-before']],
  ['يوم الخميس من الأسبوع الماضي', '2024-08-06', ['يوم الخميس من الاسبوع الماضي → 2024-08-01..2024-08-01 day point dates:weekday-last-week']],
  ['الثلاثاء المقبل', '2024-08-06', ['الثلاثاء المقبل → 2024-08-13..2024-08-13 day point dates:weekday-next']],
  ['ويأتي بعدما شنت القوات غارة ليل الثلاثاء', '2024-08-06', ['ليل الثلاثاء → 2024-07-30..2024-07-30 day point dates:weekday-before']],
  ['وقبل ذلك هاجموا القاعدة الأحد', '2024-08-04', ['الاحد → 2024-07-28..2024-07-28 day point dates:weekday-before']],
  // yesterday, today
  ['استهدف أمس الاثنين', '2024-08-06', ['امس الاثنين → 2024-08-05..2024-08-05 day point dates:yesterday']],
  ['بالأمس', '2024-08-06', ['بالامس → 2024-08-05..2024-08-05 day point dates:yesterday']],
  ['مساء أمس', '2024-08-06', ['مساء امس → 2024-08-05..2024-08-05 day point dates:yesterday']],
  ['أول أمس', '2024-08-06', ['اول امس → 2024-08-04..2024-08-04 day point dates:day-before-yesterday']],
  ['أول من أمس', '2024-08-06', ['اول من امس → 2024-08-04..2024-08-04 day point dates:day-before-yesterday']],
  ['الليلة الماضية', '2024-08-06', ['الليله الماضيه → 2024-08-05..2024-08-05 day point dates:last-night']],
  ['أعلنت اليوم في بيان', '2024-08-06', ['اليوم → 2024-08-06..2024-08-06 day point dates:today']],
  ['مساء اليوم الثلاثاء', '2024-08-06', ['مساء اليوم الثلاثاء → 2024-08-06..2024-08-06 day point dates:today']],
  // day + month (+ year)
  ['في 17 تشرين الأول', '2023-11-22', ['17 تشرين الاول → 2023-10-17..2023-10-17 day point dates:day-month-on-or-before']],
  ['في 21 تشرين الثاني(نوفمبر)،', '2023-11-22', ['21 تشرين الثاني(نوفمبر) → 2023-11-21..2023-11-21 day point dates:day-month-on-or-before']],
  ['في 17 أكتوبر/تشرين الأول', '2024-01-23', ['17 اكتوبر/تشرين الاول → 2023-10-17..2023-10-17 day point dates:day-month-on-or-before']],
  ['في 24 نوفمبر', '2023-11-22', ['24 نوفمبر → 2023-11-24..2023-11-24 day point dates:day-month-on-or-before']],
  ['في 25 نوفمبر', '2023-11-22', ['25 نوفمبر → 2022-11-25..2022-11-25 day point dates:day-month-on-or-before']],
  ['السابع من أكتوبر', '2023-11-21', ['السابع من اكتوبر → 2023-10-07..2023-10-07 day point dates:day-month-on-or-before']],
  ['في 07 أكتوبر 2023', '2024-08-06', ['07 اكتوبر 2023 → 2023-10-07..2023-10-07 day point dates:day-month-year']],
  ['في ٧ تشرين الأول عام ٢٠٢٣', '2024-08-06', ['7 تشرين الاول عام 2023 → 2023-10-07..2023-10-07 day point dates:day-month-year']],
  ['في 17 كتوبر', '2023-11-22', ['17 كتوبر → 2023-10-17..2023-10-17 day point dates:day-month-on-or-before']],
  ['في 5 كانون ثاني', '2024-01-23', ['5 كانون ثاني → 2024-01-05..2024-01-05 day point dates:day-month-on-or-before']],
  ['في 3 مارس', '2024-08-06', ['3 مارس → 2024-03-03..2024-03-03 day point dates:day-month-on-or-before']],
  ['في 29 فبراير', '2023-03-01', ['29 فبراير → 2020-02-29..2020-02-29 day point dates:day-month-on-or-before']],
  ['on 31st, July 2024 the', '2024-08-06', ['31st, july 2024 → 2024-07-31..2024-07-31 day point dates:english-date']],
  ['في 22/11/2023', '2024-01-01', ['22/11/2023 → 2023-11-22..2023-11-22 day point dates:numeric-date']],
  ['صباح اليوم الأربعاء 22 نوفمبر،', '2023-11-22', ['صباح اليوم الاربعاء 22 نوفمبر → 2023-11-22..2023-11-22 day point dates:day-month-on-or-before']],
  ['في 17 من الشهر الجاري', '2024-01-23', ['17 من الشهر الجاري → 2024-01-17..2024-01-17 day point dates:day-relative-month']],
  ['الخامس من الشهر الماضي', '2024-01-23', ['الخامس من الشهر الماضي → 2023-12-05..2023-12-05 day point dates:day-relative-month']],
  ['في العاشر من هذا الشهر', '2024-01-23', ['العاشر من هذا الشهر → 2024-01-10..2024-01-10 day point dates:day-relative-month']],
  ['في 30 من الشهر الماضي', '2024-03-05', ['الشهر الماضي → 2024-02-01..2024-02-29 month point dates:relative-month']], // no 30 February: the month alone
  // months, parts of months, years
  ['في الفترة من أكتوبر إلى ديسمبر', '2024-01-23', ['اكتوبر → 2023-10-01..2023-10-31 month point dates:month-on-or-before', 'ديسمبر → 2023-12-01..2023-12-31 month point dates:month-on-or-before']],
  ['وفي كانون الثاني (يناير)، أسفرت', '2024-08-06', ['كانون الثاني (يناير) → 2024-01-01..2024-01-31 month point dates:month-on-or-before']],
  ['منذ شباط (فبراير)', '2024-08-06', ['منذ شباط (فبراير) → 2024-02-01..2024-02-29 month since dates:month-on-or-before']],
  ['وفي أكتوبر/تشرين الأول', '2024-01-23', ['اكتوبر/تشرين الاول → 2023-10-01..2023-10-31 month point dates:month-on-or-before']],
  ['في مارس الماضي', '2024-03-15', ['مارس الماضي → 2023-03-01..2023-03-31 month point dates:month-before']],
  ['في شهر آب', '2024-09-15', ['شهر اب → 2024-08-01..2024-08-31 month point dates:month-on-or-before']],
  ['في أيار 2021', '2024-09-15', ['ايار 2021 → 2021-05-01..2021-05-31 month point dates:month-year']],
  ['منذ منتصف أكتوبر/تشرين الأول الماضي', '2023-11-21', ['منذ منتصف اكتوبر/تشرين الاول الماضي → 2023-10-11..2023-10-20 days since dates:month-part']],
  ['أواخر كانون الأول', '2024-01-23', ['اواخر كانون الاول → 2023-12-21..2023-12-31 days point dates:month-part']],
  ['منذ بداية الشهر', '2024-01-23', ['منذ بدايه الشهر → 2024-01-01..2024-01-10 days since dates:month-part']],
  ['نهاية الشهر الماضي', '2024-03-05', ['نهايه الشهر الماضي → 2024-02-21..2024-02-29 days point dates:month-part']],
  ['هذا الشهر', '2024-01-23', ['هذا الشهر → 2024-01-01..2024-01-31 month point dates:relative-month']],
  ['الشهر الماضي', '2024-01-23', ['الشهر الماضي → 2023-12-01..2023-12-31 month point dates:relative-month']],
  ['خلال الشهر الجاري', '2024-01-23', ['الشهر الجاري → 2024-01-01..2024-01-31 month point dates:relative-month']],
  ['عام 2003', '2023-11-22', ['عام 2003 → 2003-01-01..2003-12-31 year point dates:year']],
  ['في 2014', '2023-11-22', ['2014 → 2014-01-01..2014-12-31 year point dates:year']],
  ['العام الماضي', '2023-11-22', ['العام الماضي → 2022-01-01..2022-12-31 year point dates:relative-year']],
  // weeks and weekends
  ['خلال عطلة نهاية الأسبوع', '2024-01-23', ['عطله نهايه الاسبوع → 2024-01-20..2024-01-21 days point dates:weekend']],
  ['نهاية الأسبوع', '2024-01-21', ['نهايه الاسبوع → 2024-01-20..2024-01-21 days point dates:weekend']],
  ['الاسبوع الفائت', '2024-08-06', ['الاسبوع الفائت → 2024-07-29..2024-08-04 days point dates:last-week']],
  ['الأسبوع الماضي', '2024-08-04', ['الاسبوع الماضي → 2024-07-22..2024-07-28 days point dates:last-week']],
  ['هذا الأسبوع', '2024-08-08', ['هذا الاسبوع → 2024-08-05..2024-08-08 days point dates:this-week']],
  // durations and "ago"
  ['خلال الـ24 ساعة الماضية', '2023-11-22', ['خلال ال24 ساعه الماضيه → 2023-11-21..2023-11-22 days duration dates:duration']],
  ['خلال الساعات الـ48 الماضية', '2023-11-22', ['خلال الساعات ال48 الماضيه → 2023-11-20..2023-11-22 days duration dates:duration']],
  ['خلال الأيام الثلاثة الماضية', '2023-11-22', ['خلال الايام الثلاثه الماضيه → 2023-11-19..2023-11-21 days duration dates:duration']],
  ['في اليومين الأخيرين', '2023-11-22', ['في اليومين الاخيرين → 2023-11-20..2023-11-21 days duration dates:duration']],
  ['خلال الأسبوع ونصف الأسبوع الماضيين', '2024-01-23', ['خلال الاسبوع ونصف الاسبوع الماضيين → 2024-01-12..2024-01-22 days duration dates:duration']],
  ['قبل يومين', '2024-01-23', ['قبل يومين → 2024-01-21..2024-01-21 day point dates:ago']],
  ['قبل ثلاثة أيام', '2024-01-23', ['قبل ثلاثه ايام → 2024-01-20..2024-01-20 day point dates:ago']],
  // منذ earlier in the clause
  ['منذ بدء الهجمات في 17 أكتوبر/تشرين الأول،', '2024-01-23', ['17 اكتوبر/تشرين الاول → 2023-10-17..2023-10-17 day since dates:day-month-on-or-before']],
];

/** [text, anchor, why]: no date may be read. */
const NEGATIVE: [string, string, string][] = [
  ['أعلنت أن أحد عناصرها قتل', '2023-11-22', '"أحد" without the article is "one of"'],
  ['أحد أبرز الفصائل', '2024-08-06', '"أحد" is "one of"'],
  ['تم نقل اثنين لتلقي العلاج', '2024-08-06', '"اثنين" without the article is the number two'],
  ['اتفق الطرفين الاثنين على', '2024-08-06', '"الاثنين" after a definite dual is the number'],
  ['الاثنين معا', '2024-08-06', '"الاثنين معا" is "both"'],
  ['بين الاثنين', '2024-08-06', '"بين الاثنين" is "between the two"'],
  ['الأحد عشر جنديا', '2024-08-06', '"الأحد عشر" is eleven'],
  ['بعد صلاة الجمعة', '2024-08-06', 'Friday prayer is no date'],
  ['يمارس الضغط', '2024-08-06', '"يمارس" is not March'],
  ['مارس الضغط على الحكومة', '2024-08-06', '"مارس" with no date context is the verb'],
  ['بعد مارس الضغط', '2024-08-06', 'an ambiguous month after a weak cue'],
  ['قتل أب وابنه', '2024-08-06', '"أب" is father'],
  ['حرب أكتوبر', '2024-08-06', 'a bare month name is not read'],
  ['السبتية', '2024-08-06', 'no weekday inside a longer word'],
  ['الخميسي', '2024-08-06', 'no weekday inside a longer word'],
  ['خلال 10 أيام تقريبا', '2024-01-23', '"10 أيام" is a duration, not a date'],
  ['بعد 10 أيام من هجوم حماس', '2024-01-23', 'a duration after another event'],
  ['قبل 10 أيام من الهجوم', '2024-01-23', '"قبل N أيام من X" counts from X, not from publication'],
  ['وهذا هو أول عنصر يعلن مقتله', '2023-11-22', '"أول عنصر" is an ordinal'],
  ['في اليوم التالي', '2023-11-22', '"اليوم التالي" is a day of the story'],
  ['في ذلك اليوم', '2023-11-22', '"ذلك اليوم" is a day of the story'],
  ['اليوم نفسه', '2023-11-22', '"اليوم نفسه" is a day of the story'],
  ['في الأشهر الأخيرة', '2024-08-06', 'vague: no number'],
  ['قبل أيام', '2024-08-06', 'vague: no number'],
  ['منذ أكثر من عامين', '2023-11-22', 'a vague duration is not a date'],
  ['الغارة الجوية الأولى منذ عامين', '2023-11-22', '"منذ عامين" is a duration, not a tally start'],
  ['نشر 2500 جندي', '2023-11-22', 'a number is not a year'],
  ['وحدة 2014 الخاصة', '2023-11-22', 'a bare four-digit number is not a year'],
  ['في 31 نيسان', '2024-08-06', 'no 31 April'],
  ['الجولة الثامنة', '2024-01-23', 'an ordinal alone is no date'],
  ['منذ ذلك الحين', '2024-01-23', 'no date'],
];

test('date lexicons load without problems', () => {
  resolveText('', '2024-01-01');
  assert.deepEqual(lexiconMessages().filter((m) => /months|weekdays|date-/.test(m.file)), []);
});

test('positive cases, each with an explicit anchor', () => {
  for (const [text, anchor, expected] of POSITIVE) assert.deepEqual(read(text, anchor), expected, text);
});

test('must-not-match cases', () => {
  for (const [text, anchor, why] of NEGATIVE) assert.deepEqual(read(text, anchor), [], `${text}: ${why}`);
});

test('every rule of the list has a positive case', () => {
  const seen = new Set(POSITIVE.flatMap(([text, anchor]) => resolveText(foldTerm(text), anchor).map((d) => d.rule)));
  const families = new Set(DATE_RULES.map((r) => r.id));
  assert.equal(families.size, DATE_RULES.length, 'rule ids are unique');
  for (const rule of ['dates:numeric-date', 'dates:english-date', 'dates:day-month-year', 'dates:day-month-on-or-before', 'dates:month-part', 'dates:month-on-or-before', 'dates:weekend', 'dates:last-week', 'dates:relative-month', 'dates:relative-year', 'dates:year', 'dates:duration', 'dates:ago', 'dates:yesterday', 'dates:today', 'dates:weekday-on-or-before', 'dates:weekday-before']) {
    assert.ok(seen.has(rule), rule);
  }
});

test('one expression is one mention: pairs and a stated date after a weekday', () => {
  assert.equal(read('في 17 أكتوبر/ تشرين الأول الماضي', '2023-11-21').length, 1);
  assert.equal(read('منذ 17 أكتوبر(تشرين الأول)', '2023-11-22').length, 1);
  assert.equal(read('الثلاثاء 21 نوفمبر', '2023-11-22').length, 1);
});

test('the anchor must be a calendar day', () => {
  assert.throws(() => resolveText('امس', '2024-02-30'));
  assert.throws(() => resolveText('امس', 'yesterday'));
});

// ---------------------------------------------------------------- properties

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['يناير', 'شباط', 'آذار', 'نيسان', 'مايو', 'حزيران', 'تموز', 'أغسطس', 'أيلول', 'تشرين الأول', 'نوفمبر', 'كانون الأول'];
const PREFIX = ['', 'يوم ', 'صباح ', 'مساء ', 'ليل ', 'فجر '];
/** Phrases that refer to the past with no year given. */
const pastPhrase = fc.oneof(
  fc.tuple(fc.constantFrom(...PREFIX), fc.constantFrom(...WEEKDAYS), fc.constantFrom('', ' الماضي')).map(([p, w, r]) => `${p}${w}${r}`),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom(...MONTHS)).map(([d, m]) => `في ${d} ${m}`),
  fc.tuple(fc.constantFrom('في ', 'منذ ', 'منتصف ', 'أواخر ', 'مطلع '), fc.constantFrom(...MONTHS)).map(([c, m]) => `${c}${m}`),
  fc.constantFrom('أمس', 'أمس الاثنين', 'أول أمس', 'اليوم', 'الليلة الماضية', 'نهاية الأسبوع', 'الأسبوع الماضي', 'هذا الشهر', 'الشهر الماضي', 'بداية الشهر', 'هذا الأسبوع', 'خلال الـ24 ساعة الماضية', 'خلال الأيام الثلاثة الماضية', 'قبل يومين', 'العام الماضي'),
);
const anchorDay = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

test('property: a resolved span has start ≤ end and never lies after publication + 2 days', () => {
  fc.assert(
    fc.property(pastPhrase, anchorDay, (phrase, anchor) => {
      const found = resolveText(foldTerm(phrase), anchor);
      assert.ok(found.length >= 1, phrase);
      for (const d of found) {
        assert.ok(d.span.start <= d.span.end, `${phrase} @ ${anchor}`);
        if (!d.statedYear) assert.ok(d.span.start <= shiftDay(anchor, 2), `${phrase} @ ${anchor}: ${d.span.start}`);
      }
    }),
    { numRuns: 500 },
  );
});

test('property: a weekday reads the latest such day within the week up to publication', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 6 }), anchorDay, (weekday, anchor) => {
      const [d] = resolveText(foldTerm(`يوم ${WEEKDAYS[weekday]!}`), anchor);
      assert.ok(d);
      assert.ok(d.span.start <= anchor && d.span.start > shiftDay(anchor, -7));
      assert.equal(new Date(`${d.span.start}T00:00:00Z`).getUTCDay(), weekday);
    }),
  );
});

test('property: the text is never changed and offsets stay inside it', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pastPhrase, fc.constantFrom('قال', 'مسؤول', '،', 'أحد', 'اثنين', 'في', 'منذ', '10', 'أيام')), { maxLength: 8 }), anchorDay, (words, anchor) => {
      const text = foldTerm(words.join(' '));
      let last = -1;
      for (const d of resolveText(text, anchor)) {
        assert.ok(0 <= d.start && d.start < d.end && d.end <= text.length);
        assert.ok(d.start >= last);
        last = d.end;
      }
    }),
  );
});
