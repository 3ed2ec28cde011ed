import type { Qualifier } from '../model/types.js';
import { escapeRegExp, WORD_END, WORD_START } from '../normalize/index.js';
import { boundsOf, type Bounds } from './bounds.js';
import { numberWordTable, qualifierTable, type NumberWord, type QualifierWord } from './number-lexicon.js';
import { evaluateNumberWords, parseDigits } from './parse-numeral.js';
import { matchTermPattern, termPattern, type TermPattern } from './term-pattern.js';

/**
 * A count written in a folded text: a numeral in digits or words, or a vague
 * quantity ("عشرات"), with the qualifier standing before it. Offsets are
 * indices into the folded text (map them with `toOriginalRange`).
 */
export interface Quantity {
  /** Start of the whole phrase, qualifier and proclitics included. */
  start: number;
  /** End of the numeral. */
  end: number;
  /** The numeral itself, without proclitics. */
  numberStart: number;
  /** Proclitics written on the first word of the phrase ("و" in "و2500"). */
  clitic: string;
  form: 'digits' | 'words' | 'vague';
  bounds: Bounds;
  /** The qualifier phrase's lexicon id when one stands before the numeral. */
  qualifierId: string | null;
  /** Rule id: `numbers:digits`, `numbers:words`, `numbers:vague`. */
  rule: string;
}

interface Compiled {
  words: Map<string, NumberWord>;
  qualifiers: Map<string, QualifierWord>;
  phrase: TermPattern<RegExpExecArray>;
  word: RegExp;
  digits: RegExp;
  before: RegExp;
  after: RegExp;
  vagueAfter: RegExp;
  multiplier: RegExp;
}

let compiled: Compiled | null = null;

/** A digit (every match of the digits pattern holds one). */
const DIGIT = /\d/;
/** The longest proclitics the digits pattern reads before a number ("وبال"). */
const MAX_DIGIT_CLITIC = 4;

