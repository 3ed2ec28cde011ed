import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DateMention } from '../../dates/index.js';
import type { Figure } from '../../model/types.js';
import { extractSentences, type ArticleDoc } from '../../read/index.js';
import { extractFigures } from './index.js';

/** An article in memory: body and publication day. */
function docOf(body: string, anchor = '2023-11-22'): ArticleDoc {
  return {
    article: { id: 'test-article', title: 't', outlet: null, url: null, published: anchor },
    anchor,
    file: 'test.md',
    body,
    bodyOffset: 0,
    sentences: extractSentences(body),
    positionOf: () => ({ line: 1, column: 1 }),
  };
}

/** A hand-made date mention over `quote` (its first occurrence in the body). */
function mention(doc: ArticleDoc, quote: string, start: string, role: DateMention['role'] = 'point', end = start): DateMention {
  const at = doc.body.indexOf(quote);
  assert.ok(at >= 0, quote);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!.index;
  return { start: at, end: at + quote.length, quote, sentence, span: { start, end, precision: start === end ? 'day' : 'days' }, role, rule: 'test', explanation: '' };
}

const figures = (body: string, anchor?: string, dates: (doc: ArticleDoc) => DateMention[] = () => []): Figure[] => {
  const doc = docOf(body, anchor);
  return extractFigures(doc, dates(doc));
};
/** kind side value min max qualifier, one string per figure. */
const brief = (fs: Figure[]): string[] => fs.map((f) => `${f.kind} ${f.side} ${f.value} ${f.min} ${f.max} ${f.qualifier}`);

test('casualties: cue before the number, spelled-out and digits', () => {
  assert.deepEqual(brief(figures('مما أدى إلى إصابة ثمانية أفراد في الهجوم.')), ['injured us 8 8 8 exact']);
  assert.deepEqual(brief(figures('أعلن الجيش عن مقتل ثلاثة جنود أميركيين في قاعدة في الأردن.')), ['killed us 3 3 3 exact']);
  assert.deepEqual(brief(figures('الجيش الأمريكي يعلن إصابة 8 من قواته بالعراق.')), ['injured us 8 8 8 exact']);
  assert.deepEqual(brief(figures('وذكرت مصادر أن الغارة خلفت أربعة قتلى، علما أنها الأولى.')), ['killed militia 4 4 4 exact']);
  assert.deepEqual(brief(figures('ما أسفر عن إصابة عشرات الجنود الأمريكيين بجروح طفيفة.')), ['injured us null 20 99 dozens']);
  assert.deepEqual(brief(figures('أسفرت عن “مقتل العديد من المقاتلين في ميليشيات موالية لإيران”.')), ['killed militia null 2 null several']);
});

test('casualties: "أحد" + noun only with a killed cue', () => {
  assert.deepEqual(brief(figures('أعلنت المقاومة الإسلامية أن أحد عناصرها قُتل ضد القوات الأميركية.')), ['killed militia 1 1 1 exact']);
  assert.deepEqual(brief(figures('أعلنت مصادر مقتل أحد ركاب السيارة التابعة لإحدى الميليشيات.')), ['killed militia 1 1 1 exact']);
  assert.deepEqual(figures('ليعلن من بعدها أحد أبرز الفصائل العراقية تعليق الهجمات.'), []);
  assert.deepEqual(figures('وقال أحد عناصرها إن الوضع هادئ.'), []);
});

test('a casualty count named before its number, and others of the same side', () => {
  assert.deepEqual(brief(figures('وارتفع عدد القتلى إلى 12 شخصا من المسلحين، فيما بلغت حصيلة الجرحى 30.')), ['killed militia 12 12 12 exact', 'injured militia 30 30 30 exact']);
  assert.deepEqual(brief(figures('استشهد 4 مدنيين وجرح 7 آخرون في قصف على جنوب لبنان.')), ['killed other 4 4 4 exact', 'injured other 7 7 7 exact']);
  assert.deepEqual(figures('وارتفع عدد الزوار إلى 12 شخصا.'), []);
});

test('people without a casualty or deployment cue are no figure', () => {
  assert.deepEqual(figures('كشف مسؤولان عسكريان أميركيان أن الولايات المتحدة شنت غارات.'), []);
  assert.deepEqual(figures('ناقش الرجلين الخطوات، وقال ثلاثة مسؤولين إن الأمر خطير.'), []);
  assert.deepEqual(figures('شن الجيش ضربة على آلية وعدد من المقاتلين المدعومين من إيران.'), []);
});

test('coordinated counts share the kind: dual and bare number', () => {
  assert.deepEqual(brief(figures('قال: "أصيب في الهجوم خمسة عناصر أميركيين ومتعاقدان أميركيان".')), ['injured us 5 5 5 exact', 'injured us 2 2 2 exact']);
  const troops = figures('ويتمركز نحو 2500 جندي أميركي في العراق و900 في سوريا.');
  assert.deepEqual(brief(troops), ['troops us 2500 2500 2500 about', 'troops us 900 900 900 about']);
  assert.deepEqual(troops.map((f) => f.country), ['IQ', 'SY']);
  assert.deepEqual(brief(figures('وللولايات المتحدة 900 جندي في سوريا، و2500 في العراق.')), ['troops us 900 900 900 exact', 'troops us 2500 2500 2500 exact']);
});

