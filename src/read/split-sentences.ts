/**
 * Splits a block of text (a paragraph or heading) into sentences that keep
 * their offsets, so every later stage can quote `body.slice(start, end)`.
 *
 * A sentence ends at `.` `!` `?` `؟` `…` (Latin and Arabic punctuation) when
 * the next thing, after any closing quotes or brackets, is white space or the
 * end of the block. A dot between letters or digits ("إيه.سي-130", "2.5")
 * does not end a sentence.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

import { isSpaceCode } from '../normalize/index.js';

/** `.` `!` `?` `؟` `…`: what may end a sentence (1 in a table over the code units). */
const TERMINATORS = codeTable('.!?\u061F\u2026');
/** Closing quotes and brackets that stay with the sentence they follow. */
const CLOSERS = codeTable('"\'\u201D\u2019\u00BB)]\u201C');
/** White space (what `\s` matches), bound once: the scan asks for every character. */
const isSpace = isSpaceCode;
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * @example
 *   splitSentences('قال أوستن. وأضاف: “لن نتردد”.', 0, 30)
 *   // [{start: 0, end: 10}, {start: 11, end: 30}]
 */
export function splitSentences(text: string, start: number, end: number): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let from = start;
  let i = start;
  while (i < end) {
    if (TERMINATORS[text.charCodeAt(i)] === 1) {
      let j = i + 1;
      while (j < end && TERMINATORS[text.charCodeAt(j)] === 1) j++;
      while (j < end && CLOSERS[text.charCodeAt(j)] === 1) j++;
      if (j >= end || isSpace(text.charCodeAt(j))) {
        push(text, ranges, from, j);
        from = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  push(text, ranges, from, end);
  return ranges;
}

function push(text: string, ranges: SentenceRange[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s && CONTENT.test(text.slice(s, e))) ranges.push({ start: s, end: e });
}

function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
