import type { DateSpan } from '../model/types.js';

/**
 * A date expression found in an article and resolved against its
 * publication day.
 */
export interface DateMention {
  /** Body offsets of the expression: `body.slice(start, end) === quote`. */
  start: number;
  end: number;
  quote: string;
  /** Index of the sentence it stands in. */
  sentence: number;
  span: DateSpan;
  /**
   * - `point`: when something happened ("أمس الاثنين", "في 17 تشرين الأول");
   * - `since`: the start of a running count ("منذ 17 أكتوبر");
   * - `duration`: a span ending at publication ("خلال الـ24 ساعة الماضية").
   */
  role: 'point' | 'since' | 'duration';
  /** Rule id, e.g. `dates:weekday-on-or-before`. */
  rule: string;
  /** One line for people: "أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05". */
  explanation: string;
  /** True when the text states the year (the span may then lie anywhere in time). */
  statedYear?: boolean;
}
