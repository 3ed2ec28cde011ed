import * as crypto from 'node:crypto';

/**
 * A short, stable, ASCII digest of a text, for ids that must not change
 * when unrelated text moves (an id built from an offset would): the first
 * hex digits of its SHA-256 (UTF-8), hashed in one call (no hash object per
 * id: extraction names every figure with one).
 *
 * @example
 *   shortHash('أكثر من 60 مرة') // 'fc2e467c' (8 hex digits, always the same for the same text)
 */
export function shortHash(text: string, length = 8): string {
  return sha256Hex(text).slice(0, length);
}

/**
 * The SHA-256 of a text's UTF-8 bytes, in hex: the one-shot `crypto.hash`
 * (Node ≥ 20.12; a figure id is made per figure, and a hash object per call
 * cost more than the digest), else a hash object.
 */
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Makes ids unique in order: the first keeps its id, later repeats get
 * `-2`, `-3`, … (deterministic for the same input order).
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
