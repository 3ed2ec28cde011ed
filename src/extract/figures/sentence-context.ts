import { isSpaceCode } from '../../normalize/index.js';
import { matchTermPattern } from '../../numbers/index.js';
import { figureLexicons, type CueKind } from './figure-lexicons.js';

/**
 * Positions in a folded sentence: clause bounds, word windows and cue
 * look-ups. All offsets are indices into the folded sentence text.
 */

/** Clause separators: Arabic and Latin comma, semicolons, colon. */
const CLAUSE_BREAK = /[،,;؛:]/gu;

/** The clause around `at`: from after the previous separator to the next. */
export function clauseAround(text: string, at: number, end = at): { start: number; end: number } {
  let start = 0;
  let stop = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else if (m.index >= end) {
      stop = m.index;
      break;
    }
  }
  return { start, end: stop };
}

/** Start of the `words`-th word before `at` (bounded by `floor`). */
export function wordsBefore(text: string, at: number, words: number, floor = 0): number {
  let i = at;
  for (let n = 0; n < words && i > floor; n++) {
    while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
    while (i > floor && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return Math.max(i, floor);
}

/** End of the `words`-th word after `at` (bounded by `ceiling`). */
export function wordsAfter(text: string, at: number, words: number, ceiling = text.length): number {
  let i = at;
  for (let n = 0; n < words && i < ceiling; n++) {
    while (i < ceiling && isSpaceCode(text.charCodeAt(i))) i++;
    while (i < ceiling && !isSpaceCode(text.charCodeAt(i))) i++;
  }
  return Math.min(i, ceiling);
}

/** Every match of a cue's before-pattern inside `[from, to)`, with its lexicon term (proclitics removed). */
export function cuesIn(text: string, cue: CueKind, from: number, to: number): { start: number; end: number; term: string }[] {
  const pattern = figureLexicons().cues.get(cue)?.before;
  if (!pattern || to <= from) return [];
  const out: { start: number; end: number; term: string }[] = [];
  for (const m of matchTermPattern(pattern, text, from, to)) if (m.end <= to) out.push({ start: m.start, end: m.end, term: m.term });
  return out;
}

/** The cue's after-pattern right at `at` ("قتل" in "احد عناصرها قتل"): its end, or -1. */
export function cueAfter(text: string, cue: CueKind, at: number): number {
  const re = figureLexicons().cues.get(cue)?.after;
  if (!re) return -1;
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}
