import { escapeRegExp, isSpaceCode, isWordCharAt, WORD_END, WORD_START } from '../normalize/index.js';
import { createWordTable } from './word-table.js';

/**
 * Term patterns tried only where they can match.
 *
 * The number and figure rules find lexicon terms with patterns of one shape:
 * `WORD_START`, optional proclitics, an alternation of terms, then whatever
 * the rule needs (`WORD_END`, more words). Run over a whole sentence such a
 * pattern tries its alternation at every character. Here each sentence's
 * words are listed once and looked up in one table that holds, for every
 * registered pattern, the first word of each of its terms under every
 * proclitic form; a pattern is then tried only at the words that may start
 * one of its terms. The matches are the pattern's own, match for match: a
 * match of such a pattern starts a word, and that word is a proclitic form
 * followed by the first word of the term it matched.
 *
 * Two kinds: `termPattern` runs the rule's own regex (sticky) at those
 * words; `termMatcher` (terms as whole words after proclitics, the commonest
 * shape) looks the term up instead, as its pattern (`termMatcherPattern`)
 * would find it.
 */

/** A registered pattern: where its matches start, and the match at one of those words. */
export interface TermPattern<M> {
  readonly id: number;
  /** The match starting at `at`, the start of a word ending at `wordEnd`; null when none starts there. */
  readonly matchAt: (text: string, at: number, wordEnd: number) => M | null;
  /** Where a match ends. */
  readonly endOf: (match: M) => number;
}

/** A term matched by a `termMatcher`: `[start, end)` covers the proclitics, `termStart` is where the lexicon term begins. */
export interface TermMatch {
  start: number;
  termStart: number;
  end: number;
  /** The proclitics as written ("وبال"). */
  clitic: string;
  /** The lexicon term (spaces as in the lexicon, whatever white space the text has). */
  term: string;
}

/**
 * Every string the proclitics of a term pattern may take: و/ف, then ب/ك + ال,
 * ال, لل, or a bare ب/ك/ل (`PROCLITICS`). A pattern's proclitic part must
 * match nothing else (`CONJUNCTIONS` and narrower sets are subsets).
 */
const CLITIC_FORMS: readonly string[] = ['و', 'ف', ''].flatMap((c) => ['بال', 'كال', 'ال', 'لل', 'ب', 'ك', 'ل', ''].map((p) => c + p));

/** The first word of a term (letters and digits, as `WORD_CHAR`). */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * The patterns a word may start: their ids, and the same as bits (bit `id`
 * for the first `MASK_IDS` ids, the patterns the lexicons register; tests
 * register more), so that a pattern tells its own words by one AND.
 */
interface Starts {
  ids: number[];
  mask: number;
}

/** Ids below this have a bit in `Starts.mask`. */
const MASK_IDS = 31;

/** Word (proclitic form + a term's first word) → the patterns it may start (looked up in place). */
const starters = createWordTable<Starts>();
let registered = 0;

function register(terms: Iterable<string>): number {
  const id = registered++;
  const firsts = new Set<string>();
  for (const term of terms) firsts.add(firstWord(term));
  for (const first of firsts) {
    for (const clitic of CLITIC_FORMS) {
      const starts = starters.getOrAdd(clitic + first, () => ({ ids: [], mask: 0 }));
      if (starts.ids[starts.ids.length - 1] !== id) starts.ids.push(id);
      if (id < MASK_IDS) starts.mask |= 1 << id;
    }
  }
  return id;
}

function firstWord(term: string): string {
  const first = FIRST_WORD.exec(term);
  if (!first) throw new Error(`term pattern: the term "${term}" does not begin with a letter or digit`);
  return first[0];
}

