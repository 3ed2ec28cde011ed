import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldRanges, foldText, foldTerm, toOriginalRange, wordsPattern } from './index.js';

test('folds hamza forms, alef maqsura, ta marbuta, Persian letters', () => {
  assert.equal(foldTerm('أإآٱ'), 'اااا');
  assert.equal(foldTerm('مستشفى'), 'مستشفي');
  assert.equal(foldTerm('قاعدة'), 'قاعده');
  assert.equal(foldTerm('یک'), 'يك');
});

test('drops harakat, tatweel, zero-width and bidi controls', () => {
  assert.equal(foldTerm('قُتِلَ'), 'قتل');
  assert.equal(foldTerm('هجـــوم'), 'هجوم');
  assert.equal(foldTerm('عين\u200C الأسد'), 'عين الاسد');
  assert.equal(foldTerm('\u202Bالحشد\u202C'), 'الحشد');
});

test('folds Arabic-Indic and Persian digits and separators', () => {
  assert.equal(foldTerm('٢٬٥٠٠'), '2,500');
  assert.equal(foldTerm('۹۰۰'), '900');
  assert.equal(foldTerm('٢٫٥'), '2.5');
});

test('folds quotes and spaces, lower-cases ASCII', () => {
  assert.equal(foldTerm('“AC-130”\u00A0«x»'), '"ac-130" "x"');
});

test('maps folded ranges back to the original, keeping trailing marks', () => {
  const text = 'أكثر من 60 هجوماً على';
  const f = foldText(text, 100);
  const at = f.text.indexOf('هجوما');
  const range = toOriginalRange(f, at, at + 'هجوما'.length);
  assert.equal(text.slice(range.start - 100, range.end - 100), 'هجوماً');
});

test('word pattern honours proclitics and Arabic word boundaries', () => {
  const re = new RegExp(wordsPattern(['هجوم']), 'u');
  assert.ok(re.test('والهجوم'));
  assert.ok(re.test('للهجوم'));
  assert.ok(re.test('بهجوم'));
  assert.ok(!re.test('هجومها'));
  assert.ok(!re.test('الهجومية'));
});

test('property: every folded character maps inside the original, in order', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'أإاىيةهـًٌٍَُِّْ٠١٢ ab\u200B“”.'.split('')), maxLength: 60 }), (text) => {
      const f = foldText(text);
      assert.equal(f.starts.length, f.text.length);
      for (let i = 0; i < f.text.length; i++) {
        assert.ok(f.starts[i]! < f.ends[i]!);
        assert.ok(f.ends[i]! <= text.length);
        if (i > 0) assert.ok(f.starts[i]! >= f.ends[i - 1]!);
      }
    }),
  );
});

test('escaped terms with hyphens and dots compile under the u flag', () => {
  const re = new RegExp(wordsPattern(['ac-130', 'ايه.سي']), 'u');
  assert.ok(re.test('طائرة ac-130 هنا'));
  assert.ok(re.test('ايه.سي'));
  assert.ok(!re.test('ايهxسي'));
});

/** The folding steps one character at a time, as first written: the oracle of the table-driven `foldText`. */
function referenceFold(text: string, base = 0): { text: string; starts: number[]; ends: number[] } {
  const dropped = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]/u;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (dropped.test(ch)) {
      if (ends.length > 0) ends[ends.length - 1] = base + i + 1;
      continue;
    }
    const one = foldTerm(ch);
    out.push(one);
    starts.push(base + i);
    ends.push(base + i + 1);
  }
  return { text: out.join(''), starts, ends };
}

test('property: folding a text is folding each character, with offsets kept (incl. dropped marks and surrogates)', () => {
  const chars = [...'أإآٱاىيةهیکۀ٠١٩۰۹٬٫“”«»‘’ \u00a0\u2009\t\nABCzقتلهجوماًُ\u0640\u200f\u200b\u061c\ufeff-.،؟😀'];
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, fc.nat(1000), (t, base) => {
      const f = foldText(t, base);
      const r = referenceFold(t, base);
      assert.equal(f.text, r.text);
      assert.deepEqual([...f.starts], r.starts);
      assert.deepEqual([...f.ends], r.ends);
    }),
    { numRuns: 2000 },
  );
});

test('property: folding several ranges of a text at once is folding each range alone', () => {
  const chars = [...'أإآاىةه٠١“» \u00a0\t\nABقتلهجوماًُ\u0640\u200f\ufeff-.،😀'];
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map((a) => a.join(''));
  const cuts = fc.array(fc.nat(60), { maxLength: 8 });
  fc.assert(
    fc.property(text, cuts, (t, raw) => {
      // disjoint ranges, in order, some empty, with gaps between them
      const points = [...new Set(raw.map((c) => Math.min(c, t.length)))].sort((a, b) => a - b);
      const ranges: { start: number; end: number }[] = [];
      for (let i = 0; i + 1 < points.length; i += 2) ranges.push({ start: points[i]!, end: points[i + 1]! });
      const together = foldRanges(t, ranges);
      assert.equal(together.length, ranges.length);
      ranges.forEach(({ start, end }, i) => {
        const alone = foldText(t.slice(start, end), start);
        assert.equal(together[i]!.text, alone.text);
        assert.deepEqual([...together[i]!.starts], [...alone.starts]);
        assert.deepEqual([...together[i]!.ends], [...alone.ends]);
      });
    }),
    { numRuns: 2000 },
  );
});

test('property: folding the body range of a folded range gives that range of the folded text', () => {
  const chars = [...'أإآاىةه٠١“» \u00a0\tقتلهجوماًُ\u0640\u200f\ufeff-.،😀'];
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, fc.nat(40), fc.nat(40), fc.nat(100), (t, a, b, base) => {
      const f = foldText(t, base);
      const start = Math.min(a, b, f.text.length);
      const end = Math.min(Math.max(a, b), f.text.length);
      const range = toOriginalRange(f, start, end);
      assert.equal(foldTerm(t.slice(range.start - base, range.end - base)), f.text.slice(start, end));
    }),
    { numRuns: 2000 },
  );
});
