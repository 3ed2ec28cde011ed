/**
 * Long lists split into pages so that no page grows with the archive: the
 * timeline (home), each place, actor, kind and country, the article
 * index and the figures table. Pages are cut from the oldest item, so an older page keeps its
 * address and its content when new articles arrive; only the newest page
 * changes. The newest page lives at the list's own address (`/`,
 * `/places/ain-al-asad/`), older ones at `<base><n>/` numbered from the
 * oldest (`/timeline/1/`, `/places/ain-al-asad/2/`).
 */
import { formatMonth } from './format-date.js';

export interface LinkView {
  url: string;
  text: string;
}

/** One entry of a pager's list of pages. */
export interface PageLink extends LinkView {
  current: boolean;
}

/** Where a page sits among its siblings. */
export interface Pager {
  /** Older items (the page before in time), if any. */
  older: LinkView | null;
  /** Newer items, if any. */
  newer: LinkView | null;
  /** The first and last pages and those near this one, in time order; null marks a gap. */
  pages: Array<PageLink | null>;
  /** More than one page. */
  many: boolean;
}

export interface Page<T> {
  /** 1 for the oldest. */
  number: number;
  url: string;
  /** Eleventy permalink (`places/x/2/index.html`). */
  permalink: string;
  items: T[];
  /** What the page covers, in words ("تشرين الأول – كانون الأول 2023"). */
  rangeText: string;
  pager: Pager;
}

/** Events on one page of the timeline, a place, an actor…: about this many. */
export const EVENTS_PER_PAGE = 60;
/** Articles on one page of the article index. */
export const ARTICLES_PER_PAGE = 200;
/** Rows of the figures table on one page (about 170 KB of HTML). */
export const FIGURES_PER_PAGE = 300;

/**
 * Cuts items (already in time order) into pages of at most `size` items,
 * keeping a month on one page where it fits: a page closes before a month
 * that would overflow it; a month larger than a page is split.
 *
 * @example chunkByMonth(events, (e) => e.date.start.slice(0, 7), 60) // [[…Oct, Nov 2023 (52)], [Dec 2023 (60)], …]
 */
export function chunkByMonth<T>(items: readonly T[], monthOf: (item: T) => string, size: number): T[][] {
  const months: T[][] = [];
  for (const item of items) {
    const last = months[months.length - 1];
    if (last && monthOf(last[0]!) === monthOf(item)) last.push(item);
    else months.push([item]);
  }
  const pages: T[][] = [];
  let page: T[] = [];
  for (const month of months) {
    if (page.length > 0 && page.length + month.length > size) {
      pages.push(page);
      page = [];
    }
    if (page.length + month.length <= size) {
      page.push(...month);
      continue;
    }
    // A month larger than a page (the page is empty here): full pieces, the rest stays open.
    for (let i = 0; i < month.length; i += size) {
      if (page.length > 0) pages.push(page);
      page = month.slice(i, i + size);
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * The pages of a list at `base` (`/`, `/places/x/`); the newest at `base`
 * itself, the others at `<base><n>/` (or `<olderBase><n>/` when given: the
 * home page's older pages live under `/timeline/`).
 *
 * @example paginate([[a, b], [c]], '/places/x/', (items) => '…') // [{number: 1, url: '/places/x/1/', …}, {number: 2, url: '/places/x/', …}]
 */
export function paginate<T>(chunks: readonly T[][], base: string, rangeText: (items: readonly T[]) => string, olderBase = base): Page<T>[] {
  const n = chunks.length;
  const urlOf = (number: number): string => (number === n ? base : `${olderBase}${number}/`);
  const links = chunks.map((items, i) => ({ url: urlOf(i + 1), text: rangeText(items) }));
  return chunks.map((items, i) => {
    const number = i + 1;
    const url = urlOf(number);
    return {
      number,
      url,
      permalink: `${url.replace(/^\//u, '')}index.html`,
      items,
      rangeText: links[i]!.text,
      pager: { older: links[i - 1] ?? null, newer: links[i + 1] ?? null, pages: pageList(links, i), many: n > 1 },
    };
  });
}

/** The first, the last and the two either side of the current page, with gaps as null. */
function pageList(links: readonly LinkView[], current: number): Array<PageLink | null> {
  const out: Array<PageLink | null> = [];
  let previous = -1;
  links.forEach((link, i) => {
    if (i !== 0 && i !== links.length - 1 && Math.abs(i - current) > 2) return;
    if (previous >= 0 && i > previous + 1) out.push(null);
    out.push({ ...link, current: i === current });
    previous = i;
  });
  return out;
}

/**
 * Two month keys (`YYYY-MM`) in words: one month, or first – last.
 *
 * @example monthRangeText('2023-10', '2023-12') // 'تشرين الأول 2023 – كانون الأول 2023'
 */
export function monthRangeText(first: string, last: string): string {
  const a = formatMonth(`${first}-01`);
  return first === last ? a : `${a} – ${formatMonth(`${last}-01`)}`;
}
