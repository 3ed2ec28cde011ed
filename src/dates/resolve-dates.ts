import { toOriginalRange } from '../normalize/index.js';
import type { ArticleDoc } from '../read/index.js';
import { explainDate } from './explain-date.js';
import { resolveText } from './resolve-text.js';
import type { DateMention } from './types.js';

/**
 * Finds and resolves every date expression of an article against its
 * publication day (`doc.anchor`), never the clock. Sorted by offset; each
 * mention quotes the body exactly (`doc.body.slice(start, end)`).
 *
 * @example
 *   // published 2024-08-06: "… استهدف أمس الاثنين قاعدة …"
 *   resolveDates(doc)[0]
 *   // {quote: 'أمس الاثنين', span: {start: '2024-08-05', end: '2024-08-05', precision: 'day'},
 *   //  role: 'point', rule: 'dates:yesterday', explanation: 'أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05', …}
 */
export function resolveDates(doc: ArticleDoc): DateMention[] {
  const mentions: DateMention[] = [];
  for (const sentence of doc.sentences) {
    for (const found of resolveText(sentence.folded.text, doc.anchor)) {
      const { start, end } = toOriginalRange(sentence.folded, found.start, found.end);
      const quote = doc.body.slice(start, end);
      mentions.push({
        start,
        end,
        quote,
        sentence: sentence.index,
        span: found.span,
        role: found.role,
        rule: found.rule,
        explanation: explainDate(quote, doc.anchor, found),
        ...(found.statedYear ? { statedYear: true } : {}),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
