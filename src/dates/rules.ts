/**
 * The date rules: each is a pattern over folded text plus a resolve step
 * against the publication day, in ONE ordered list (chrono-node's model).
 *
 * How the list is used (see `resolve-text.ts`): every rule's pattern is run
 * over the sentence; the longest match wins an overlap, and between matches
 * of equal length the rule earlier in this list wins. So the order below is
 * "most explicit first": a stated full date beats a day and month, which
 * beats a month alone, which beats a bare year; spans of weeks come before
 * the lone weekday; the lone weekday and "اليوم" come last. A resolve step
 * may refuse a match (return null): the scan then resumes one character
 * later, so a shorter reading inside it is still found.
 *
 * Patterns are built from the lexicons (src/lexicon/months.yml,
 * weekdays.yml, date-cues.yml, date-units.yml) — no Arabic word lives here —
 * and compiled once per process.
 */
import { WORD_END, WORD_START, escapeRegExp, isSpaceCode, isWordCharAt, isWordCharBefore, wordStarts } from '../normalize/index.js';
import type { DateSpan, IsoDay } from '../model/types.js';
import {
  calendarDay, daySpan, daysBefore, latestDayMonthOnOrBefore, latestMonthBefore, latestMonthOnOrBefore,
  latestWeekdayBefore, latestWeekdayOnOrBefore, latestWeekendBefore, monthOfPublication, monthSpan, nextDayMonthAfter,
  nextMonthAfter, nextWeekdayAfter, partOfMonth, shiftDay, spanEndingAtPublication, weekBefore, weekSoFar,
  weekdayInWeekBefore, yearOf, yearSpan, type MonthPart,
} from './calendar.js';
import { cueTerms, dateLexicon, type DateLexicon } from './date-lexicon.js';
import type { DateMention } from './types.js';

export type DateRole = DateMention['role'];

/** What a rule's resolve step sees. */
export interface RuleContext {
  /** The publication day. */
  anchor: IsoDay;
  /** The folded sentence the match stands in. */
  text: string;
  lexicon: DateLexicon;
}

/** A resolved match: its span, the explanation template and its values. */
export interface Resolution {
  span: DateSpan;
  /** Template id in date-explanations.yml; the record's rule is `dates:<id>`. */
  explain: string;
  role?: DateRole;
  /** Extra template values ({weekday}, {days}). */
  vars?: Record<string, string>;
  /** The text states the year (spans may then lie anywhere in time). */
  statedYear?: boolean;
}

export interface DateRule {
  /** Rule family, for tests and listings (`dates:weekday`). */
  id: string;
  /**
   * Regex source over folded text. A group `q` narrows the quoted range to
   * it, unless the group `since` ("منذ") matched: a tally's start keeps its
   * "منذ" in the quote.
   */
  pattern: (lexicon: DateLexicon) => string;
  /**
   * What every match contains, in a word at most `reach` words after the
   * match's first word: the pattern is tried only just before its hits
   * (`scan-rule.ts`). Speed only; rules may share a key.
   */
  key: (lexicon: DateLexicon) => DateKey;
  /**
   * The most words a match may hold before the word its first key hit
   * stands in, counted from the lexicon's longest terms (`wordsIn`).
   */
  reach: (lexicon: DateLexicon) => number;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => Resolution | null;
}

/**
 * A rule's key: lexicon terms, found wherever they stand (inside a word
 * too; a space stands for any run of white space), followed by no letter or
 * digit when `wordEnd`; or, for the shapes of digits, a regex source. The
 * terms of every key are found in one pass over a sentence
 * (`key-terms.ts`); `keySource` is the same key as one regex.
 */
export type DateKey = { terms: readonly string[]; wordEnd: boolean } | { pattern: string };

/** A key of lexicon terms (see `DateKey`). */
const termsKey = (terms: Iterable<string>, wordEnd: boolean): DateKey => ({ terms: [...new Set(terms)], wordEnd });

/**
 * A key as one regex source: its pattern, or its terms' alternation, then
 * `WORD_END` when `wordEnd`.
 *
 * @example
 *   new RegExp(keySource(DATE_RULES[2].key(dateLexicon())), 'gu').test('في 7 اكتوبر') // true
 */
export function keySource(key: DateKey): string {
  if ('pattern' in key) return key.pattern;
  return key.wordEnd ? `(?:${alt(key.terms)})${E}` : alt(key.terms);
}

// ---------------------------------------------------------------- building blocks

/** An alternation of terms, longest first; a space in a term matches any run of spaces. */
export function alt(terms: Iterable<string>): string {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.map((t) => escapeRegExp(t).replace(/ +/g, '\\s+')).join('|');
}

