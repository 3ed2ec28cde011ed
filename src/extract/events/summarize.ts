import type { Sentence } from '../../read/index.js';

/** Longest summary, in characters, before the sentence is trimmed around its trigger. */
export const SUMMARY_MAX = 180;

/**
 * A short Arabic summary: the reporting sentence itself, trimmed to the
 * words around the trigger when it is long (an ellipsis marks a cut). Never
 * invents words.
 *
 * @param at folded offsets of the trigger in the sentence.
 * @example
 *   summarize('قصف صاروخي استهدف قاعدة عين الأسد.', sentence, {start: 0, end: 3}) // the whole sentence
 */
export function summarize(text: string, sentence: Sentence, at: { start: number; end: number }): string {
  const clean = text.trim();
  if (clean.length <= SUMMARY_MAX) return clean;
  const triggerAt = (sentence.folded.starts[at.start] ?? sentence.start) - sentence.start;
  let from = Math.max(0, triggerAt - 60);
  let to = Math.min(clean.length, from + SUMMARY_MAX);
  from = Math.max(0, to - SUMMARY_MAX);
  if (from > 0) {
    const space = clean.indexOf(' ', from);
    from = space >= 0 && space < triggerAt ? space + 1 : from;
  }
  if (to < clean.length) {
    const space = clean.lastIndexOf(' ', to);
    to = space > triggerAt ? space : to;
  }
  return `${from > 0 ? '… ' : ''}${clean.slice(from, to).trim()}${to < clean.length ? ' …' : ''}`;
}