test('attacks: running tallies with مرة and هجوم, and attacks by the US are strikes', () => {
  const doc = docOf('ومنذ 17 من تشرين الأول الماضي، استهدفت القوات الأميركية والتحالف الدولي أكثر من 60 مرة في العراق وسوريا، ما أسفر عن إصابة عشرات الجنود بجروح طفيفة.');
  const fs = extractFigures(doc, [mention(doc, 'منذ 17 من تشرين الأول الماضي', '2023-10-17', 'since')]);
  assert.deepEqual(brief(fs), ['attacks us 60 61 null more-than', 'injured us null 20 99 dozens']);
  assert.deepEqual(fs.map((f) => [f.since, f.asOf, f.country]), [['2023-10-17', '2023-11-22', null], ['2023-10-17', '2023-11-22', null]]);
  assert.deepEqual(brief(figures('تعرضت القوات الأمريكية في العراق وسوريا للهجوم 151 مرة على الأقل منذ بدء الهجمات.', '2024-01-23')), ['attacks us 151 151 null at-least']);
  assert.deepEqual(brief(figures('كانت القوات الأميركية هدفا لـ 66 هجوما منذ 17 أكتوبر.')), ['attacks us 66 66 66 exact']);
  assert.deepEqual(brief(figures('نفذت الولايات المتحدة خمس هجمات منفصلة في العراق وسوريا.')), ['strikes us 5 5 5 exact']);
  assert.deepEqual(figures('وكانت هذه هي المرة الأولى للمرة الثانية خلال 10 مرات؟'.replace('10 مرات', 'عشرة أيام')), []);
});

test('strikes, targets and munitions: side that fired', () => {
  assert.deepEqual(brief(figures('ردت الولايات المتحدة بثلاث مجموعات منفصلة من الضربات على أهداف في سوريا.')), ['strikes us 3 3 3 exact']);
  assert.deepEqual(brief(figures('ونفذت الولايات المتحدة عددًا من الضربات في العراق وسوريا.')), ['strikes us null 2 null several']);
  assert.deepEqual(brief(figures('واستهدفت الضربات ثلاث منشآت تستخدمها كتائب حزب الله.')), ['targets us 3 3 3 exact']);
  assert.deepEqual(brief(figures('استهدفت القوات صباح الأربعاء منشأتين تابعتين لهذه الجماعات في العراق.')), ['targets us 2 2 2 exact']);
  assert.deepEqual(brief(figures('لافتا إلى إصابة القاعدة بصاروخين.')), ['munitions militia 2 2 2 exact']);
  assert.deepEqual(brief(figures('عجلة داخلها ثمانية صواريخ.')), ['munitions militia 8 8 8 exact']);
  // a site count without striking is no target count
  assert.deepEqual(figures('زار الوزير ثلاثة مواقع أثرية.'), []);
  // "مجموعات" of something that is no figure kind
  assert.deepEqual(figures('يقومون بتمويل عدد كبير من مجموعات الميليشيات.'), []);
});

test('dual nouns: -ان/-تان always, -ين only where the plural is not sound -ين', () => {
  assert.deepEqual(brief(figures('تم تنفيذ الضربات في موقعين في غرب العراق.')), ['targets us 2 2 2 exact']);
  assert.deepEqual(brief(figures('قصفت الفصائل القاعدتين بشكل مباشر.')), ['targets militia 2 2 2 exact']);
  assert.deepEqual(figures('أدى القصف إلى مقتل مسلحين في المنطقة.'), []);
  assert.deepEqual(figures('الغارة الجوية الأولى منذ عامين.'), []);
});

test('must not match: distances, durations, ordinals, years, times, names, dates', () => {
  const none = [
    'على طريق أبو غريب السريع، على بعد نحو 30 كيلومترا غربي بغداد.',
    'بعد 10 أيام من هجوم حماس.',
    'هاجم مواقع الميليشيات للمرة الثانية خلال الـ24 ساعة الماضية.',
    'وكانت هذه هي الجولة الثامنة من الضربات خلال 10 أيام تقريبًا.',
    'وهذا هو أول عنصر يُعلن مقتله في العراق.',
    'في أعقاب الغزو الأميركي للعراق عام 2003.',
    'وقع الهجوم عند الساعة 10:25 صباحا.',
    'هاجمت طائرة مسيرة البرج 22 في الأردن، وقصف اللواء 47 مواقع.',
    'طائرة نقل من طراز C-130 وطائرة AC-130 استهدفت أفرادا.',
    'استهدفت طائرة من طراز AC 130 أفرادًا مسؤولين عن هجوم.',
    'منذ بدء الهجمات في 17 أكتوبر.',
  ];
  for (const text of none) assert.deepEqual(brief(figures(text)), [], text);
});

