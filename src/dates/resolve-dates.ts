import type { ArticleDoc } from '../read/index.js';
import type { DateMention } from './types.js';

/**
 * Finds and resolves every date expression of an article against its
 * publication day (`doc.anchor`), never the clock. Sorted by offset.
 */
export function resolveDates(doc: ArticleDoc): DateMention[] {
  void doc;
  return [];
}
