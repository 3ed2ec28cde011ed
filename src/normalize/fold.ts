/**
 * Arabic folding for matching, with a map back to the original text.
 *
 * Matching runs on a folded copy; records always quote the original body.
 * Each folded character remembers the original range it came from, so a
 * match `[a, b)` in the folded text is `[starts[a], ends[b - 1])` in the
 * original. Characters that folding drops (harakat, tatweel, zero-width and
 * bidi controls) are absorbed into the range of the character before them, so
 * a quote never cuts a word's diacritics off ("هجوماً" stays whole).
 *
 * The steps, in order (each a table entry below, not an if-chain):
 *  1. harakat, Quranic marks, dagger alef and tatweel are dropped;
 *  2. zero-width, soft hyphen, BOM and bidi embedding/override/isolate
 *     controls are dropped (they must not break a word);
 *  3. hamza forms of alef (أ إ آ ٱ) → ا; alef maqsura ى → ي; ta marbuta ة → ه;
 *     Persian/Urdu ی ک ۀ → ي ك ه;
 *  4. Arabic-Indic ٠–٩ and Persian ۰–۹ digits → 0–9; the Arabic thousands
 *     separator ٬ → `,` and decimal separator ٫ → `.`;
 *  5. curly, angled and low quotes → `"` (double) and `'` (single);
 *  6. no-break, thin and other Unicode spaces → a plain space;
 *  7. ASCII letters are lower-cased ("AC-130" → "ac-130").
 * Every step maps one character to at most one character.
 */

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** Original offset (inclusive) of each folded character. */
  starts: Int32Array;
  /** Original offset (exclusive) of each folded character, dropped marks included. */
  ends: Int32Array;
}

/** Characters dropped by steps 1 and 2. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]/u;

/** One-to-one replacements of steps 3 to 6. */
const REPLACE: Readonly<Record<string, string>> = {
  // 3. letters
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06CC': '\u064A', // Persian ی → ي
  '\u06A9': '\u0643', // Persian ک → ك
  '\u06C0': '\u0647', // ۀ → ه
  // 4. digits and separators
  '\u0660': '0', '\u0661': '1', '\u0662': '2', '\u0663': '3', '\u0664': '4',
  '\u0665': '5', '\u0666': '6', '\u0667': '7', '\u0668': '8', '\u0669': '9',
  '\u06F0': '0', '\u06F1': '1', '\u06F2': '2', '\u06F3': '3', '\u06F4': '4',
  '\u06F5': '5', '\u06F6': '6', '\u06F7': '7', '\u06F8': '8', '\u06F9': '9',
  '\u066C': ',', // Arabic thousands separator
  '\u066B': '.', // Arabic decimal separator
  // 5. quotes
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2039': "'", '\u203A': "'",
  // 6. spaces
  '\u00A0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ',
  '\u2005': ' ', '\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ',
  '\u202F': ' ', '\u205F': ' ', '\u3000': ' ', '\t': ' ',
};

/**
 * Folds `text` for matching.
 *
 * @param base added to every offset, so a sentence folded alone maps straight
 *   to body offsets.
 * @example
 *   const f = foldText('أكثر من ٦٠ هجوماً');
 *   f.text // 'اكثر من 60 هجوما'
 */
export function foldText(text: string, base = 0): FoldedText {
  const n = text.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const folded = FOLD[text.charCodeAt(i)]!;
    if (folded < 0) {
      if (k > 0) ends[k - 1] = base + i + 1;
      continue;
    }
    codes[k] = folded;
    starts[k] = base + i;
    ends[k] = base + i + 1;
    k++;
  }
  // nothing dropped (the usual case): the offset arrays are already whole
  return k === n ? { text: fromCodes(codes, k), starts, ends } : { text: fromCodes(codes, k), starts: starts.slice(0, k), ends: ends.slice(0, k) };
}

/**
 * Folds several ranges of one text at once (the sentences of a body): for
 * each range the same as `foldText(text.slice(start, end), start)`, with the
 * offset arrays of all the ranges views into one buffer (two allocations
 * per text instead of three per range: small typed arrays are costly to
 * make and to collect).
 *
 * @example
 *   const [a, b] = foldRanges('قُتل جنديٌّ. وأُصيب آخر', [{start: 0, end: 12}, {start: 13, end: 24}]);
 *   b.text // 'واصيب اخر'
 *   b.starts[0] // 13
 */
export function foldRanges(text: string, ranges: readonly { start: number; end: number }[]): FoldedText[] {
  let total = 0;
  let longest = 0;
  for (const { start, end } of ranges) {
    total += end - start;
    longest = Math.max(longest, end - start);
  }
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  if (scratchCodes.length < longest) scratchCodes = new Uint16Array(2 * longest);
  const codes = scratchCodes;
  let at = 0;
  return ranges.map(({ start, end }) => {
    let k = at;
    for (let i = start; i < end; i++) {
      const folded = FOLD[text.charCodeAt(i)]!;
      if (folded < 0) {
        if (k > at) ends[k - 1] = i + 1;
        continue;
      }
      codes[k - at] = folded;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
    }
    const range = { text: fromCodes(codes, k - at), starts: starts.subarray(at, k), ends: ends.subarray(at, k) };
    at = k;
    return range;
  });
}

/** The folded code units of the range being folded (reused from range to range). */
let scratchCodes = new Uint16Array(1024);

/** The steps above as one table: the folded code unit of each code unit, or -1 when it is dropped. */
const FOLD = buildFoldTable();

function buildFoldTable(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    if (DROPPED.test(ch)) {
      table[code] = -1;
      continue;
    }
    const folded = (REPLACE[ch] ?? ch).charCodeAt(0);
    table[code] = folded >= 0x41 && folded <= 0x5a ? folded + 32 : folded;
  }
  return table;
}

/** The string of the first `length` code units (in chunks: `fromCharCode` takes its arguments on the stack). */
function fromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  for (let at = 0; at < length; at += 8192) {
    // apply takes the typed array as it is; a spread would iterate it first
    out += String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  }
  return out;
}

/**
 * Folds a single term (a lexicon entry, a query): the folded text only.
 *
 * @example
 *   foldTerm('الأسد') // 'الاسد'
 */
export function foldTerm(term: string): string {
  return foldText(term).text;
}

/**
 * Maps a folded range `[start, end)` back to original offsets.
 *
 * @example
 *   const f = foldText('قُتل');
 *   toOriginalRange(f, 0, 3) // {start: 0, end: 4}
 */
export function toOriginalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start || folded.text.length === 0) {
    const at = start < folded.starts.length ? folded.starts[start]! : folded.ends[folded.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}
