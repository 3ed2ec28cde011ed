import { isWordCharAt } from '../normalize/index.js';

/**
 * Term patterns run only where they can match.
 *
 * The number and figure rules find lexicon terms with patterns of one shape:
 * `WORD_START`, optional proclitics, an alternation of terms, then whatever
 * the rule needs (`WORD_END`, more words). Run over a whole sentence such a
 * pattern tries its alternation at every character. Here each sentence's
 * words are listed once and looked up in one table that holds, for every
 * registered pattern, the first word of each of its terms under every
 * proclitic form; a pattern then runs (sticky) only at the words that may
 * start one of its terms. The matches are the pattern's own, match for match:
 * a match of such a pattern starts a word, and that word is a proclitic form
 * followed by the first word of the term it matched.
 */

/** A registered pattern: the rule's own regex and its sticky twin. */
export interface TermPattern {
  readonly id: number;
  readonly source: RegExp;
  readonly sticky: RegExp;
}

/**
 * Every string the proclitics of a term pattern may take: و/ف, then ب/ك + ال,
 * ال, لل, or a bare ب/ك/ل (`PROCLITICS`). A pattern's proclitic part must
 * match nothing else (`CONJUNCTIONS` and narrower sets are subsets).
 */
const CLITIC_FORMS: readonly string[] = ['', 'و', 'ف'].flatMap((c) => ['', 'بال', 'كال', 'ال', 'لل', 'ب', 'ك', 'ل'].map((p) => c + p));

/** The first word of a term (letters and digits, as `WORD_CHAR`). */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Word (proclitic form + a term's first word) → the ids of the patterns it may start. */
const starters = new Map<string, number[]>();
const patterns: TermPattern[] = [];

/**
 * Registers a term pattern: `re` (global) must start with `WORD_START`, then
 * proclitics among `CLITIC_FORMS`, then one of `terms`, each beginning with
 * a letter or digit. Call once per pattern (when the lexicons are compiled).
 *
 * @example
 *   const cue = termPattern(/(?<![\p{L}\p{N}])(?:[وف]?(?:ال)?)(هجوم|هجمات)(?![\p{L}\p{N}])/gu, ['هجوم', 'هجمات']);
 *   matchTermPattern(cue, 'بعد الهجوم علي القاعده')[0].index // 4
 */
export function termPattern(re: RegExp, terms: Iterable<string>): TermPattern {
  const pattern: TermPattern = { id: patterns.length, source: re, sticky: new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`) };
  const firsts = new Set<string>();
  for (const term of terms) {
    const first = FIRST_WORD.exec(term);
    if (!first) throw new Error(`term pattern: the term "${term}" does not begin with a letter or digit`);
    firsts.add(first[0]);
  }
  for (const first of firsts) {
    for (const clitic of CLITIC_FORMS) {
      const key = clitic + first;
      const ids = starters.get(key);
      if (!ids) starters.set(key, [pattern.id]);
      else if (ids[ids.length - 1] !== pattern.id) ids.push(pattern.id);
    }
  }
  patterns.push(pattern);
  return pattern;
}

/** The words of one text that may start a match, and the matches tried so far. */
interface TextScan {
  /** How many patterns were registered when the text was read. */
  registered: number;
  /** Starts of the words that may start a match of some pattern, in order. */
  starts: number[];
  /** For each of those words, the ids of the patterns it may start. */
  ids: (readonly number[])[];
  /** The sticky match of a pattern at one of those words (key: word index × patterns + pattern id). */
  tried: Map<number, RegExpExecArray | null>;
}

/** The scans of the texts read last (the rules ask about the same sentence many times). */
const scans = new Map<string, TextScan>();
const KEPT_SCANS = 64;

function scanOf(text: string): TextScan {
  const known = scans.get(text);
  if (known && known.registered === patterns.length) return known;
  const scan: TextScan = { registered: patterns.length, starts: [], ids: [], tried: new Map() };
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCharAt(text, i)) i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1;
    const ids = starters.get(text.slice(start, i));
    if (ids) {
      scan.starts.push(start);
      scan.ids.push(ids);
    }
  }
  if (!known && scans.size >= KEPT_SCANS) scans.delete(scans.keys().next().value!);
  scans.set(text, scan);
  return scan;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The matches of a registered pattern in `text` that a global `exec` loop
 * starting at `from` finds before `to` (each match starts before `to`; the
 * last may end after it). The match arrays are shared: read them, never
 * change them.
 *
 * @example
 *   matchTermPattern(cue, 'هجوم ثم هجمات', 1).map((m) => m.index) // [8]
 */
export function matchTermPattern(pattern: TermPattern, text: string, from = 0, to = text.length): RegExpExecArray[] {
  const scan = scanOf(text);
  const out: RegExpExecArray[] = [];
  let reach = from;
  for (let i = firstAtOrAfter(scan.starts, from); i < scan.starts.length; i++) {
    const at = scan.starts[i]!;
    if (at >= to) break;
    if (at < reach || !scan.ids[i]!.includes(pattern.id)) continue;
    const key = i * scan.registered + pattern.id;
    let m = scan.tried.get(key);
    if (m === undefined) {
      pattern.sticky.lastIndex = at;
      m = pattern.sticky.exec(text);
      scan.tried.set(key, m);
    }
    if (m) {
      out.push(m);
      reach = at + m[0].length;
    }
  }
  return out;
}

/** Index of the first value ≥ `at` in an ascending list. */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
