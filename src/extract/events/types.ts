import type { TimelineEvent } from '../../model/types.js';

/**
 * An event as one article reports it, before merging across articles: the
 * contract's event without its id (the merge gives it one), from one
 * article, with the rule and date explanation always set. `summary` is one
 * sentence of the article, trimmed, never invented; `figures` are ids of
 * this article's figures; `sources` every sentence of it that reports the
 * event.
 */
export interface ArticleEvent extends Omit<TimelineEvent, 'id' | 'rule' | 'dateExplanation'> {
  article: string;
  /** Rule id that made it (`events:attack-cue`). */
  rule: string;
  /** How the date was resolved ("صباح الثلاثاء ← …"). */
  dateExplanation: string;
  /**
   * Supporting only: read from a running tally ("61 هجوما منذ منتصف
   * أكتوبر" implies the campaign's start). The merge keeps a weak event only
   * when a non-weak event of another article (or the same) reports the same
   * happening.
   */
  weak?: boolean;
}
