/**
 * The date lexicons (`src/lexicon/months.yml`, `weekdays.yml`,
 * `date-cues.yml`, `date-units.yml`, `date-explanations.yml`), loaded once
 * per process and turned into lookup tables for the rules.
 */
import { loadLexicon, termList, type LexiconEntry } from '../lexicon/index.js';
import type { Weekday } from './calendar.js';

export interface DateLexicon {
  /** Folded month name → month number (1–12), every system. */
  months: Map<string, number>;
  /** Month names that are also common words ("مارس", "اب"). */
  ambiguousMonths: Set<string>;
  /** English month names (lower case) → month number. */
  englishMonths: Map<string, number>;
  /** Weekday stem (no article) → weekday record. */
  weekdays: Map<string, WeekdayInfo>;
  /** Cue terms by kind (`time-of-day`, `yesterday`, …). */
  cues: Map<string, string[]>;
  /** The value of a cue or unit entry by kind (`part-start` → 1). */
  values: Map<string, number>;
  /** Unit or dual term → its kind, value (days; hours for hour kinds) and whether it is a plural. */
  units: Map<string, { kind: string; value: number; plural: boolean }>;
  /** Number word → value (1–10). */
  numbers: Map<string, number>;
  /** Ordinal day word → day (1–31). */
  ordinals: Map<string, number>;
  /** Explanation templates by rule id (without `dates:`). */
  templates: Map<string, string>;
}

export interface WeekdayInfo {
  weekday: Weekday;
  name: string;
  numberLike: boolean;
  notAfter: string[];
  notBefore: string[];
}

type MonthEntry = LexiconEntry & { month: number; terms: unknown; ambiguous?: unknown; english?: unknown };
type WeekdayEntry = LexiconEntry & { weekday: number; name: string; terms: unknown; numberLike?: boolean; notAfter?: unknown; notBefore?: unknown };
type KindEntry = LexiconEntry & { kind: string; terms: unknown; plural?: unknown; value?: number };
type TemplateEntry = LexiconEntry & { template: string };

let cached: DateLexicon | null = null;

/** The date lexicons as lookup tables (loaded and checked once). */
export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const months = new Map<string, number>();
  const ambiguousMonths = new Set<string>();
  const englishMonths = new Map<string, number>();
  for (const e of loadLexicon<MonthEntry>('months', { keys: ['month', 'terms', 'ambiguous', 'english'], required: ['month', 'terms'], terms: ['terms', 'ambiguous', 'english'] }).entries) {
    for (const t of termList(e.terms)) months.set(t, e.month);
    for (const t of termList(e.ambiguous)) {
      months.set(t, e.month);
      ambiguousMonths.add(t);
    }
    for (const t of termList(e.english)) englishMonths.set(t, e.month);
  }
  const weekdays = new Map<string, WeekdayInfo>();
  for (const e of loadLexicon<WeekdayEntry>('weekdays', { keys: ['weekday', 'name', 'terms', 'numberLike', 'notAfter', 'notBefore'], required: ['weekday', 'name', 'terms'], terms: ['terms', 'notAfter', 'notBefore'] }).entries) {
    for (const t of termList(e.terms)) {
      weekdays.set(t, { weekday: e.weekday as Weekday, name: e.name, numberLike: e.numberLike === true, notAfter: termList(e.notAfter), notBefore: termList(e.notBefore) });
    }
  }
  const cues = new Map<string, string[]>();
  const values = new Map<string, number>();
  const units = new Map<string, { kind: string; value: number; plural: boolean }>();
  const numbers = new Map<string, number>();
  const ordinals = new Map<string, number>();
  const kindSpec = { keys: ['kind', 'terms', 'value'], required: ['kind', 'terms'], terms: ['terms'] };
  for (const e of loadLexicon<KindEntry>('date-cues', kindSpec).entries) {
    cues.set(e.kind, [...(cues.get(e.kind) ?? []), ...termList(e.terms)]);
    if (typeof e.value === 'number') values.set(e.kind, e.value);
  }
  for (const e of loadLexicon<KindEntry>('date-units', { keys: ['kind', 'terms', 'plural', 'value'], required: ['kind', 'terms'], terms: ['terms', 'plural'] }).entries) {
    const value = typeof e.value === 'number' ? e.value : 0;
    for (const t of termList(e.terms)) {
      if (e.kind === 'number') numbers.set(t, value);
      else if (e.kind === 'ordinal') ordinals.set(t, value);
      else units.set(t, { kind: e.kind, value, plural: false });
    }
    for (const t of termList(e.plural)) units.set(t, { kind: e.kind, value, plural: true });
  }
  const templates = new Map<string, string>();
  for (const e of loadLexicon<TemplateEntry>('date-explanations', { keys: ['template'], required: ['template'] }).entries) templates.set(e.id, e.template);
  cached = { months, ambiguousMonths, englishMonths, weekdays, cues, values, units, numbers, ordinals, templates };
  return cached;
}

const cueLists = new WeakMap<DateLexicon, Map<string, readonly string[]>>();

/** The terms of cue kinds, in order (empty when the lexicon has none); one shared list per kinds. */
export function cueTerms(lexicon: DateLexicon, ...kinds: string[]): readonly string[] {
  let lists = cueLists.get(lexicon);
  if (!lists) cueLists.set(lexicon, (lists = new Map()));
  const key = kinds.length === 1 ? kinds[0]! : kinds.join('\u0000');
  let terms = lists.get(key);
  if (!terms) lists.set(key, (terms = Object.freeze(kinds.flatMap((kind) => lexicon.cues.get(kind) ?? []))));
  return terms;
}
