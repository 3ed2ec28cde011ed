import { WORD_END, WORD_START, wordStarts } from '../normalize/index.js';
import type { DateSpan, IsoDay } from '../model/types.js';
import { parseDay } from './calendar.js';
import { cueTerms, dateLexicon, type DateLexicon } from './date-lexicon.js';
import { keyTermFinder, type KeyTermHits, type TermKey } from './key-terms.js';
import { DATE_RULES, alt, clauseBefore, keySource, type DateKey, type DateRole, type Resolution } from './rules.js';
import { joinTexts, keyHits, keyHitsByText, scanRule } from './scan-rule.js';

/** A date expression found in a folded text: offsets are into that text. */
export interface TextDate {
  start: number;
  end: number;
  span: DateSpan;
  role: DateRole;
  /** `dates:<explanation id>`, e.g. `dates:weekday-on-or-before`. */
  rule: string;
  /** Values for the explanation template. */
  vars: Record<string, string>;
  /** The text states the year. */
  statedYear: boolean;
}

interface Compiled {
  lexicon: DateLexicon;
  /** Each rule's pattern (sticky, with match indices when it has a `q` group) and its key's index in `keys`. */
  rules: { pattern: RegExp; key: number; reach: number; index: number }[];
  /** The distinct keys of the rules (several rules share one). */
  keys: DateKey[];
  /** The keys of terms, found in one pass (`key-terms.ts`): the hits of `keys[termKeys[i]]` are the finder's `i`th. */
  findTerms: (text: string) => KeyTermHits;
  termKeys: number[];
  /** The keys given as patterns (digits), global: `keys[patternKeys[i]]` is `patterns[i]`. */
  patterns: RegExp[];
  patternKeys: number[];
  since: RegExp;
  /** What may stand between a weekday or "أمس" and the full date it names. */
  joiner: RegExp;
}

let compiled: Compiled | null = null;

