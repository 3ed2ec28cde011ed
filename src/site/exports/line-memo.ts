/**
 * Lines of an export file kept between the builds of one process (the watch
 * mode): a CSV row or a feed entry is made again only when the object it
 * shows (an event, a figure) is not the same object as last time, or one of
 * the other things it is made of (`deps`: the articles it names, the site
 * address) is not. Kept in a WeakMap: a line goes with its object.
 */
import { sameInputs } from '../../cache/index.js';

/** The lines of one file, by the object each shows. */
export type LineMemo = WeakMap<object, { deps: readonly unknown[]; text: string }>;

/**
 * The line of `item`: the kept one when `item` and its `deps` are the same
 * (`===`), else `make()`. Without a memo, `make()`.
 *
 * @example memoLine(memo, event, [article], () => csvLine(eventRow(event)))
 */
export function memoLine(memo: LineMemo | null, item: object, deps: readonly unknown[], make: () => string): string {
  if (!memo) return make();
  const kept = memo.get(item);
  if (kept && sameInputs(kept.deps, deps)) return kept.text;
  const text = make();
  memo.set(item, { deps, text });
  return text;
}