const B = WORD_START;
const E = WORD_END;
/** Conjunction and preposition proclitics (و ف, ب ك ل), no article. */
const CONJ = '[وف]?[بكل]?';
/** The article with its proclitics: ال، وال، بال، فبال، لل، ولل. */
const DEF = '[وف]?(?:[بكل]?ال|لل)';
const NOT_DIGIT = '(?![\\p{N}])';

const blocks = (lx: DateLexicon) => {
  const monthAll = alt(lx.months.keys());
  const relAll = alt(cueTerms(lx, 'past', 'current', 'next'));
  return {
    since: `(?:(?<since>${B}[وف]?(?:${alt(cueTerms(lx, 'since'))}))\\s+)?`,
    month: `${B}(?<mon>${monthAll})${E}`,
    /** "/تشرين الاول", "(نوفمبر)", " / تشرين الأول" after a month name. */
    pair: `(?<pair>\\s*[/(\\[-]\\s*(?<mon2>${monthAll})${E}(?:\\s*[)\\]])?)?`,
    year: `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:(?:ال)?(?:${alt(cueTerms(lx, 'year-word'))})\\s+)?(?<year>(?:19|20)\\d\\d)${NOT_DIGIT}(?:\\s?م${E})?)?`,
    rel: `(?:\\s+(?<rel>${relAll})${E})?`,
    tod: `(?<tod>${B}${CONJ}(?:${alt(cueTerms(lx, 'time-of-day'))})\\s+)`,
    weekday: `(?<wd>${alt(lx.weekdays.keys())})${E}`,
    parts: alt(cueTerms(lx, 'part-start', 'part-middle', 'part-end')),
    monthWord: alt(cueTerms(lx, 'month-word')),
    weekWord: alt(cueTerms(lx, 'week-word')),
    yearWord: alt(cueTerms(lx, 'year-word')),
    past: alt(cueTerms(lx, 'past')),
    current: alt(cueTerms(lx, 'current')),
    next: alt(cueTerms(lx, 'next')),
    thisWord: alt(cueTerms(lx, 'this')),
    number: `(?:\\d{1,3}(?:[.,]\\d)?|${alt(lx.numbers.keys())})`,
    units: alt(lx.units.keys()),
  };
};

/** A month's name ending a word, as `blocks().month` has it: the key of every rule whose pattern holds that block. */
const monthNamed = (lx: DateLexicon): DateKey => termsKey(lx.months.keys(), true);

/** The most words any of `terms` has (as `wordStarts` counts them: "2.5" is two). */
const wordsIn = (terms: Iterable<string>): number => {
  let most = 0;
  for (const term of terms) most = Math.max(most, wordStarts(term).length);
  return most;
};

/** Words before the key in the blocks most rules share: "منذ", a time of day, a day (digits, "2.5" or an ordinal) and "من". */
const reachOf = (lx: DateLexicon) => ({
  since: wordsIn(cueTerms(lx, 'since')),
  tod: wordsIn(cueTerms(lx, 'time-of-day')),
  day: Math.max(1, wordsIn(lx.ordinals.keys())) + 1, // the day, then "من"
  number: Math.max(2, wordsIn(lx.numbers.keys())),
  monthWord: wordsIn(cueTerms(lx, 'month-word')),
  thisWord: wordsIn(cueTerms(lx, 'this')),
  parts: wordsIn(cueTerms(lx, 'part-start', 'part-middle', 'part-end')),
});

const relKind = (lx: DateLexicon, word: string | undefined): 'past' | 'current' | 'next' | null => {
  if (word === undefined) return null;
  for (const kind of ['past', 'current', 'next'] as const) if (cueTerms(lx, kind).includes(word)) return kind;
  return null;
};

const partOf = (lx: DateLexicon, word: string): MonthPart => {
  for (const kind of ['part-start', 'part-middle', 'part-end'] as const) {
    if (cueTerms(lx, kind).includes(word)) return (lx.values.get(kind) ?? 1) as MonthPart;
  }
  return 1;
};

/** A day number: digits (leading zero, "ال17" from "الـ17") or an ordinal word. */
const dayOf = (lx: DateLexicon, m: RegExpExecArray): number | null => {
  const digits = m.groups?.day;
  if (digits !== undefined) return Number(digits.replace(/^ال/, ''));
  const ord = m.groups?.ord;
  if (ord !== undefined) return lx.ordinals.get(ord.replace(/\s+/g, ' ')) ?? null;
  return null;
};

