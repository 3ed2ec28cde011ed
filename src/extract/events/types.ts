import type { Actor, DateSpan, EventKind, Place, Source } from '../../model/types.js';

/** An event as one article reports it, before merging across articles. */
export interface ArticleEvent {
  article: string;
  kind: EventKind;
  date: DateSpan;
  place: Place | null;
  actors: Actor[];
  /** One short Arabic sentence from the article (trimmed, never invented). */
  summary: string;
  /** Ids of this article's figures that describe the event. */
  figures: string[];
  /** Every sentence of the article that reports it (at least one). */
  sources: Source[];
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
