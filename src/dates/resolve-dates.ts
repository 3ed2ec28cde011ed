import type { DateSpan } from '../model/types.js';
import { toOriginalRange } from '../normalize/index.js';
import type { ArticleDoc } from '../read/index.js';
import { calendarDay, daySpan, shiftDay } from './calendar.js';
import { explainDate } from './explain-date.js';
import { REFERENTIAL_RULES, resolveText, sentenceKeyHits, type TextDate } from './resolve-text.js';
import type { DateMention } from './types.js';


/**
 * Finds and resolves every date expression of an article against its
 * publication day (`doc.anchor`), never the clock. Sorted by offset; each
 * mention quotes the body exactly (`doc.body.slice(start, end)`).
 *
 * A referential expression ("في اليوم ذاته", "في اليوم التالي", "في 23 من
 * الشهر نفسه") is dated from the latest date mentioned before it in the
 * article (a point or a since-date, not a duration): the same day (shifted
 * by the rule's days), or that day of the same month. With no date before
 * it, it is dropped (never dated by publication).
 *
 * @example
 *   // published 2024-08-06: "… استهدف أمس الاثنين قاعدة …"
 *   resolveDates(doc)[0]
 *   // {quote: 'أمس الاثنين', span: {start: '2024-08-05', end: '2024-08-05', precision: 'day'},
 *   //  role: 'point', rule: 'dates:yesterday', explanation: 'أمس الاثنين ← يوم قبل النشر 2024-08-06 = 2024-08-05', …}
 */
export function resolveDates(doc: ArticleDoc): DateMention[] {
  const mentions: DateMention[] = [];
  let previous: DateMention | null = null;
  const hits = sentenceKeyHits(doc.sentences.map((s) => s.folded.text));
  for (const [i, sentence] of doc.sentences.entries()) {
    for (const found of resolveText(sentence.folded.text, doc.anchor, { referential: true, hits: hits[i]! })) {
      const { start, end } = toOriginalRange(sentence.folded, found.start, found.end);
      const quote = doc.body.slice(start, end);
      let resolved: TextDate | null = found;
      if (REFERENTIAL_RULES.has(found.rule)) {
        const span = previous ? fromReference(previous.span, found) : null;
        resolved = span && previous ? { ...found, span, vars: { ...found.vars, ref: previous.quote } } : null;
      }
      if (resolved === null) continue;
      const mention: DateMention = {
        start,
        end,
        quote,
        sentence: sentence.index,
        span: resolved.span,
        role: resolved.role,
        rule: resolved.rule,
        explanation: explainDate(quote, doc.anchor, resolved),
        ...(resolved.statedYear ? { statedYear: true } : {}),
      };
      mentions.push(mention);
      if (mention.role !== 'duration') previous = mention;
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The span a referential expression names, from the span of the date before it. */
function fromReference(reference: DateSpan, found: TextDate): DateSpan | null {
  if (found.rule === 'dates:day-same-month') {
    const day = calendarDay(Number(reference.start.slice(0, 4)), Number(reference.start.slice(5, 7)), Number(found.vars.day));
    return day === null ? null : daySpan(day);
  }
  const shift = Number(found.vars.shift ?? 0);
  if (reference.precision !== 'day') return shift === 0 ? reference : null;
  return daySpan(shiftDay(reference.start, shift));
}
