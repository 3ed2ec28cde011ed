import type { DateMention } from '../../dates/index.js';
import type { Figure } from '../../model/types.js';
import type { ArticleDoc } from '../../read/index.js';

/**
 * Reads every figure (a count of a contract kind) from an article.
 * `event` is null here; the merge stage links figures to events.
 */
export function extractFigures(doc: ArticleDoc, dates: readonly DateMention[]): Figure[] {
  void doc;
  void dates;
  return [];
}
