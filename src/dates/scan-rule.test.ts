import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldTerm, wordStarts } from '../normalize/index.js';
import { readArticles } from '../read/index.js';
import { dateLexicon } from './date-lexicon.js';
import { DATE_RULES, keySource } from './rules.js';
import { joinTexts, keyHits, keyHitsByText, scanRule } from './scan-rule.js';

const ROOT = join(import.meta.dirname, '..', '..');
const lexicon = dateLexicon();
const compiled = DATE_RULES.map((rule) => ({
  id: rule.id,
  sticky: new RegExp(rule.pattern(lexicon), 'yu'),
  global: new RegExp(rule.pattern(lexicon), 'gu'),
  key: new RegExp(keySource(rule.key(lexicon)), 'gu'),
  reach: rule.reach(lexicon),
}));

/** A resolve step stand-in that refuses some matches, so resuming after a refusal is exercised too. */
const keeps = (m: RegExpExecArray): boolean => (m.index + m[0].length) % 3 !== 0;

/** The matches of the plain global scan, as `start:end:kept`. */
function globalScan(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const kept = keeps(m);
    out.push(`${m.index}:${m.index + m[0].length}:${kept}`);
    if (!kept) re.lastIndex = m.index + 1;
  }
  return out;
}

function keyedScan(rule: (typeof compiled)[number], text: string, hits = keyHits(rule.key, text)): string[] {
  const out: string[] = [];
  scanRule(rule.sticky, text, wordStarts(text), hits, rule.reach, (m) => {
    const kept = keeps(m);
    out.push(`${m.index}:${m.index + m[0].length}:${kept}`);
    return kept;
  });
  return out;
}

function assertSame(text: string): void {
  for (const rule of compiled) assert.deepEqual(keyedScan(rule, text), globalScan(rule.global, text), `${rule.id}: ${text}`);
}

test('trying a rule only near its key finds what the global scan finds: every sentence of the seeds and held-out articles', () => {
  let sentences = 0;
  for (const dir of ['content/articles', 'test/fixtures/heldout', 'test/fixtures/heldout-2', 'test/fixtures/heldout-3']) {
    for (const doc of readArticles(join(ROOT, dir)).docs) {
      for (const sentence of doc.sentences) {
        assertSame(sentence.folded.text);
        sentences++;
      }
    }
  }
  assert.ok(sentences > 100);
});

test('key hits found over the sentences of an article joined serve each sentence as its own hits do', () => {
  for (const dir of ['content/articles', 'test/fixtures/heldout', 'test/fixtures/heldout-2', 'test/fixtures/heldout-3']) {
    for (const doc of readArticles(join(ROOT, dir)).docs) {
      const texts = doc.sentences.map((s) => s.folded.text);
      const joined = joinTexts(texts);
      for (const rule of compiled) {
        const byText = keyHitsByText(rule.key, joined);
        texts.forEach((text, t) => assert.deepEqual(keyedScan(rule, text, byText[t]), globalScan(rule.global, text), `${rule.id}: ${text}`));
      }
    }
  }
});

const WORDS = [
  'منذ', 'ومنذ', 'في', 'خلال', 'قبل', 'صباح', 'مساء', 'يوم', 'أمس', 'بالأمس', 'أول', 'من', 'اليوم', 'التالي', 'ذاته', 'الاثنين', 'الأحد', 'عشر',
  'الماضي', 'الماضية', 'المقبل', 'الجاري', 'هذا', 'الشهر', 'شهر', 'الأسبوع', 'نهاية', 'عطلة', 'منتصف', 'أواخر', 'العام', 'عام', 'السابع', 'الحادي', 'والعشرين',
  '17', 'ال17', '2023', '2024م', '22/11/2023', '2023-10-07', 'أكتوبر', 'تشرين', 'الأول', 'الثاني', 'كانون', 'مارس', 'يمارس', '(نوفمبر)', '/', '،', '.', 'ساعة', 'أيام',
  'يومين', 'الأيام', 'الثلاثة', 'الـ24', 'ونصف', 'july', '31st,', 'of', 'قال', 'هجوم', 'اعتبارا', 'على', 'مدار', 'مطلع', 'ليلة', 'عطلة',
  'والثلاثين', '2.5', 'سنة', 'الذي', 'تلاه', 'نفسه', 'بعد', 'غد', 'الليلة', 'البارحة',
];

test('property: the same matches on random runs of date words', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.constantFrom(' ', '  ', '\n'), (words, space) => assertSame(foldTerm(words.join(space)))),
    { numRuns: 1500 },
  );
});

test('property: the same matches from key hits found over random sentences joined', () => {
  const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => foldTerm(words.join(' ')));
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (texts) => {
      const joined = joinTexts(texts);
      for (const rule of compiled) {
        const byText = keyHitsByText(rule.key, joined);
        texts.forEach((text, t) => assert.deepEqual(keyedScan(rule, text, byText[t]), globalScan(rule.global, text), `${rule.id}: ${text}`));
      }
    }),
    { numRuns: 500 },
  );
});
