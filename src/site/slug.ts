import { createHash } from 'node:crypto';

const SAFE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/u;

/** Slugs already made: every id is slugged many times per build (links, anchors, marks). */
const made = new Map<string, string>();

/**
 * A URL-safe, deterministic path segment for an id: ASCII ids stay as they
 * are (lower-cased); anything else (Arabic, spaces, dots) becomes a short
 * hash of the id, prefixed so the two kinds never collide. Memoised.
 *
 * @example safeSlug('2023-11-22-ain-al-asad-ac130') // '2023-11-22-ain-al-asad-ac130'
 * @example safeSlug('عين الأسد') // 'x-…' (12 hex digits)
 */
export function safeSlug(id: string): string {
  let slug = made.get(id);
  if (slug === undefined) {
    slug = SAFE.test(id) && id === id.toLowerCase() ? id : `x-${createHash('sha256').update(id).digest('hex').slice(0, 12)}`;
    made.set(id, slug);
  }
  return slug;
}