/**
 * Registers a rule's pattern: `re` (global) must start with `WORD_START`,
 * then proclitics among `CLITIC_FORMS`, then one of `terms`, each beginning
 * with a letter or digit. Call once per pattern (when the lexicons are
 * compiled).
 *
 * @example
 *   const cue = termPattern(/(?<![\p{L}\p{N}])(?:[وف]?(?:ال)?)(هجوم|هجمات)(?![\p{L}\p{N}])/gu, ['هجوم', 'هجمات']);
 *   matchTermPattern(cue, 'بعد الهجوم علي القاعده')[0].index // 4
 */
export function termPattern(re: RegExp, terms: Iterable<string>): TermPattern<RegExpExecArray> {
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  return {
    id: register(terms),
    matchAt: (text, at) => {
      sticky.lastIndex = at;
      return sticky.exec(text);
    },
    endOf: (m) => m.index + m[0].length,
  };
}

/** A term a matcher can look up: single spaces between words, none at either end, no other white space. */
const PLAIN_TERM = /^[^\s]+(?: [^\s]+)*$/u;

/**
 * A matcher of `terms` as whole words after optional proclitics: و/ف, then
 * one of `clitics` (in the order given), as the global pattern
 * `termMatcherPattern(terms, clitics)` finds them, match for match. At a word
 * the proclitics are tried in the pattern's order and, after each, the terms
 * whose first word is the rest of the word, longest first; a space in a term
 * stands for any run of white space.
 *
 * @example
 *   const places = termMatcher(['العراق', 'عين الاسد'], ['بال', 'لل', 'ال', 'ب', 'ل']);
 *   matchTermPattern(places, 'وبعين  الاسد')[0] // {start: 0, termStart: 2, end: 12, clitic: 'وب', term: 'عين الاسد'}
 */
export function termMatcher(terms: Iterable<string>, clitics: readonly string[]): TermPattern<TermMatch> {
  const byFirstWord = new Map<string, string[]>();
  for (const term of sortedTerms(terms)) {
    if (!PLAIN_TERM.test(term)) throw new Error(`term matcher: the term "${term}" has white space other than single spaces between words`);
    const first = firstWord(term);
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), term]);
  }
  // the same lists, looked up where the word stands in the text (no substring per try)
  const termsOf = createWordTable<string[]>();
  for (const [first, list] of byFirstWord) termsOf.getOrAdd(first, () => list);
  for (const clitic of clitics) if (!CLITIC_FORMS.includes(clitic)) throw new Error(`term matcher: "${clitic}" is no proclitic form`);
  // the pattern's order: with the conjunction first (a greedy [وف]?), then without; '' last in each
  const bare = [...clitics, ''];
  const formsAfter = new Map(['و', 'ف'].map((c) => [c.charCodeAt(0), [...bare.map((p) => c + p), ...bare]]));
  return {
    id: register(byFirstWord.keys()),
    matchAt: (text, at, wordEnd) => {
      for (const clitic of formsAfter.get(text.charCodeAt(at)) ?? bare) {
        const termStart = at + clitic.length;
        if (termStart >= wordEnd || !text.startsWith(clitic, at)) continue;
        for (const term of termsOf.get(text, termStart, wordEnd) ?? NO_TERMS) {
          const end = termEnd(text, termStart, term, wordEnd - termStart);
          if (end >= 0) return { start: at, termStart, end, clitic, term };
        }
      }
      return null;
    },
    endOf: (m) => m.end,
  };
}

const NO_TERMS: readonly string[] = [];