/** The rules' patterns and keys, compiled once per process. */
function compile(): Compiled {
  if (compiled) return compiled;
  const lexicon = dateLexicon();
  const sources: string[] = [];
  const keyOf = new Map<string, DateKey>();
  const rules = DATE_RULES.map((rule, index) => {
    const dateKey = rule.key(lexicon);
    const source = keySource(dateKey);
    if (!keyOf.has(source)) keyOf.set(source, dateKey);
    let key = sources.indexOf(source);
    if (key < 0) key = sources.push(source) - 1;
    const pattern = rule.pattern(lexicon);
    return { pattern: new RegExp(pattern, pattern.includes('(?<q>') ? 'yud' : 'yu'), key, reach: rule.reach(lexicon), index };
  });
  const keys = sources.map((source) => keyOf.get(source)!);
  const termKeys = keys.flatMap((key, k) => ('terms' in key ? [k] : []));
  const patternKeys = keys.flatMap((key, k) => ('pattern' in key ? [k] : []));
  const findTerms = keyTermFinder(termKeys.map((k) => keys[k] as TermKey));
  const patterns = patternKeys.map((k) => new RegExp(keySource(keys[k]!), 'gu'));
  const since = new RegExp(`${WORD_START}[وف]?(?:${alt(cueTerms(lexicon, 'since'))})${WORD_END}`, 'u');
  const joiner = /^[\s,،(\-–]*(?:الموافق\s*)?[\s(]*$/u;
  compiled = { lexicon, rules, keys, findTerms, termKeys, patterns, patternKeys, since, joiner };
  return compiled;
}

/** Anchors already checked to be calendar days. */
const checkedAnchors = new Set<string>();

/** The hits of every rule key in one sentence, by key: see `sentenceKeyHits`. */
export type SentenceKeyHits = readonly (readonly number[])[];

/**
 * The key hits of each of `texts` (the folded sentences of one article),
 * for `resolveText`'s `hits` option: the keys of terms found in one pass
 * over each text, the keys of digits in one pass over them all.
 */
export function sentenceKeyHits(texts: readonly string[]): SentenceKeyHits[] {
  const { keys, patterns, patternKeys } = compile();
  const joined = patterns.length > 0 ? joinTexts(texts) : null;
  const byPattern = patterns.map((pattern) => keyHitsByText(pattern, joined!));
  return texts.map((text, t) => textKeyHits(text, keys.length, byPattern.map((perText) => perText[t]!)));
}

/** The hits of every key in one text, by key, given those of the keys of digits (in `patternKeys` order). */
function textKeyHits(text: string, size: number, patternHits: readonly (readonly number[])[]): SentenceKeyHits {
  const { findTerms, termKeys, patternKeys } = compile();
  const hits = new Array<readonly number[]>(size);
  const terms = findTerms(text);
  for (let i = 0; i < termKeys.length; i++) hits[termKeys[i]!] = terms[i]!;
  for (let i = 0; i < patternKeys.length; i++) hits[patternKeys[i]!] = patternHits[i]!;
  return hits;
}

/** Rules that name a day by its relation to publication; a full date right after them wins. */
const RELATIVE_DAY = new Set(['dates:yesterday', 'dates:day-before-yesterday', 'dates:today', 'dates:weekday-on-or-before', 'dates:weekday-before', 'dates:last-night']);
/** Rules dated by the article's previous date, not by the sentence (see `resolveDates`). */
export const REFERENTIAL_RULES: ReadonlySet<string> = new Set(['dates:same-day', 'dates:day-same-month']);
/** Rules that state a day of a month. */
const EXPLICIT_DAY = new Set(['dates:day-month-year', 'dates:day-month-on-or-before', 'dates:day-relative-month', 'dates:numeric-date', 'dates:english-date']);

/**
 * Finds and resolves every date expression in a FOLDED text against the
 * publication day `anchor` (never the clock). The text is one sentence (or
 * any span of folded text); offsets are into it. Sorted by start.
 *
 * The passes (chrono's parsers then refiners):
 *  1. every rule of `DATE_RULES` runs over the text (where its key is:
 *     see `scan-rule.ts`); a resolve step may refuse a match, and the scan
 *     then resumes one character later;
 *  2. overlaps: the longest match wins, then the rule earlier in the list;
 *  3. a relative day followed by the full date it names ("صباح اليوم
 *     الأربعاء 22 نوفمبر") is one expression, dated by the full date;
 *  4. a point after "منذ" earlier in its clause ("منذ بدء الهجمات في 17
 *     أكتوبر") is a tally's start: role `since`.
 * Referential expressions ("في اليوم ذاته", "في 23 من الشهر نفسه") have no
 * date of their own in one sentence: they are returned (with the rule
 * `dates:same-day` / `dates:day-same-month` and a placeholder span) only with
 * `referential: true`, for `resolveDates` to date them from the article.
 *
 * @example
 *   resolveText('اصيب سبعه اميركيين امس الاثنين', '2024-08-06')
 *   // [{start: 19, end: 31, span: {start: '2024-08-05', end: '2024-08-05', precision: 'day'}, rule: 'dates:yesterday', …}]
 */
export function resolveText(text: string, anchor: IsoDay, options: { referential?: boolean; hits?: SentenceKeyHits } = {}): TextDate[] {
  if (!checkedAnchors.has(anchor)) {
    parseDay(anchor); // a malformed anchor is a programming error: fail loudly
    checkedAnchors.add(anchor);
  }
  const { lexicon, rules, keys, patterns, since, joiner } = compile();
  const ctx = { anchor, text, lexicon };
  type Candidate = TextDate & { order: number };
  const candidates: Candidate[] = [];
  const hits = options.hits ?? textKeyHits(text, keys.length, patterns.map((pattern) => keyHits(pattern, text)));
  let words: number[] | null = null;
  for (const { pattern, key, reach, index } of rules) {
    const keyHitsHere = hits[key]!;
    if (keyHitsHere.length === 0) continue;
    words ??= wordStarts(text);
    const rule = DATE_RULES[index]!;
    scanRule(pattern, text, words, keyHitsHere, reach, (m) => {
      const resolution: Resolution | null = rule.resolve(m, ctx);
      if (resolution === null) return false;
      const q = m.indices?.groups?.q;
      const [start, end] = q && m.groups?.since === undefined ? q : [m.index, m.index + m[0].length];
      candidates.push({
        start,
        end,
        span: resolution.span,
        role: resolution.role ?? (m.groups?.since !== undefined ? 'since' : 'point'),
        rule: `dates:${resolution.explain}`,
        vars: resolution.vars ?? {},
        statedYear: resolution.statedYear === true,
        order: index,
      });
      return true;
    });
  }
  // 2. longest match wins; ties go to the earlier rule, then the earlier start
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // 3. a relative day and the full date right after it are one expression
  const merged: TextDate[] = [];
  for (const c of kept) {
    const previous = merged[merged.length - 1];
    if (previous && RELATIVE_DAY.has(previous.rule) && EXPLICIT_DAY.has(c.rule) && joiner.test(text.slice(previous.end, c.start))) {
      merged[merged.length - 1] = { ...c, start: previous.start, role: previous.role === 'since' ? 'since' : c.role };
      continue;
    }
    const { order: _order, ...mention } = c;
    if (!options.referential && REFERENTIAL_RULES.has(mention.rule)) continue;
    merged.push(mention);
  }
  // 4. "منذ" earlier in the clause makes a point a tally's start
  let previousEnd = 0;
  for (const mention of merged) {
    if (mention.role === 'point') {
      const clause = clauseBefore(text, mention.start).slice(-(mention.start - previousEnd));
      if (since.test(clause)) mention.role = 'since';
    }
    previousEnd = mention.end;
  }
  return merged;
}
