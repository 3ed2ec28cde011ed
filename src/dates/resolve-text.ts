import { WORD_END, WORD_START } from '../normalize/index.js';
import type { DateSpan, IsoDay } from '../model/types.js';
import { parseDay } from './calendar.js';
import { cueTerms, dateLexicon, type DateLexicon } from './date-lexicon.js';
import { DATE_RULES, alt, clauseBefore, type DateRole, type Resolution } from './rules.js';

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
  rules: { regex: RegExp; requires: number; index: number }[];
  /** The distinct `requires` tests of the rules (several rules share one); a rule's `requires` indexes them, -1 for none. */
  tests: RegExp[];
  since: RegExp;
  /** What may stand between a weekday or "أمس" and the full date it names. */
  joiner: RegExp;
}

let compiled: Compiled | null = null;

/** The rules' patterns, compiled once per process. */
function compile(): Compiled {
  if (compiled) return compiled;
  const lexicon = dateLexicon();
  const sources: string[] = [];
  const rules = DATE_RULES.map((rule, index) => {
    let requires = -1;
    if (rule.requires) {
      const source = rule.requires(lexicon);
      requires = sources.indexOf(source);
      if (requires < 0) requires = sources.push(source) - 1;
    }
    return { regex: new RegExp(rule.pattern(lexicon), 'gud'), requires, index };
  });
  const tests = sources.map((source) => new RegExp(source, 'u'));
  const since = new RegExp(`${WORD_START}[وف]?(?:${alt(cueTerms(lexicon, 'since'))})${WORD_END}`, 'u');
  const joiner = /^[\s,،(\-–]*(?:الموافق\s*)?[\s(]*$/u;
  compiled = { lexicon, rules, tests, since, joiner };
  return compiled;
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
 *  1. every rule of `DATE_RULES` runs over the text; a resolve step may
 *     refuse a match, and the scan then resumes one character later;
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
export function resolveText(text: string, anchor: IsoDay, options: { referential?: boolean } = {}): TextDate[] {
  parseDay(anchor); // a malformed anchor is a programming error: fail loudly
  const { lexicon, rules, tests, since, joiner } = compile();
  const ctx = { anchor, text, lexicon };
  type Candidate = TextDate & { order: number };
  const candidates: Candidate[] = [];
  const passed = new Int8Array(tests.length); // 0 not run yet, 1 passed, 2 failed
  for (const { regex, requires, index } of rules) {
    if (requires >= 0) {
      if (passed[requires] === 0) passed[requires] = tests[requires]!.test(text) ? 1 : 2;
      if (passed[requires] === 2) continue;
    }
    const rule = DATE_RULES[index]!;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const resolution: Resolution | null = rule.resolve(m, ctx);
      if (resolution === null) {
        regex.lastIndex = m.index + 1;
        continue;
      }
      const indices = m.indices;
      const q = indices?.groups?.q;
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
    }
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
