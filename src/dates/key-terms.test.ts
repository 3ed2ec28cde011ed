import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldTerm, wordStarts } from '../normalize/index.js';
import { readArticles } from '../read/index.js';
import { dateLexicon } from './date-lexicon.js';
import { keyTermFinder, type TermKey } from './key-terms.js';
import { DATE_RULES, keySource } from './rules.js';
import { keyHits, scanRule } from './scan-rule.js';

const ROOT = join(import.meta.dirname, '..', '..');
const lexicon = dateLexicon();
/** The rules whose key is made of terms, each with its key found both ways. */
const rules = DATE_RULES.flatMap((rule) => {
  const key = rule.key(lexicon);
  if (!('terms' in key)) return [];
  return [{ id: rule.id, key, regex: new RegExp(keySource(key), 'gu'), find: keyTermFinder([key]), sticky: new RegExp(rule.pattern(lexicon), 'yu'), global: new RegExp(rule.pattern(lexicon), 'gu'), reach: rule.reach(lexicon) }];
});

/** Every hit of the key's regex is one of the finder's, and the rule tried near the finder's hits finds what the global scan finds. */
function assertCovers(text: string): void {
  for (const rule of rules) {
    const found = rule.find(text)[0]!;
    const pairs = new Set<string>();
    for (let k = 0; k < found.length; k += 2) pairs.add(`${found[k]}:${found[k + 1]}`);
    const regex = keyHits(rule.regex, text);
    for (let k = 0; k < regex.length; k += 2) assert.ok(pairs.has(`${regex[k]}:${regex[k + 1]}`), `${rule.id}: regex hit ${regex[k]}:${regex[k + 1]} not found in ${text}`);
    for (let k = 2; k < found.length; k += 2) assert.ok(found[k]! >= found[k - 2]!, `${rule.id}: hits out of order`);
    const keyed: string[] = [];
    scanRule(rule.sticky, text, wordStarts(text), found, rule.reach, (m) => (keyed.push(`${m.index}:${m[0].length}`), true));
    const global: string[] = [];
    for (const m of text.matchAll(rule.global)) if (m[0].length > 0) global.push(`${m.index}:${m[0].length}`);
    assert.deepEqual(keyed, global, `${rule.id}: ${text}`);
  }
}

test('key terms: a term anywhere, a space for any run of white space, a word end when asked', () => {
  const find = keyTermFinder([{ terms: ['اكتوبر', 'تشرين الاول'], wordEnd: true }, { terms: ['شهر'], wordEnd: false }]);
  assert.deepEqual(find('منذ 7 تشرين  الاول'), [[6, 18], []]);
  assert.deepEqual(find('باكتوبر واكتوبرات الشهرين'), [[1, 7], [20, 23]]);
  assert.deepEqual(find('لا شيء'), [[], []]);
});

test('key terms find every hit of the keys as regexes: every sentence of the seeds and held-out articles', () => {
  let sentences = 0;
  for (const dir of ['content/articles', 'test/fixtures/heldout', 'test/fixtures/heldout-2', 'test/fixtures/heldout-3']) {
    for (const doc of readArticles(join(ROOT, dir)).docs) {
      for (const sentence of doc.sentences) {
        assertCovers(sentence.folded.text);
        sentences++;
      }
    }
  }
  assert.ok(sentences > 100);
});

test('property: key terms find every hit of the keys as regexes on random runs of the keys\' own words', () => {
  const words = [...new Set(rules.flatMap((r) => (r.key as TermKey).terms.flatMap((t) => t.split(' '))))];
  const pieces = [...words, ...words.map((w) => `و${w}`), ...words.map((w) => `${w}ين`), '17', 'من', 'في', '،', '(', 'منذ', 'خلال'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.constantFrom(' ', '  ', '\n', '', '\u00a0'), (run, space) => assertCovers(foldTerm(run.join(space)))),
    { numRuns: 1000 },
  );
});
