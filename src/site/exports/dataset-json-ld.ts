/**
 * schema.org `Dataset` for the downloads page: the published files as
 * `DataDownload`s, the days and countries covered, and the latest article
 * date as `dateModified` (never the build time).
 */
import type { Timeline } from '../../model/types.js';
import { downloads } from './downloads.js';
import { compare, unique } from './events-csv.js';
import { absoluteUrl } from './site-url.js';

export interface DatasetOptions {
  /** The dataset's name (the site name and what it covers). */
  name: string;
  /** At least a sentence: search engines require a description. */
  description: string;
  /** The downloads page, from the site root (default `downloads/`). */
  path?: string;
  siteUrl?: string;
  /** Who compiles it (default: the name). */
  creator?: string;
  license?: string;
}

/**
 * @example datasetJsonLd(timeline, {name: 'خط', description: 'الأحداث والأرقام…'})
 * // {'@context': 'https://schema.org', '@type': 'Dataset', name: 'خط', temporalCoverage: '2023-10-07/2024-08-06', distribution: [{'@type': 'DataDownload', encodingFormat: 'text/csv', …}], …}
 */
export function datasetJsonLd(timeline: Timeline, options: DatasetOptions): Record<string, unknown> {
  const starts = timeline.events.map((e) => e.date.start).sort(compare);
  const ends = timeline.events.map((e) => e.date.end).sort(compare);
  const first = starts[0];
  const last = ends[ends.length - 1];
  const published = timeline.articles.map((a) => a.published.slice(0, 10)).sort(compare);
  const countries = unique(timeline.events.flatMap((e) => (e.place ? [e.place.country] : [])));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: options.name,
    description: options.description,
    url: absoluteUrl(options.path ?? 'downloads/', options.siteUrl),
    inLanguage: 'ar',
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: options.creator ?? options.name },
    ...(options.license ? { license: options.license } : {}),
    ...(first && last ? { temporalCoverage: `${first}/${last}` } : {}),
    ...(published.length > 0 ? { dateModified: published[published.length - 1] } : {}),
    ...(countries.length > 0 ? { spatialCoverage: countries.map((c) => ({ '@type': 'Country', identifier: c })) } : {}),
    distribution: downloads().map((d) => ({
      '@type': 'DataDownload',
      name: d.title,
      encodingFormat: d.format,
      contentUrl: absoluteUrl(d.file, options.siteUrl),
    })),
  };
}
