/**
 * The editors' review (`/review/`, not indexed, not in the navigation):
 * what the machine read from each article, page by page, newest articles
 * at `/review/`. The words and numbers come from `reviewArticles`
 * (src/check); this module only cuts pages and formats spans and places.
 */
import type { ArticleReview, Review, ReviewEvent } from '../check/index.js';
import { formatMessage } from '../report/index.js';
import { formatSpan } from './format-date.js';
import { paginate, type Pager } from './paginate.js';
import { articleUrl, eventUrl } from './site-model.js';

/** Articles on one review page. */
export const REVIEWS_PER_PAGE = 20;

/**
 * An event as an article's review lists it: only what the review shows (its
 * page address is in `eventUrls`), so that a change the review does not
 * show (a figure of another article linked to the event) leaves the
 * article's view equal to the last one, and the watch mode does not render
 * its review page again.
 */
export type ReviewEventView = Pick<ReviewEvent, 'summary' | 'kind' | 'date' | 'rule' | 'corrected' | 'dateExplanation'>;

export interface ReviewArticleView extends Omit<ArticleReview, 'events'> {
  events: ReviewEventView[];
  url: string;
  anchor: string;
  /** Each date with its span in words. */
  dateTexts: string[];
  /** Each event's page address. */
  eventUrls: string[];
  /** Each message on one line, `file:line:col: reason [rule]`. */
  messageTexts: string[];
}

export interface ReviewPage {
  number: number;
  url: string;
  permalink: string;
  rangeText: string;
  pager: Pager;
  articles: ReviewArticleView[];
  /** On the first page (the newest) only: what concerns no single article. */
  general: string[];
  corrections: Review['corrections'];
  redirects: Array<{ from: string; to: string; url: string }>;
  totals: { articles: number; dates: number; figures: number; events: number; messages: number; corrections: number };
}

/**
 * The review cut into pages. With `views` (the watch mode), an article review
 * that is the same object as in an earlier build keeps its view object.
 *
 * @example reviewPages(reviewArticles(extracted))[0].url // '/review/'
 */
export function reviewPages(review: Review, perPage = REVIEWS_PER_PAGE, views: WeakMap<ArticleReview, ReviewArticleView> | null = null): ReviewPage[] {
  const sorted = [...review.articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const viewOf = (a: ArticleReview): ReviewArticleView => {
    let view = views?.get(a);
    if (!view) {
      view = articleView(a);
      views?.set(a, view);
    }
    return view;
  };
  const articleViews = sorted.map(viewOf);
  const chunks: ReviewArticleView[][] = [];
  for (let i = 0; i < articleViews.length; i += perPage) chunks.push(articleViews.slice(i, i + perPage));
  if (chunks.length === 0) chunks.push([]);
  const totals = {
    articles: articleViews.length,
    dates: articleViews.reduce((n, a) => n + a.dates.length, 0),
    figures: articleViews.reduce((n, a) => n + a.figures.length, 0),
    events: articleViews.reduce((n, a) => n + a.events.length, 0),
    messages: articleViews.reduce((n, a) => n + a.messages.length, 0) + review.general.length,
    corrections: review.corrections.length,
  };
  const pages = paginate(chunks, '/review/', (items) => (items.length ? `${items[0]!.published.slice(0, 10)} – ${items[items.length - 1]!.published.slice(0, 10)}` : ''));
  return pages.map((p) => {
    const newest = p.number === pages.length;
    return {
      number: p.number,
      url: p.url,
      permalink: p.permalink,
      rangeText: p.rangeText,
      pager: p.pager,
      articles: p.items,
      general: newest ? review.general.map(formatMessage) : [],
      corrections: newest ? review.corrections : [],
      redirects: newest ? review.redirects.map(([from, to]) => ({ from, to, url: eventUrl(to) })) : [],
      totals,
    };
  });
}

/** One article's review as its review page shows it. */
function articleView(a: ArticleReview): ReviewArticleView {
  return {
    ...a,
    url: articleUrl(a.id),
    anchor: `r-${articleUrl(a.id).split('/')[2] ?? ''}`,
    dateTexts: a.dates.map((d) => formatSpan(d.span)),
    events: a.events.map(({ summary, kind, date, rule, corrected, dateExplanation }): ReviewEventView => ({ summary, kind, date, rule, corrected, dateExplanation })),
    eventUrls: a.events.map((e) => eventUrl(e.id)),
    messageTexts: a.messages.map(formatMessage),
  };
}
