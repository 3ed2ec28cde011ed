/**
 * Build-time data exports: CSV files, the Atom feed, the sitemap,
 * schema.org JSON-LD and Open Graph tags. Pure functions from the timeline
 * to strings; the site build writes them out.
 */
export { atomFeed, rfc3339, type AtomFeedOptions } from './atom-feed.js';
export { datasetJsonLd, type DatasetOptions } from './dataset-json-ld.js';
export { downloads, type Download, type DownloadColumn } from './downloads.js';
export { escapeXml } from './escape-xml.js';
export { EVENTS_CSV_COLUMNS, LIST_SEPARATOR, eventsCsv } from './events-csv.js';
export { FIGURES_CSV_COLUMNS, figuresCsv } from './figures-csv.js';
export { jsonLdScript, type JsonLdScript } from './json-ld-script.js';
export { newsArticleJsonLd, type NewsArticleOptions } from './news-article-json-ld.js';
export { openGraphTags, type OpenGraph } from './open-graph.js';
export { DEFAULT_SITE_URL, absoluteUrl, siteBase } from './site-url.js';
export { sitemapXml, type SitemapPage } from './sitemap-xml.js';
export { BOM, csvCell, csvFile, csvLine, toCsv, type CsvValue } from './to-csv.js';
export { memoLine, type LineMemo } from './line-memo.js';
