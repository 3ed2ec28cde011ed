/**
 * Fast character classes for scanners over folded text, the same sets as the
 * regex pieces of `boundaries.ts`: a word character is `[\p{L}\p{N}]`, a
 * space is what `\s` matches. Tables over the Basic Multilingual Plane are
 * built once; a character outside it is decided by its code point.
 */

const WORD_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;

/** 1 for a letter or digit, 2 for white space, 0 otherwise; one entry per BMP code unit. */
const CLASS = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates: decided by code point
    const ch = String.fromCharCode(code);
    if (WORD_RE.test(ch)) table[code] = 1;
    else if (SPACE_RE.test(ch)) table[code] = 2;
  }
  return table;
}

/**
 * True when the code point at `at` in `text` is a letter or digit (what
 * `WORD_CHAR` matches), reading a surrogate pair as one code point.
 *
 * @example
 *   isWordCharAt('قاعدة', 0) // true
 *   isWordCharAt('، ', 0) // false
 */
export function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== code) return false; // NaN: out of range
  if (code < 0xd800 || code > 0xdfff) return CLASS[code] === 1;
  return WORD_RE.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * True when the code point that ends just before `at` is a letter or digit
 * (the look-behind of `WORD_START`, which reads a whole surrogate pair).
 *
 * @example
 *   isWordCharBefore('والهجوم', 0) // false
 *   isWordCharBefore('والهجوم', 1) // true
 */
export function isWordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 0xdc00 || code > 0xdfff) return code < 0xd800 || code > 0xdfff ? CLASS[code] === 1 : false;
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  if (high < 0xd800 || high > 0xdbff) return false;
  return WORD_RE.test(text.slice(at - 2, at));
}

/**
 * Offsets where a word starts in `text`: a letter or digit (a whole
 * surrogate pair read as one code point) with none just before it — where
 * `WORD_START` holds and a word character follows.
 *
 * @example
 *   wordStarts('في 17 أكتوبر،و') // [0, 3, 6, 13]
 */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let word: boolean;
    if (code < 0xd800 || code > 0xdfff) word = CLASS[code] === 1;
    else {
      // a pair is decided once, at its high half; its low half continues it
      if (code >= 0xdc00 && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
      word = isWordCharAt(text, at);
    }
    if (word && !inWord) starts.push(at);
    inWord = word;
  }
  return starts;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * True when the code unit `code` is white space (what `\s` matches).
 *
 * @example
 *   isSpaceCode(' '.charCodeAt(0)) // true
 */
export function isSpaceCode(code: number): boolean {
  return CLASS[code] === 2;
}
