import { isSpaceCode, isWordCharAt } from '../../normalize/index.js';

/** Punctuation that ends a clause. */
export const CLAUSE_BREAK = /[،,؛;:.!?؟()]/u;

const WORDS = /[\p{L}\p{N}]+/gu;

/** The code units of `CLAUSE_BREAK` (all in the Basic Multilingual Plane): 1 for a break. */
const BREAKS = new Uint8Array(0x10000);
for (const ch of '،,؛;:.!?؟()') BREAKS[ch.charCodeAt(0)] = 1;

/**
 * How many words (runs of letters and digits, what `[\p{L}\p{N}]+` matches)
 * `text.slice(from, to)` holds. The rules measure many gaps between cues in
 * one sentence, so the runs of the last text are counted once (`wordTable`)
 * and a gap is a difference of two counts.
 *
 * @example
 *   wordsBetween('شنت القوات ضربات', 3, 16) // 2
 */
export function wordsBetween(text: string, from: number, to: number): number {
  if (from < 0 || to < 0 || !wordTable(text)) return patternCount(text.slice(from, to));
  const last = Math.min(to, text.length);
  if (from >= last) return 0;
  // the runs that start inside the gap, and the one the gap starts in
  return runsBefore[last]! - runsBefore[from]! + continues[from]!;
}

/** The text `runsBefore` and `continues` describe, and whether they do (not for a text with surrogates). */
let tableText: string | null = null;
let tableExact = false;
/** `runsBefore[i]`: how many runs of letters and digits start before offset `i` (`i` up to the text's length). */
let runsBefore = new Int32Array(256);
/** `continues[i]`: 1 when offsets `i - 1` and `i` are both letters or digits (`i` is inside a run, not its start). */
let continues = new Uint8Array(256);

/** Counts the runs of `text` unless they are counted already; false when the text has surrogates (left to the pattern). */
function wordTable(text: string): boolean {
  if (text === tableText) return tableExact;
  tableText = text;
  tableExact = false;
  const n = text.length;
  if (runsBefore.length <= n) {
    runsBefore = new Int32Array(2 * n + 1);
    continues = new Uint8Array(2 * n + 1);
  }
  let runs = 0;
  let previous = false;
  for (let i = 0; i < n; i++) {
    if (isSurrogate(text.charCodeAt(i))) return false;
    const word = isWordCharAt(text, i);
    runsBefore[i] = runs;
    continues[i] = word && previous ? 1 : 0;
    if (word && !previous) runs++;
    previous = word;
  }
  runsBefore[n] = runs;
  continues[n] = 0;
  tableExact = true;
  return true;
}

/**
 * How many words `text` holds.
 *
 * @example
 *   wordCount('في 20 يناير') // 3
 */
export function wordCount(text: string): number {
  let count = 0;
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    if (isSurrogate(text.charCodeAt(i))) return patternCount(text);
    const word = isWordCharAt(text, i);
    if (word && !previous) count++;
    previous = word;
  }
  return count;
}

function patternCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/**
 * The last word (run of letters and digits) of `text.slice(from, to)`, or ''
 * (a word cut by `from` is cut there too).
 *
 * @example
 *   lastWordIn('لنحو 61 هجوما', 0, 8) // '61'
 */
export function lastWordIn(text: string, from: number, to: number): string {
  if (from < 0 || to < 0 || to > text.length) return patternLast(text.slice(from, to));
  // back over what follows the word, then over the word; a surrogate is left to the pattern
  let i = to - 1;
  let end = -1;
  for (; i >= from; i--) {
    if (isSurrogate(text.charCodeAt(i))) return patternLast(text.slice(from, to));
    const word = isWordCharAt(text, i);
    if (word && end < 0) end = i + 1;
    else if (!word && end >= 0) break;
  }
  return end < 0 ? '' : text.slice(i + 1, end);
}

function patternLast(text: string): string {
  const words = text.match(WORDS) ?? [];
  return words[words.length - 1] ?? '';
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * True when the code unit `code` is a clause break (`CLAUSE_BREAK`).
 *
 * @example
 *   isClauseBreak('،'.charCodeAt(0)) // true
 */
export function isClauseBreak(code: number): boolean {
  return BREAKS[code] === 1;
}

/**
 * True when `text.slice(from, to)` holds a clause break (`CLAUSE_BREAK`),
 * read in place.
 *
 * @example
 *   breakBetween('القائم، ردا على', 0, 10) // true
 */
export function breakBetween(text: string, from: number, to: number): boolean {
  if (from < 0 || to < 0) return CLAUSE_BREAK.test(text.slice(from, to));
  const last = Math.min(to, text.length);
  for (let i = from; i < last; i++) if (BREAKS[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * True when `text.slice(from, to)` is empty or white space only (what
 * `.trim() === ''` says), read in place.
 *
 * @example
 *   blankBetween('الهجوم  على', 6, 8) // true
 */
export function blankBetween(text: string, from: number, to: number): boolean {
  if (from < 0 || to < 0) return text.slice(from, to).trim() === '';
  const last = Math.min(to, text.length);
  for (let i = from; i < last; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