test('asOf: point date of the sentence, not the day of a statement; else the context; tallies the article day', () => {
  const body = 'شنت القوات غارة ليل الثلاثاء.\n\nوقال مسؤول يوم الخميس، إنه تم تشخيص إصابة أربعة جنود أمريكيين.\n\nأصيب سبعة أميركيين بقصف استهدف أمس الاثنين القاعدة، وفق ما أعلن مسؤول اليوم الثلاثاء.\n\nوأعلنت مصادر، الثلاثاء، مقتل أحد ركاب السيارة.';
  const doc = docOf(body, '2024-08-06');
  const dates = [
    mention(doc, 'ليل الثلاثاء', '2024-07-30'),
    mention(doc, 'يوم الخميس', '2024-08-01'),
    mention(doc, 'أمس الاثنين', '2024-08-05'),
    mention(doc, 'اليوم الثلاثاء', '2024-08-06'),
    mention(doc, '، الثلاثاء،', '2024-07-30'),
  ];
  const fs = extractFigures(doc, dates);
  assert.deepEqual(fs.map((f) => `${f.kind} ${f.value} ${f.asOf}`), ['injured 4 2024-07-30', 'injured 7 2024-08-05', 'killed 1 2024-07-30']);
  const tally = extractFigures(docOf('ويتمركز نحو 2500 جندي أميركي في العراق.', '2024-08-06'), []);
  assert.equal(tally[0]?.asOf, '2024-08-06');
});

test('since: a منذ date before the figure or just after it; a span gives its first day', () => {
  const doc = docOf('تعرضت قوات أمريكية لنحو 61 هجومًا منذ منتصف أكتوبر الماضي.\n\nوذكرت مصادر أن الغارة خلفت أربعة قتلى، علما أنها الأولى التي ينفذها الأميركيون منذ شباط.', '2023-11-21');
  const fs = extractFigures(doc, [mention(doc, 'منذ منتصف أكتوبر', '2023-10-11', 'since', '2023-10-20'), mention(doc, 'منذ شباط', '2023-02-01', 'since', '2023-02-28')]);
  assert.deepEqual(fs.map((f) => `${f.kind} ${f.since} ${f.asOf}`), ['attacks 2023-10-11 2023-11-21', 'killed null 2023-11-21']);
});

test('a count stated twice is one figure, completed by the later mention', () => {
  const doc = docOf('## أكثر من 60 هجوماً على القواعد الأميركية\n\nومنذ 17 أكتوبر، استهدفت القوات الأميركية أكثر من 60 مرة في العراق وسوريا.\n\nأصيب خمسة عناصر أميركيين. وأوضح المسؤول أن خمسة من المصابين يتلقون العلاج.');
  const fs = extractFigures(doc, [mention(doc, 'منذ 17 أكتوبر', '2023-10-17', 'since')]);
  assert.deepEqual(brief(fs), ['attacks us 60 61 null more-than', 'injured us 5 5 5 exact']);
  assert.equal(fs[0]!.since, '2023-10-17');
  assert.equal(fs[0]!.country, null);
  assert.equal(fs[0]!.source.quote, 'أكثر من 60 هجوماً');
  assert.ok(fs.every((f) => f.rule && f.id.startsWith('test-article--f-')));
});

test('country: after a locative, several countries give null, a base names its country', () => {
  const one = (text: string): string | null | undefined => figures(text)[0]?.country;
  assert.equal(one('أصيب ثمانية جنود أميركيين في هجوم على قاعدة عين الأسد الجوية.'), 'IQ');
  assert.equal(one('نفذت الولايات المتحدة خمس هجمات في العراق وسوريا.'), null);
  assert.equal(one('استهدفت الضربات ثلاث منشآت تابعة لطهران في العراق.'), 'IQ');
  assert.equal(one('مقتل ثلاثة جنود أميركيين في قاعدة في الأردن.'), 'JO');
});

test('property: no input makes extraction throw; every quote is at its offsets', () => {
  const pieces = ['أصيب', 'ثمانية', 'جنود', 'أميركيين', '،', 'و', '2500', 'في العراق', 'منذ', 'أكثر من', 'عشرات', 'الضربات', 'صاروخين', 'أحد', 'عناصرها', 'قتل', 'C-130', '10:25', '.', '\n\n', '## ', 'ـ', 'ً', '"', '٢٬٥٠٠', 'مرة', 'على الأقل'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string({ maxLength: 20 }), (parts, noise) => {
      const body = parts.join(' ') + noise;
      const doc = docOf(body);
      const dates: DateMention[] = doc.sentences.length > 0 ? [{ start: 0, end: Math.min(3, body.length), quote: body.slice(0, 3), sentence: 0, span: { start: '2023-10-17', end: '2023-10-17', precision: 'day' }, role: 'since', rule: 't', explanation: '' }] : [];
      for (const f of extractFigures(doc, dates)) {
        assert.equal(body.slice(f.source.start, f.source.end), f.source.quote);
        assert.ok(f.source.quote.length > 0);
      }
    }),
    { numRuns: 300 },
  );
});
