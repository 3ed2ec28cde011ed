/**
 * schema.org `NewsArticle` for an article page: the reported article, its
 * outlet as publisher, its original address, and the Khatt page about it.
 */
import type { Article } from '../../model/types.js';
import { absoluteUrl } from './site-url.js';

export interface NewsArticleOptions {
  /** The article page's path from the site root (`articles/<id>/`). */
  path: string;
  siteUrl?: string;
}

/**
 * @example newsArticleJsonLd({id: 'a', title: 'أميركا ترد…', outlet: 'الجزيرة', url: null, published: '2023-11-22'}, {path: 'articles/a/'})
 * // {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'أميركا ترد…', datePublished: '2023-11-22', inLanguage: 'ar', …}
 */
export function newsArticleJsonLd(article: Article, options: NewsArticleOptions): Record<string, unknown> {
  const page = absoluteUrl(options.path, options.siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    inLanguage: 'ar',
    identifier: article.id,
    url: page,
    mainEntityOfPage: page,
    ...(article.url ? { isBasedOn: article.url, sameAs: article.url } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
  };
}
