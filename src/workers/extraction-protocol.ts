/**
 * The messages between the build and its extraction workers. A job carries
 * what extraction reads of an article (its record, publication day and
 * body); the worker parses the body again itself, so no parsed tree or
 * function crosses threads. Which thread extracts which job is decided by
 * a counter the threads share (`claimJob`): each job is done once.
 */
import type { ArticleExtraction } from '../extract/extract-article.js';
import type { Article } from '../model/index.js';
import type { Message } from '../report/index.js';

/** To a worker: the shared counter; one article that may be claimed; or the end of the work. */
export type ToWorker =
  | { type: 'start'; counter: SharedArrayBuffer }
  | { type: 'job'; job: number; article: Article; anchor: string; file: string; body: string; bodyOffset: number }
  | { type: 'finish' };

/** From a worker: one article's extraction or its failure; at the end, the lexicons' problems as the worker loaded them. */
export type FromWorker =
  | { type: 'extracted'; job: number; extraction: ArticleExtraction }
  | { type: 'failed'; job: number; error: string }
  | { type: 'done'; lexicon: Message[] };

/**
 * Claims the next unclaimed job below `available` (the jobs this thread
 * can see), or returns null when there is none.
 *
 * @example const next = claimJob(counter, jobs.length) // 0, then 1, … across every thread
 */
export function claimJob(counter: Int32Array, available: number): number | null {
  for (;;) {
    const next = Atomics.load(counter, 0);
    if (next >= available) return null;
    if (Atomics.compareExchange(counter, 0, next, next + 1) === next) return next;
  }
}
