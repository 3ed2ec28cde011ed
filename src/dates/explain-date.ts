import type { IsoDay } from '../model/types.js';
import { dateLexicon } from './date-lexicon.js';
import type { TextDate } from './resolve-text.js';

const FALLBACK = '{quote} ← {start}…{end}';

/** Each template split at its `{name}` slots: text, name, text, …, text (split once per template). */
const splitTemplates = new Map<string, string[]>();

/**
 * The one-line explanation of a resolution, from the rule's template in
 * `src/lexicon/date-explanations.yml`.
 *
 * @example
 *   explainDate('أمس الاثنين', '2024-08-06', {rule: 'dates:yesterday', span: {start: '2024-08-05', …}, vars: {}})
 *   // 'أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05'
 */
export function explainDate(quote: string, anchor: IsoDay, date: Pick<TextDate, 'rule' | 'span' | 'vars'>): string {
  const template = dateLexicon().templates.get(date.rule.startsWith('dates:') ? date.rule.slice(6) : date.rule) ?? FALLBACK;
  let parts = splitTemplates.get(template);
  if (!parts) splitTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += String(slotValue(parts[i]!, quote, anchor, date) ?? `{${parts[i]!}}`) + parts[i + 1]!;
  return out;
}

/** The value of a template slot: the quote, the anchor, the span's ends, else the rule's own values. */
function slotValue(key: string, quote: string, anchor: IsoDay, date: Pick<TextDate, 'span' | 'vars'>): unknown {
  if (key === 'quote') return quote;
  if (key === 'anchor') return anchor;
  if (key === 'start') return date.span.start;
  if (key === 'end') return date.span.end;
  return date.vars[key];
}