/** Patterns are built once per process from the lexicons. */
function compile(): Compiled {
  if (compiled) return compiled;
  const words = numberWordTable();
  const qualifiers = qualifierTable();
  const alternation = (terms: Iterable<string>): string =>
    [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');
  const phraseTerms = [...words].filter(([, w]) => w.type !== 'vague-after' && w.type !== 'name').map(([t]) => t);
  const W = `(?:${alternation(phraseTerms)})${WORD_END}`;
  const beforeTerms = [...qualifiers].filter(([, q]) => q.position !== 'after').map(([t]) => t);
  const afterTerms = [...qualifiers].filter(([, q]) => q.position !== 'before').map(([t]) => t);
  const vagueAfterTerms = [...words].filter(([, w]) => w.type === 'vague-after').map(([t]) => t);
  const multipliers = [...words].filter(([, w]) => w.type === 'thousand' || w.type === 'million').map(([t]) => t);
  compiled = {
    words,
    qualifiers,
    // proclitics و/ف then ب/ل, then words joined by spaces and "و"
    phrase: termPattern(new RegExp(`${WORD_START}([وف]??[بلك]??)(${W}(?:\\s+و?${W})*)`, 'gu'), phraseTerms),
    word: new RegExp(`${WORD_START}(?:(${alternation(phraseTerms)})|و(${alternation(phraseTerms)}))${WORD_END}`, 'gu'),
    digits: new RegExp(`${WORD_START}([وف]?(?:بال|وال|لل|ال|ب|ل|ك)?)(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)`, 'gu'),
    before: new RegExp(`${WORD_START}([وف]?[بلك]?)(${alternation(beforeTerms)})\\s+$`, 'u'),
    after: new RegExp(`^\\s*(${alternation(afterTerms)})${WORD_END}`, 'u'),
    vagueAfter: new RegExp(`^\\s+(${alternation(vagueAfterTerms)})${WORD_END}`, 'u'),
    multiplier: new RegExp(`^\\s+(${alternation(multipliers)})${WORD_END}`, 'u'),
  };
  return compiled;
}

/**
 * Finds every count in a folded text, in order.
 *
 * Digits that are part of a time ("10:25"), a date ("17/10"), a model name
 * ("c-130", "ac 130"), a percentage, or that follow "عام" (a year) are left
 * out here; whether a number counts something of a figure kind is decided
 * by the figure rules.
 *
 * @example
 *   findQuantities('اكثر من 60 مره')[0].bounds // {value: 60, min: 61, max: null, qualifier: 'more-than'}
 */
export function findQuantities(text: string): Quantity[] {
  const c = compile();
  const found: Quantity[] = [];
  // the pattern (a look-behind at every character) starts at the first digit's proclitics: most sentences hold no digit
  const firstDigit = text.search(DIGIT);
  c.digits.lastIndex = Math.max(0, firstDigit - MAX_DIGIT_CLITIC);
  for (let m = firstDigit >= 0 ? c.digits.exec(text) : null; m; m = c.digits.exec(text)) {
    const clitic = m[1] ?? '';
    const digits = m[2]!;
    const numberStart = m.index + clitic.length;
    let end = numberStart + digits.length;
    if (!isCount(c, text, m.index, numberStart, end)) continue;
    let value = parseDigits(digits);
    if (value === null) continue;
    const multiplier = c.multiplier.exec(text.slice(end));
    if (multiplier) {
      const word = c.words.get(multiplier[1]!.replace(/\s+/g, ' '));
      if (word?.value) {
        value *= word.value;
        end += multiplier[0].length;
      }
    }
    found.push(withQualifier(c, text, { start: m.index, end, numberStart, clitic, form: 'digits', value, rule: 'numbers:digits' }));
  }
  const taken = found.map((q) => [q.start, q.end] as const);
  for (const m of matchTermPattern(c.phrase, text)) {
    const clitic = m[1] ?? '';
    const phrase = m[2]!;
    const numberStart = m.index + clitic.length;
    const end = numberStart + phrase.length;
    if (taken.some(([a, b]) => numberStart < b && a < end)) continue;
    const words = wordsOf(c, phrase);
    if (words.length === 0) continue;
    // "ست" with ب/ل is another word ("لست"); a two-letter number word takes only و/ف
    if (/[بلك]/.test(clitic) && phrase.length <= 2) continue;
    const first = words[0]!;
    if (words.length === 1 && first.vague && (first.type === 'vague' || first.type === 'thousand')) {
      const { qualifier, min, max } = first.vague;
      found.push({ start: m.index, end, numberStart, clitic, form: 'vague', bounds: { value: null, min, max, qualifier }, qualifierId: null, rule: `numbers:vague-${first.id}` });
      continue;
    }
    if (words.some((w) => w.type === 'vague' || w.type === 'vague-after')) continue;
    const value = evaluateNumberWords(words);
    if (value === null) continue;
    found.push(withQualifier(c, text, { start: m.index, end, numberStart, clitic, form: 'words', value, rule: 'numbers:words' }));
  }
  return found.sort((a, b) => a.numberStart - b.numberStart);
}

/** The number words of a matched phrase, in order. */
function wordsOf(c: Compiled, phrase: string): NumberWord[] {
  const out: NumberWord[] = [];
  c.word.lastIndex = 0;
  for (let m = c.word.exec(phrase); m; m = c.word.exec(phrase)) {
    const word = c.words.get((m[1] ?? m[2] ?? '').replace(/\s+/g, ' '));
    if (word) out.push(word);
  }
  return out;
}

/** Digits that are a count, not part of a time, date, name or year (`type: name` words before them). */
function isCount(c: Compiled, text: string, start: number, numberStart: number, end: number): boolean {
  const before = text[numberStart - 1] ?? '';
  const after = text.slice(end, end + 2);
  if (numberStart === start && /[-:/.,_]/.test(before)) return false;
  if (/^[-:/][\p{N}\p{L}]/u.test(after) || /^[.,]\d/.test(after) || /^\s?[%٪]/u.test(after)) return false;
  if (/^[a-z]/.test(after)) return false;
  const previous = /([\p{L}\p{N}]+)[\s"'()-]*$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (previous && /^[a-z]+$/.test(previous[1]!) && start > 0) return false;
  // "عام 2003", "الساعه 10", "البرج 22": a year, a time, a name
  if (previous && c.words.get(previous[1]!)?.type === 'name') return false;
  return true;
}

interface Raw {
  start: number;
  end: number;
  numberStart: number;
  clitic: string;
  form: 'digits' | 'words';
  value: number;
  rule: string;
}

/** Attaches the qualifier standing right before the numeral (default exact). */
function withQualifier(c: Compiled, text: string, raw: Raw): Quantity {
  let qualifier: Qualifier = 'exact';
  let qualifierId: string | null = null;
  let start = raw.start;
  let clitic = raw.clitic;
  if (raw.clitic === '') {
    const before = c.before.exec(text.slice(Math.max(0, raw.start - 40), raw.start));
    if (before) {
      const word = c.qualifiers.get(before[2]!.replace(/\s+/g, ' '));
      if (word) {
        qualifier = word.qualifier;
        qualifierId = word.id;
        start = raw.start - before[0].length;
        clitic = before[1] ?? '';
      }
    }
  }
  return { start, end: raw.end, numberStart: raw.numberStart, clitic, form: raw.form, bounds: boundsOf(raw.value, qualifier), qualifierId, rule: qualifierId ? `figures:${qualifierId}` : raw.rule };
}

/**
 * A qualifier standing right after position `at` ("علي الاقل", "تقريبا").
 *
 * @example
 *   qualifierAfter('151 مره علي الاقل منذ', 7) // {qualifier: 'at-least', id: 'at-least', end: 18}
 */
export function qualifierAfter(text: string, at: number): { qualifier: Qualifier; id: string; end: number } | null {
  const c = compile();
  const m = c.after.exec(text.slice(at));
  if (!m) return null;
  const word = c.qualifiers.get(m[1]!.replace(/\s+/g, ' '));
  return word ? { qualifier: word.qualifier, id: word.id, end: at + m[0].length } : null;
}

/**
 * A vague quantity standing after a plural noun ("ضربات متعددة").
 *
 * @example
 *   vagueAfter('ضربات متعدده ضد', 5) // {bounds: {value: null, min: 2, max: null, qualifier: 'several'}, …}
 */
export function vagueAfter(text: string, at: number): { bounds: Bounds; id: string; end: number } | null {
  const c = compile();
  const m = c.vagueAfter.exec(text.slice(at));
  if (!m) return null;
  const word = c.words.get(m[1]!);
  if (!word?.vague) return null;
  return { bounds: { value: null, min: word.vague.min, max: word.vague.max, qualifier: word.vague.qualifier }, id: word.id, end: at + m[0].length };
}

/** Re-applies a qualifier found after the noun to a numeral's bounds. */
export function requalify(quantity: Quantity, qualifier: Qualifier, id: string): Quantity {
  if (quantity.bounds.value === null || quantity.bounds.qualifier !== 'exact') return quantity;
  return { ...quantity, bounds: boundsOf(quantity.bounds.value, qualifier), qualifierId: id, rule: `figures:${id}` };
}
