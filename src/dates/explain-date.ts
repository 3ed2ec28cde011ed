import type { IsoDay } from '../model/types.js';
import { dateLexicon } from './date-lexicon.js';
import type { TextDate } from './resolve-text.js';

/**
 * The one-line explanation of a resolution, from the rule's template in
 * `src/lexicon/date-explanations.yml`.
 *
 * @example
 *   explainDate('أمس الاثنين', '2024-08-06', {rule: 'dates:yesterday', span: {start: '2024-08-05', …}, vars: {}})
 *   // 'أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05'
 */
export function explainDate(quote: string, anchor: IsoDay, date: Pick<TextDate, 'rule' | 'span' | 'vars'>): string {
  const template = dateLexicon().templates.get(date.rule.replace(/^dates:/, '')) ?? '{quote} ← {start}…{end}';
  const values: Record<string, string> = { ...date.vars, quote, anchor, start: date.span.start, end: date.span.end };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