/** The alternation order of a pattern's terms: longest first, then in code-unit order. */
function sortedTerms(terms: Iterable<string>): string[] {
  return [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * The end of `term` written at `at` (its first `matched` characters known to
 * match), a space standing for any run of white space, and no letter or
 * digit right after it; -1 when it is not there.
 */
function termEnd(text: string, at: number, term: string, matched: number): number {
  let i = at + matched;
  for (let k = matched; k < term.length; k++) {
    if (term.charCodeAt(k) === SPACE) {
      if (!isSpaceCode(text.charCodeAt(i))) return -1;
      while (isSpaceCode(text.charCodeAt(i))) i++;
    } else if (text.charCodeAt(i) === term.charCodeAt(k)) i++;
    else return -1;
  }
  return isWordCharAt(text, i) ? -1 : i;
}

const SPACE = 0x20;

/**
 * The global pattern a `termMatcher` stands for (group 1 the proclitics,
 * group 2 the term): the reference its tests compare it with.
 *
 * @example
 *   termMatcherPattern(['العراق'], ['ب', 'ل']).source // '(?<![\\p{L}\\p{N}])([وف]?(?:ب|ل)?)(العراق)(?![\\p{L}\\p{N}])'
 */
export function termMatcherPattern(terms: Iterable<string>, clitics: readonly string[]): RegExp {
  const alternatives = sortedTerms(terms).map((t) => escapeRegExp(t).replace(/ /g, '\\s+'));
  return new RegExp(`${WORD_START}([وف]?(?:${clitics.map(escapeRegExp).join('|')})?)(${alternatives.join('|')})${WORD_END}`, 'gu');
}

/** The words of one text that may start a match. */
interface TextScan {
  /** How many patterns were registered when the text was read. */
  registered: number;
  /** The words that may start a match of some pattern, in order, as flat `[start, end, …]` pairs. */
  words: number[];
  /** For each of those words, the ids of the patterns it may start (the table's own lists, not copied). */
  ids: (readonly number[])[];
  /** For each of those words, the same as bits (`Starts.mask`). */
  masks: number[];
}

/** The scans of the texts read last (the rules ask about the same sentence many times). */
const scans = new Map<string, TextScan>();
const KEPT_SCANS = 64;

function scanOf(text: string): TextScan {
  // the rules ask about one sentence many times in a row
  if (last && last.text === text && last.scan.registered === registered) return last.scan;
  const known = scans.get(text);
  if (known && known.registered === registered) {
    last = { text, scan: known };
    return known;
  }
  // one list for all patterns (a list per pattern cost more to make than the lookups it saved)
  const scan: TextScan = { registered, words: [], ids: [], masks: [] };
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCharAt(text, i)) i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1;
    const starts = starters.get(text, start, i);
    if (starts) {
      scan.words.push(start, i);
      scan.ids.push(starts.ids);
      scan.masks.push(starts.mask);
    }
  }
  if (!known && scans.size >= KEPT_SCANS) scans.delete(scans.keys().next().value!);
  scans.set(text, scan);
  last = { text, scan };
  return scan;
}

let last: { text: string; scan: TextScan } | null = null;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The matches of a registered pattern in `text` that a global `exec` loop
 * starting at `from` finds before `to` (each match starts before `to`; the
 * last may end after it).
 *
 * @example
 *   matchTermPattern(cue, 'هجوم ثم هجمات', 1).map((m) => m.index) // [8]
 */
export function matchTermPattern<M>(pattern: TermPattern<M>, text: string, from = 0, to = text.length): M[] {
  const { words, ids, masks } = scanOf(text);
  const out: M[] = [];
  // most words a sentence lists start other patterns: one AND tells (ids past the bits: the list)
  const bit = pattern.id < MASK_IDS ? 1 << pattern.id : 0;
  let reach = from;
  for (let k = firstPairAtOrAfter(words, from); k < words.length; k += 2) {
    const at = words[k]!;
    if (at >= to) break;
    if (at < reach || (bit !== 0 ? (masks[k >> 1]! & bit) === 0 : !ids[k >> 1]!.includes(pattern.id))) continue;
    const m = pattern.matchAt(text, at, words[k + 1]!);
    if (m) {
      out.push(m);
      reach = pattern.endOf(m);
    }
  }
  return out;
}

/** Index of the first pair of `[start, end, …]` (ascending starts) whose start is ≥ `at`. */
function firstPairAtOrAfter(pairs: readonly number[], at: number): number {
  let lo = 0;
  let hi = pairs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[2 * mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}
