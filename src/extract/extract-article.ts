/**
 * The per-article stages, composed: dates, then figures, then events. The
 * unit of extraction, of the extraction cache and of the worker threads; a
 * module of its own so a worker can load it without the site's code.
 */
import { resolveDates, type DateMention } from '../dates/index.js';
import type { Figure } from '../model/index.js';
import type { ArticleDoc } from '../read/index.js';
import { extractEvents, type ArticleEvent } from './events/index.js';
import { extractFigures } from './figures/index.js';

/** What one article yields: plain data (it goes through JSON and between threads unchanged). */
export interface ArticleExtraction {
  dates: DateMention[];
  figures: Figure[];
  events: ArticleEvent[];
}

/** Runs the per-article stages on one article. */
export function extractArticle(doc: ArticleDoc): ArticleExtraction {
  const dates = resolveDates(doc);
  const figures = extractFigures(doc, dates);
  const events = extractEvents(doc, dates, figures);
  return { dates, figures, events };
}
