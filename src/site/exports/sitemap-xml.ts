/**
 * `sitemap.xml` (sitemaps.org 0.9): every page, absolute, sorted, once.
 */
import { escapeXml } from './escape-xml.js';
import { compare } from './events-csv.js';
import { absoluteUrl } from './site-url.js';

/** A page: its path from the site root, optionally the day it last changed (`YYYY-MM-DD`). */
export type SitemapPage = string | { path: string; lastmod?: string | null };

/**
 * @example sitemapXml(['/', 'events/x/'], 'https://khatt.example/') // '<?xml …?>\n<urlset …>\n  <url><loc>https://khatt.example/</loc></url>\n…'
 */
export function sitemapXml(pages: readonly SitemapPage[], siteUrl?: string): string {
  const byUrl = new Map<string, string | null>();
  for (const page of pages) {
    const { path, lastmod } = typeof page === 'string' ? { path: page, lastmod: null } : page;
    const url = absoluteUrl(path, siteUrl);
    const previous = byUrl.get(url) ?? null;
    const mod = lastmod ?? null;
    byUrl.set(url, previous !== null && (mod === null || previous > mod) ? previous : mod);
  }
  const urls = [...byUrl.entries()].sort(([a], [b]) => compare(a, b));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(([url, lastmod]) => `  <url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}
