import type { DateMention } from '../../dates/index.js';
import type { Figure } from '../../model/types.js';
import type { ArticleDoc } from '../../read/index.js';
import type { ArticleEvent } from './types.js';

/** Reads the dated events one article reports; one per happening. */
export function extractEvents(doc: ArticleDoc, dates: readonly DateMention[], figures: readonly Figure[]): ArticleEvent[] {
  void doc;
  void dates;
  void figures;
  return [];
}
