import { createHash } from 'node:crypto';

/**
 * A short, stable, ASCII digest of a text, for ids that must not change
 * when unrelated text moves (an id built from an offset would).
 *
 * @example
 *   shortHash('أكثر من 60 مرة') // 'e3b0c442' (8 hex digits, always the same for the same text)
 */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

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
