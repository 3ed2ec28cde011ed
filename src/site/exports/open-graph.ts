/**
 * Open Graph `<meta>` tags for a page's `<head>`, every value escaped.
 */
import { escapeXml } from './escape-xml.js';
import { absoluteUrl } from './site-url.js';

export interface OpenGraph {
  title: string;
  description?: string;
  /** The page's path from the site root. */
  path: string;
  siteUrl?: string;
  /** `website` (default) or `article`. */
  type?: 'website' | 'article';
  siteName?: string;
  /** For `article`: the article's `published`. */
  publishedTime?: string;
}

/**
 * @example openGraphTags({title: 'هجوم على عين الأسد', path: 'events/x/', type: 'article'})
 * // '<meta property="og:title" content="هجوم على عين الأسد">\n<meta property="og:type" content="article">\n…'
 */
export function openGraphTags(page: OpenGraph): string {
  const tags: [string, string | undefined][] = [
    ['og:title', page.title],
    ['og:type', page.type ?? 'website'],
    ['og:url', absoluteUrl(page.path, page.siteUrl)],
    ['og:locale', 'ar_AR'],
    ['og:site_name', page.siteName],
    ['og:description', page.description],
    ['article:published_time', page.type === 'article' ? page.publishedTime : undefined],
  ];
  return tags
    .filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '')
    .map(([property, content]) => `<meta property="${property}" content="${escapeXml(content)}">`)
    .join('\n');
}
