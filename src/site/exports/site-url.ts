/**
 * Absolute addresses for the formats that need them (Atom, sitemap,
 * JSON-LD, Open Graph). Khatt has no canonical host: the base is
 * configurable and defaults to the placeholder `https://example.org/`, which
 * a deployment replaces (the lead wires it to a build option). Pages
 * themselves link relatively and do not need it.
 */

/** The placeholder base used when no site URL is configured. */
export const DEFAULT_SITE_URL = 'https://example.org/';

/**
 * The site URL, checked (http or https) and ending in `/`.
 *
 * @example siteBase('https://khatt.example/archive') // 'https://khatt.example/archive/'
 */
export function siteBase(siteUrl: string = DEFAULT_SITE_URL): string {
  const url = new URL(siteUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`site URL must be http or https: ${siteUrl}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * A site path made absolute against the site URL (a leading `/` is
 * relative to the site URL, not to the host, so the site may live in a
 * sub-folder).
 *
 * @example absoluteUrl('/events/2023-11-21-attack-ain-al-asad/', 'https://khatt.example/ar/') // 'https://khatt.example/ar/events/2023-11-21-attack-ain-al-asad/'
 */
export function absoluteUrl(path: string, siteUrl: string = DEFAULT_SITE_URL): string {
  return new URL(path.replace(/^\/+/u, ''), baseOf(siteUrl)).href;
}

/** `siteBase` of the last site URL asked for: every page of a build asks with the same one, parsed once. */
let lastBase: { siteUrl: string; base: string } | null = null;

function baseOf(siteUrl: string): string {
  if (lastBase?.siteUrl !== siteUrl) lastBase = { siteUrl, base: siteBase(siteUrl) };
  return lastBase.base;
}