const numberOf = (lx: DateLexicon, word: string | undefined): number | null => {
  if (word === undefined) return null;
  const bare = word.replace(/^ال/, '');
  if (/^\d/.test(bare)) return Number(bare.replace(',', '.'));
  return lx.numbers.get(bare) ?? null;
};

const monthOf = (lx: DateLexicon, word: string | undefined): number | null =>
  word === undefined ? null : lx.months.get(word.replace(/\s+/g, ' ')) ?? null;

/** Words (folded) in `text` just before `at`, back to a clause break, at most `limit` chars. */
export function clauseBefore(text: string, at: number, limit = 100): string {
  const from = Math.max(0, at - limit);
  let cut = at;
  while (cut > from && !CLAUSE_BREAKS.has(text.charCodeAt(cut - 1))) cut--;
  return text.slice(cut, at);
}

/** The characters that end a clause for `clauseBefore`. */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([...'،,.;؛:!?؟\n"'].map((c) => c.charCodeAt(0)));

/** Whole-word tests for a term list (a shared `cueTerms` list), compiled once per list. */
const wordTests = new WeakMap<readonly string[], RegExp>();
const has = (text: string, terms: readonly string[]): boolean => {
  if (terms.length === 0) return false;
  let re = wordTests.get(terms);
  if (!re) wordTests.set(terms, (re = new RegExp(`${B}[وف]?(?:${alt(terms)})${E}`, 'u')));
  return re.test(text);
};

/** The run of letters and digits that ends just before `at`, white space after it skipped (what `/([\p{L}\p{N}]+)\s*$/u` finds). */
const previousWord = (text: string, at: number): string => {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (isWordCharBefore(text, start)) start -= start >= 2 && text.charCodeAt(start - 1) >= 0xdc00 && text.charCodeAt(start - 1) <= 0xdfff ? 2 : 1;
  return text.slice(start, end);
};

