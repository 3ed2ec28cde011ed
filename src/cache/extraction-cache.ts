import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesVersion } from './rules-version.js';

/**
 * An on-disk cache of per-article extraction, keyed by the article's id,
 * publication day and body and by the rules' version. A hit returns exactly
 * what extraction returned when the entry was written (plain JSON data), so a
 * rebuild from the cache is byte-identical to a clean build.
 */
export interface ExtractionCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Hits and misses so far. */
  stats(): { hits: number; misses: number };
}

/** The cache key of one article's extraction. */
export function extractionKey(id: string, anchor: string, body: string): string {
  return createHash('sha256').update(rulesVersion()).update('\0').update(id).update('\0').update(anchor).update('\0').update(body).digest('hex');
}

export function openExtractionCache<T>(dir: string): ExtractionCache<T> {
  let hits = 0;
  let misses = 0;
  let made = false;
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        const value = JSON.parse(readFileSync(pathOf(key), 'utf8')) as T;
        hits++;
        return value;
      } catch {
        misses++;
        return undefined;
      }
    },
    set(key, value) {
      const path = pathOf(key);
      if (!made) {
        mkdirSync(dir, { recursive: true });
        made = true;
      }
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      // Written whole, then renamed: a crash never leaves half an entry.
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, path);
    },
    stats: () => ({ hits, misses }),
  };
}
