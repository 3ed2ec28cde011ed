/**
 * Structural equality of the plain data the site model is made of (objects,
 * arrays, strings, numbers, booleans, null): the watch mode keeps a view of
 * the previous build when the new one is the same value, so that the kept
 * object's digest (`page-units.ts`) need not be computed again.
 *
 * Stricter than "the same JSON": keys must come in the same order (a
 * template may loop over them) and `undefined` differs from a missing key.
 */

/**
 * For the views of one build: the previous build's view of the same key when
 * it is the same value as the new one (the old object is kept, and with it
 * its digest), else the new one. Without a previous build, the new one.
 *
 * @example
 *   const keep = keepUnchanged(previous.events, (v) => v.id);
 *   const views = built.map(keep); // unchanged events: last build's objects
 */
export function keepUnchanged<T>(previous: readonly T[] | undefined, key: (view: T) => string): (view: T) => T {
  if (!previous) return (view) => view;
  const byKey = new Map(previous.map((v) => [key(v), v]));
  return (view) => {
    const old = byKey.get(key(view));
    return old !== undefined && sameValue(old, view) ? old : view;
  };
}

/**
 * @example
 *   sameValue({ text: 'غارة', n: [1, 2] }, { text: 'غارة', n: [1, 2] }) // true
 *   sameValue({ a: 1, b: 2 }, { b: 2, a: 1 }) // false: the order of the keys differs
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!;
    if (key !== keysB[i] || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