/** The run of letters and digits that starts at `at`, white space before it skipped (what `/^\s*([\p{L}\p{N}]+)/u` finds). */
const nextWord = (text: string, at: number): string => {
  let start = at;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (isWordCharAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return text.slice(start, end);
};

/** A month span read with the relative word after it (الماضي, الجاري, المقبل) or none. */
const monthRelative = (anchor: IsoDay, month: number, rel: 'past' | 'current' | 'next' | null, year: number | null): { span: DateSpan; explain: string } => {
  if (year !== null) return { span: monthSpan(year, month), explain: 'month-year' };
  if (rel === 'past') return { span: latestMonthBefore(anchor, month), explain: 'month-before' };
  if (rel === 'next') return { span: nextMonthAfter(anchor, month), explain: 'month-next' };
  return { span: latestMonthOnOrBefore(anchor, month), explain: 'month-on-or-before' };
};

// ---------------------------------------------------------------- the ordered list

export const DATE_RULES: readonly DateRule[] = [
  // 1. Full dates in digits: "22/11/2023", "2023-11-22". Stated, nothing implied.
  {
    id: 'dates:numeric-date',
    key: () => ({ pattern: '\\d\\s?[/.-]' }), // the separator after the day, or after the year of an ISO date
    reach: () => 0,
    pattern: () => `${B}(?:(?<d>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<m>\\d{1,2})\\s?\\k<sep>\\s?(?<y>(?:19|20)\\d\\d)|(?<y2>(?:19|20)\\d\\d)-(?<m2>\\d{1,2})-(?<d2>\\d{1,2}))${NOT_DIGIT}`,
    resolve: (m) => {
      const g = m.groups ?? {};
      const day = calendarDay(Number(g.y ?? g.y2), Number(g.m ?? g.m2), Number(g.d ?? g.d2));
      return day === null ? null : { span: daySpan(day), explain: 'numeric-date', statedYear: true };
    },
  },
  // 2. English dates in Arabic copy: "31st, July 2024", "July 31, 2024".
  {
    id: 'dates:english-date',
    key: (lx) => termsKey(lx.englishMonths.keys(), false),
    reach: () => 2, // "31st, of July": the day and "of"
    pattern: (lx) => {
      const en = alt(lx.englishMonths.keys());
      return `${B}(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?:of\\s+)?(?<mon>${en})\\.?|(?<mon2>${en})\\.?\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?)(?![a-z\\p{N}])(?:,?\\s+(?<year>(?:19|20)\\d\\d)${NOT_DIGIT})?`;
    },
    resolve: (m, ctx) => {
      const g = m.groups ?? {};
      const month = ctx.lexicon.englishMonths.get(g.mon ?? g.mon2 ?? '') ?? 0;
      const dayNumber = Number(g.day ?? g.day2);
      if (g.year !== undefined) {
        const day = calendarDay(Number(g.year), month, dayNumber);
        return day === null ? null : { span: daySpan(day), explain: 'english-date', statedYear: true };
      }
      const day = latestDayMonthOnOrBefore(shiftDay(ctx.anchor, 2), month, dayNumber);
      return day === null ? null : { span: daySpan(day), explain: 'day-month-on-or-before' };
    },
  },
  // 3. Day + month (+ year), both month systems, a paired name in brackets or
  //    after a slash, digits or ordinal words: "21 تشرين الثاني(نوفمبر)",
  //    "17 أكتوبر/تشرين الأول", "السابع من أكتوبر", "17 من تشرين الأول الماضي".
  {
    id: 'dates:day-month',
    key: monthNamed,
    reach: (lx) => { const r = reachOf(lx); return r.since + r.day + r.monthWord; },
    pattern: (lx) => {
      const b = blocks(lx);
      const day = `(?:(?<day>(?:ال)?(?:0?[1-9]|[12]\\d|3[01]))${NOT_DIGIT}|(?<ord>${alt(lx.ordinals.keys())})${E})`;
      return `${b.since}${B}${CONJ}${day}(?:\\s+من)?\\s+(?:(?:${b.monthWord})\\s+)?${b.month}${b.pair}${b.year}${b.rel}`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const month = monthOf(lx, m.groups?.mon);
      const day = dayOf(lx, m);
      if (month === null || day === null) return null;
      const year = m.groups?.year;
      if (year !== undefined) {
        const stated = calendarDay(Number(year), month, day);
        return stated === null ? null : { span: daySpan(stated), explain: 'day-month-year', statedYear: true };
      }
      if (relKind(lx, m.groups?.rel) === 'next') {
        const next = nextDayMonthAfter(ctx.anchor, month, day);
        return next === null ? null : { span: daySpan(next), explain: 'day-month-next' };
      }
      const latest = latestDayMonthOnOrBefore(shiftDay(ctx.anchor, 2), month, day);
      return latest === null ? null : { span: daySpan(latest), explain: 'day-month-on-or-before' };
    },
  },
  // 3b. A day of this / last month: "في 17 من الشهر الجاري", "الخامس من
  //     الشهر الماضي", "في العاشر من هذا الشهر".
  {
    id: 'dates:day-relative-month',
    key: (lx) => termsKey(cueTerms(lx, 'month-word'), false),
    reach: (lx) => { const r = reachOf(lx); return r.since + r.day + r.thisWord; },
    pattern: (lx) => {
      const b = blocks(lx);
      const day = `(?:(?<day>(?:ال)?(?:0?[1-9]|[12]\\d|3[01]))${NOT_DIGIT}|(?<ord>${alt(lx.ordinals.keys())})${E})`;
      return `${b.since}${B}${CONJ}${day}(?:\\s+من)?\\s+(?:(?<this>${b.thisWord})\\s+(?:${b.monthWord})|(?:${b.monthWord})\\s+(?<rel>${b.past}|${b.current}|${b.next}))${E}`;
    },
    resolve: (m, ctx) => {
      const day = dayOf(ctx.lexicon, m);
      const rel = relKind(ctx.lexicon, m.groups?.rel);
      const month = monthOfPublication(ctx.anchor, rel === 'past' ? -1 : rel === 'next' ? 1 : 0);
      const date = day === null ? null : calendarDay(yearOf(month.start), Number(month.start.slice(5, 7)), day);
      return date === null ? null : { span: daySpan(date), explain: 'day-relative-month' };
    },
  },
  // 3c. A day named by the date mentioned before it in the article: "في
  //     اليوم ذاته", "في اليوم التالي", "في 23 من الشهر نفسه". The rule
  //     only marks the expression (`ref`); `resolveDates` dates it from the
  //     previous date of the article, and drops it when there is none.
  {
    id: 'dates:referential',
    key: (lx) => termsKey(cueTerms(lx, 'ref-day-same', 'ref-day-next', 'ref-day-before', 'ref-month-same'), false),
    reach: (lx) => { const r = reachOf(lx); return r.tod + r.day; },
    pattern: (lx) => {
      const b = blocks(lx);
      const day = `(?:(?<day>(?:ال)?(?:0?[1-9]|[12]\\d|3[01]))${NOT_DIGIT}|(?<ord>${alt(lx.ordinals.keys())})${E})`;
      const days = alt(cueTerms(lx, 'ref-day-same', 'ref-day-next', 'ref-day-before'));
      const month = alt(cueTerms(lx, 'ref-month-same'));
      return `${b.tod}?${B}${CONJ}(?:(?<refday>${days})|${day}(?:\\s+من)?\\s+(?<refmonth>${month}))${E}`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const g = m.groups ?? {};
      if (g.refmonth !== undefined) {
        const day = dayOf(lx, m);
        return day === null ? null : { span: daySpan(ctx.anchor), explain: 'day-same-month', vars: { ref: 'month', day: String(day) } };
      }
      const word = (g.refday ?? '').replace(/\s+/g, ' ');
      const kind = (['ref-day-same', 'ref-day-next', 'ref-day-before'] as const).find((k) => cueTerms(lx, k).includes(word));
      if (kind === undefined) return null;
      return { span: daySpan(ctx.anchor), explain: 'same-day', vars: { ref: 'day', shift: String(lx.values.get(kind) ?? 0) } };
    },
  },
  // 4. Part of a named month: "منذ منتصف أكتوبر/تشرين الأول الماضي",
  //    "مطلع كانون الثاني 2024". Before the month alone, which it contains.
  {
    id: 'dates:month-part',
    key: monthNamed,
    reach: (lx) => { const r = reachOf(lx); return r.since + r.parts + r.monthWord; },
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${B}${CONJ}(?<part>${b.parts})\\s+(?:(?:${b.monthWord})\\s+)?${b.month}${b.pair}${b.year}${b.rel}`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const month = monthOf(lx, m.groups?.mon);
      if (month === null) return null;
      const year = m.groups?.year;
      const rel = relKind(lx, m.groups?.rel);
      const part = partOf(lx, m.groups?.part ?? '');
      const whole = monthRelative(ctx.anchor, month, rel, year === undefined ? null : Number(year));
      let span = partOfMonth(whole.span, part);
      // "أواخر يناير" written on 2 January is last year's end of January
      if (year === undefined && rel !== 'next' && span.start > shiftDay(ctx.anchor, 2)) {
        span = partOfMonth(monthSpan(yearOf(whole.span.start) - 1, month), part);
      }
      return { span, explain: 'month-part', ...(year !== undefined ? { statedYear: true } : {}) };
    },
  },
  // 5. Part of the month of publication or the one before:
  //    "منذ بداية الشهر", "منتصف الشهر الماضي", "أواخر هذا الشهر".
  {
    id: 'dates:month-part-relative',
    key: (lx) => termsKey(cueTerms(lx, 'month-word'), false),
    reach: (lx) => { const r = reachOf(lx); return r.since + r.parts + r.thisWord; },
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${B}${CONJ}(?<part>${b.parts})\\s+(?:(?:${b.thisWord})\\s+)?(?:${b.monthWord})(?:\\s+(?<rel>${b.past}|${b.current}|${b.next})${E})?${E}`;
    },
    resolve: (m, ctx) => {
      const rel = relKind(ctx.lexicon, m.groups?.rel);
      const month = monthOfPublication(ctx.anchor, rel === 'past' ? -1 : rel === 'next' ? 1 : 0);
      return { span: partOfMonth(month, partOf(ctx.lexicon, m.groups?.part ?? '')), explain: 'month-part' };
    },
  },
  // 6. A month alone, in a date context: a cue before it ("في", "منذ",
  //    "خلال"), "شهر" before it, or a paired name, a year or الماضي/الجاري
  //    after it: "في كانون الثاني (يناير)", "منذ شباط (فبراير)",
  //    "أكتوبر/تشرين الأول". A bare month name is not read ("حرب أكتوبر").
  {
    id: 'dates:month',
    key: monthNamed,
    reach: (lx) => { const r = reachOf(lx); return r.since + wordsIn(cueTerms(lx, 'month-cue', 'within', 'part-start', 'part-middle', 'part-end', 'month-cue-weak', 'ago')) + r.monthWord; },
    pattern: (lx) => {
      const b = blocks(lx);
      const strong = alt(cueTerms(lx, 'month-cue', 'within', 'part-start', 'part-middle', 'part-end'));
      const weak = alt(cueTerms(lx, 'month-cue-weak', 'ago'));
      return `${b.since}(?:${B}[وف]?(?:(?<cue>${strong})|(?<weak>${weak}))\\s+)?(?<q>(?<mw>${B}${CONJ}(?:${b.monthWord})\\s+)?${b.month}${b.pair}${b.year}${b.rel})`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const g = m.groups ?? {};
      const month = monthOf(lx, g.mon);
      if (month === null) return null;
      const stated = g.pair !== undefined || g.year !== undefined || g.rel !== undefined || g.mw !== undefined;
      const ambiguous = lx.ambiguousMonths.has(g.mon ?? '');
      if (!stated && g.since === undefined && g.cue === undefined && (g.weak === undefined || ambiguous)) return null;
      const pairMonth = monthOf(lx, g.mon2);
      if (pairMonth !== null && pairMonth !== month) return null;
      const year = g.year === undefined ? null : Number(g.year);
      const { span, explain } = monthRelative(ctx.anchor, month, relKind(lx, g.rel), year);
      return { span, explain, ...(year !== null ? { statedYear: true } : {}) };
    },
  },
  // 7. The weekend: the latest Saturday–Sunday starting before publication.
  //    Before "last week", which "نهاية الأسبوع الماضي" contains.
  {
    id: 'dates:weekend',
    key: (lx) => termsKey(cueTerms(lx, 'week-word'), false),
    reach: (lx) => reachOf(lx).since + wordsIn(cueTerms(lx, 'weekend')),
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${B}${CONJ}(?:${alt(cueTerms(lx, 'weekend'))})(?:\\s+(?:${b.past}))?${E}(?!\\s+(?:${b.next})${E})`;
    },
    resolve: (_m, ctx) => ({ span: latestWeekendBefore(ctx.anchor), explain: 'weekend' }),
  },
  // 8. Last week / this week: "الأسبوع الماضي", "الاسبوع الفائت", "هذا الأسبوع".
  {
    id: 'dates:week',
    key: (lx) => termsKey(cueTerms(lx, 'week-word'), false),
    reach: (lx) => reachOf(lx).since + reachOf(lx).thisWord,
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${B}(?:[وف]?(?<this>${b.thisWord})\\s+(?:${b.weekWord})|${CONJ}(?:${b.weekWord})\\s+(?:(?<past>${b.past})|(?<current>${b.current})))${E}`;
    },
    resolve: (m, ctx) =>
      m.groups?.past !== undefined ? { span: weekBefore(ctx.anchor), explain: 'last-week' } : { span: weekSoFar(ctx.anchor), explain: 'this-week' },
  },
  // 9. This / last / next month: "هذا الشهر", "الشهر الماضي", "الشهر الجاري".
  {
    id: 'dates:relative-month',
    key: (lx) => termsKey(cueTerms(lx, 'month-word'), false),
    reach: (lx) => reachOf(lx).since + reachOf(lx).thisWord,
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${B}(?:[وف]?(?<this>${b.thisWord})\\s+(?:${b.monthWord})|${CONJ}(?:${b.monthWord})\\s+(?<rel>${b.past}|${b.current}|${b.next}))${E}`;
    },
    resolve: (m, ctx) => {
      const rel = relKind(ctx.lexicon, m.groups?.rel);
      const offset = rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
      return { span: monthOfPublication(ctx.anchor, offset), explain: 'relative-month' };
    },
  },
  // 10. This / last year: "العام الماضي", "هذا العام", "السنة الجارية".
  {
    id: 'dates:relative-year',
    key: (lx) => termsKey(cueTerms(lx, 'year-word'), false),
    reach: (lx) => reachOf(lx).since + reachOf(lx).thisWord,
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${B}(?:[وف]?(?<this>${b.thisWord})\\s+(?:${b.yearWord})|${CONJ}(?:${b.yearWord})\\s+(?<rel>${b.past}|${b.current}|${b.next}))${E}`;
    },
    resolve: (m, ctx) => {
      const rel = relKind(ctx.lexicon, m.groups?.rel);
      const year = yearOf(ctx.anchor) + (rel === 'past' ? -1 : rel === 'next' ? 1 : 0);
      return { span: yearSpan(year), explain: 'relative-year' };
    },
  },
  // 11. A year alone: "عام 2003", "في عام 2014", "منذ 2014", "2003م". A
  //     bare four-digit number is not a year (it may be a count).
  {
    id: 'dates:year',
    key: () => ({ pattern: '(?:19|20)\\d\\d' }),
    reach: (lx) => reachOf(lx).since + wordsIn(cueTerms(lx, 'month-cue', 'within')) + wordsIn(cueTerms(lx, 'year-word')),
    pattern: (lx) => {
      const b = blocks(lx);
      const cues = alt(cueTerms(lx, 'month-cue', 'within'));
      return `${b.since}(?:${B}[وف]?(?<cue>${cues})\\s+)?(?<q>(?<yw>${B}${CONJ}(?:ال)?(?:${b.yearWord})\\s+)?${B}(?<year>(?:19|20)\\d\\d)${NOT_DIGIT}(?<m>\\s?م${E})?)`;
    },
    resolve: (m) => {
      const g = m.groups ?? {};
      if (g.since === undefined && g.cue === undefined && g.yw === undefined && g.m === undefined) return null;
      return { span: yearSpan(Number(g.year)), explain: 'year', statedYear: true };
    },
  },
  // 12. A stretch ending at publication: "خلال الـ24 ساعة الماضية", "خلال
  //     الأيام الثلاثة الماضية", "خلال الأسبوع ونصف الأسبوع الماضيين",
  //     "في اليومين الأخيرين". Without الماضي/الأخير it is no date ("خلال 10 أيام").
  {
    id: 'dates:duration',
    key: (lx) => termsKey(cueTerms(lx, 'past'), true), // the closing الماضي/الاخيره, rarer than the units
    reach: (lx) => wordsIn(cueTerms(lx, 'within')) + 2 * reachOf(lx).number + wordsIn(lx.units.keys()) + wordsIn(cueTerms(lx, 'half')),
    pattern: (lx) => {
      const b = blocks(lx);
      return `${B}[وف]?(?:${alt(cueTerms(lx, 'within'))})\\s+(?:(?<pre>(?:ال)?${b.number})\\s+)?(?:ال)?(?<unit>${b.units})(?:\\s+(?<post>(?:ال)?${b.number}))?(?:\\s+(?<half>${alt(cueTerms(lx, 'half'))}))?\\s+(?:${b.past})${E}`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const g = m.groups ?? {};
      const unit = lx.units.get(g.unit ?? '');
      if (!unit) return null;
      const dual = unit.kind.startsWith('dual-');
      const count = numberOf(lx, g.pre) ?? numberOf(lx, g.post);
      const half = g.half !== undefined ? 0.5 : 0;
      let amount: number;
      if (dual) amount = unit.value + half * (unit.value / 2);
      else if (count !== null) amount = (count + half) * unit.value;
      else if (!unit.plural && (half > 0 || unit.kind === 'unit-hour' || unit.kind === 'unit-day')) amount = (1 + half) * unit.value;
      else return null; // "الأسبوع الماضي", "الأشهر الأخيرة": calendar rules or no date
      const hours = unit.kind.endsWith('-hour');
      const days = hours ? amount / 24 : amount;
      return { span: spanEndingAtPublication(ctx.anchor, amount, hours ? 'hours' : 'days'), explain: 'duration', role: 'duration', vars: { days: formatAmount(days) } };
    },
  },
  // 13. "N units ago": "قبل يومين", "قبل ثلاثة أيام". Not "قبل 10 أيام من
  //     الهجوم" (counted from another event), nor "منذ عامين" (a duration:
  //     "the first in two years"; durations are not dates).
  {
    id: 'dates:ago',
    key: (lx) => termsKey(cueTerms(lx, 'ago'), false),
    reach: () => 0,
    pattern: (lx) => {
      const b = blocks(lx);
      return `${B}[وف]?(?:${alt(cueTerms(lx, 'ago'))})\\s+(?:(?<pre>${b.number})\\s+)?(?<unit>${b.units})${E}(?!\\s+(?:من|علي)${E})`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const g = m.groups ?? {};
      const unit = lx.units.get(g.unit ?? '');
      if (!unit) return null;
      const count = numberOf(lx, g.pre);
      // a dual is its own count; a singular is one; a plural needs a number ("قبل أيام" is vague)
      const amount = unit.kind.startsWith('dual-') ? unit.value : count !== null ? count * unit.value : unit.plural ? null : unit.value;
      if (amount === null) return null;
      const days = unit.kind.endsWith('-hour') ? amount / 24 : amount;
      const day = daysBefore(ctx.anchor, Math.floor(days));
      const span = days >= 365 ? yearSpan(yearOf(day)) : days >= 28 ? monthOfPublication(day, 0) : daySpan(day);
      return { span, explain: 'ago', vars: { days: formatAmount(days) } };
    },
  },
  // 14. Yesterday / today / the day before yesterday, with a time of day and
  //     a weekday: "أمس الاثنين", "مساء أمس الإثنين", "بالأمس", "أول أمس",
  //     "صباح اليوم الأربعاء", "الليلة الماضية". The relative word decides;
  //     the weekday is a check. Bare "اليوم" is refused before a definite
  //     word ("اليوم التالي") and around "ذلك"/"نفسه".
  {
    id: 'dates:relative-day',
    key: (lx) => termsKey(cueTerms(lx, 'day-before-yesterday', 'yesterday', 'today', 'tomorrow', 'day-after-tomorrow', 'last-night'), true),
    reach: (lx) => reachOf(lx).tod,
    pattern: (lx) => {
      const b = blocks(lx);
      const back = alt(cueTerms(lx, 'day-before-yesterday', 'yesterday'));
      const fwd = alt(cueTerms(lx, 'today', 'tomorrow', 'day-after-tomorrow'));
      return `${b.tod}?(?<rd>${B}[وف]?(?:[بل]?ال)?(?:${back})|${B}[وف]?(?:${fwd})|${B}[وف]?(?<ln>${alt(cueTerms(lx, 'last-night'))}))${E}(?:\\s+(?<pre>ال)${b.weekday})?`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const g = m.groups ?? {};
      const word = (g.rd ?? '').replace(/^[وف]?(?:[بل]?ال)?/, '');
      const full = (g.rd ?? '').replace(/^[وف]/, '');
      const kinds = ['day-before-yesterday', 'yesterday', 'today', 'tomorrow', 'day-after-tomorrow', 'last-night'] as const;
      const fullSpaced = full.replace(/\s+/g, ' ');
      const wordSpaced = word.replace(/\s+/g, ' ');
      const kind = kinds.find((k) => cueTerms(lx, k).some((t) => t === full || t === word || t === fullSpaced || t === wordSpaced));
      if (kind === undefined) return null;
      if (kind === 'today' && g.tod === undefined && g.wd === undefined) {
        const start = m.index + m[0].length;
        const after = nextWord(ctx.text, start);
        if (after.startsWith('ال') || cueTerms(lx, 'today-not-before').includes(after)) return null;
        if (cueTerms(lx, 'today-not-after').includes(previousWord(ctx.text, m.index))) return null;
      }
      const offset = { 'day-before-yesterday': -2, yesterday: -1, today: 0, tomorrow: 1, 'day-after-tomorrow': 2, 'last-night': -1 }[kind];
      return { span: daySpan(shiftDay(ctx.anchor, offset)), explain: kind };
    },
  },
  // 15. A weekday, alone or after يوم/صباح/مساء/ليل/فجر…, with الماضي/المقبل
  //     or "من الأسبوع الماضي" after it: the latest such day on or before
  //     publication, unless "الماضي" or a cue earlier in the clause
  //     ("بعدما", "قبل ذلك") places it strictly before publication. Only the
  //     definite form is a weekday ("أحد عناصرها" is "one of"); "الاثنين"
  //     after a definite dual or before "معا" is the number two.
  {
    id: 'dates:weekday',
    key: (lx) => termsKey(lx.weekdays.keys(), true),
    reach: (lx) => reachOf(lx).since + reachOf(lx).tod,
    pattern: (lx) => {
      const b = blocks(lx);
      return `${b.since}${b.tod}?(?<pre>${B}${DEF})${b.weekday}(?:\\s+(?<rel>${b.past}|${b.next})${E})?(?:(?:\\s+من)?\\s+(?<wk>(?:${b.weekWord})\\s+(?:${b.past}))${E})?`;
    },
    resolve: (m, ctx) => {
      const lx = ctx.lexicon;
      const g = m.groups ?? {};
      const info = lx.weekdays.get(g.wd ?? '');
      if (!info) return null;
      const end = m.index + m[0].length;
      if (g.tod === undefined && g.rel === undefined && g.wk === undefined) {
        const before = previousWord(ctx.text, m.index);
        const after = nextWord(ctx.text, end);
        if (info.notAfter.includes(before) || info.notBefore.includes(after)) return null;
        if (info.numberLike && /^ال\p{L}+(?:ين|ان)$/u.test(before) && before.length > 5) return null;
      } else if (g.tod === undefined) {
        if (info.notAfter.includes(previousWord(ctx.text, m.index))) return null;
      }
      const vars = { weekday: info.name };
      if (g.wk !== undefined) return { span: daySpan(weekdayInWeekBefore(ctx.anchor, info.weekday)), explain: 'weekday-last-week', vars };
      const rel = relKind(lx, g.rel);
      if (rel === 'next') return { span: daySpan(nextWeekdayAfter(ctx.anchor, info.weekday)), explain: 'weekday-next', vars };
      if (rel === 'past' || has(clauseBefore(ctx.text, m.index), cueTerms(lx, 'earlier'))) {
        return { span: daySpan(latestWeekdayBefore(ctx.anchor, info.weekday)), explain: 'weekday-before', vars };
      }
      return { span: daySpan(latestWeekdayOnOrBefore(ctx.anchor, info.weekday)), explain: 'weekday-on-or-before', vars };
    },
  },
];

function formatAmount(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1).replace(/\.0$/, '');
}

/** The lexicon used by the rules (re-exported for the engine). */
export { dateLexicon };
