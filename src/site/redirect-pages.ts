/**
 * Pages at the addresses of retired event ids (merged away by a
 * correction) that send the reader to the event that replaced them: a
 * `<meta http-equiv="refresh">`, a canonical link and a plain link, no
 * script (the site's Content-Security-Policy allows none inline).
 */
import { redirectPairs } from '../corrections/index.js';
import { escapeXml } from './exports/index.js';
import { eventUrl } from './site-model.js';
import { safeSlug } from './slug.js';

export interface RedirectPage {
  /** Path from the site root: `events/<old>/index.html`. */
  file: string;
  html: string;
}

/**
 * One page per retired id whose final id lives; never over a live event's page.
 *
 * @example redirectPages(new Map([['2024-01-23-strike-b', '2024-01-23-strike-a']]), new Set(['2024-01-23-strike-a']), 'خط')
 *   // [{file: 'events/2024-01-23-strike-b/index.html', html: '<!doctype html>…<meta http-equiv="refresh" content="0; url=/events/2024-01-23-strike-a/">…'}]
 */
export function redirectPages(retired: ReadonlyMap<string, string>, live: ReadonlySet<string>, siteName: string): RedirectPage[] {
  const liveSlugs = new Set([...live].map(safeSlug));
  return redirectPairs(retired, live)
    .filter(([from]) => !liveSlugs.has(safeSlug(from)))
    .map(([from, to]) => {
      const url = escapeXml(eventUrl(to));
      const html = [
        '<!doctype html>',
        '<html lang="ar" dir="rtl">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; object-src 'none'; base-uri 'none'">`,
        '<meta name="robots" content="noindex">',
        `<meta http-equiv="refresh" content="0; url=${url}">`,
        `<link rel="canonical" href="${url}">`,
        '<link rel="stylesheet" href="/assets/site.css">',
        `<title>نُقل هذا الحدث · ${escapeXml(siteName)}</title>`,
        '</head>',
        '<body>',
        '<main id="main" class="wrap">',
        '<h1>نُقل هذا الحدث</h1>',
        `<p>دُمج هذا الحدث في حدث آخر بعد مراجعة المحررين. <a href="${url}">انتقل إلى الحدث</a>.</p>`,
        '</main>',
        '</body>',
        '</html>',
        '',
      ].join('\n');
      return { file: `events/${safeSlug(from)}/index.html`, html };
    });
}
