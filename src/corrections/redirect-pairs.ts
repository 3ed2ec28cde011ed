/**
 * The redirects a site needs for retired event ids: `[old, new]` pairs,
 * chains followed to the id that lives now (a → b, b → c gives a → c and
 * b → c), sorted by old id, so the pages come out the same on every build.
 * A pair whose target is not in `live` (when given) is left out.
 *
 * @example
 *   redirectPairs(new Map([['b', 'c'], ['a', 'b']])) // [['a', 'c'], ['b', 'c']]
 */
export function redirectPairs(retired: ReadonlyMap<string, string>, live?: ReadonlySet<string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const from of retired.keys()) {
    const to = finalId(retired, from);
    if (to === from || (live && !live.has(to))) continue;
    pairs.push([from, to]);
  }
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Follows `retired` from `id` to the id that replaces it now (itself when not retired; cycles stop). */
export function finalId(retired: ReadonlyMap<string, string>, id: string): string {
  const seen = new Set<string>();
  let current = id;
  while (retired.has(current) && !seen.has(current)) {
    seen.add(current);
    current = retired.get(current)!;
  }
  return current;
}
