/** Types for `search-client.js` (a browser script, also imported by its tests). */

/** A query with diacritics and tatweel removed and alef forms unified. */
export function normalizeQuery(query: string): string;

/** The queries to run: the normalised query, then its words without a leading و/ف, when that differs. */
export function queryVariants(query: string): string[];

export interface PagefindLike {
  search(query: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] } | null>;
}

/** Runs every variant and merges the results, the first variant's first. */
export function searchAll<R extends { id: string }>(pagefind: { search(query: string): Promise<{ results: R[] } | null> }, query: string): Promise<R[]>;
