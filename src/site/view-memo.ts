/**
 * Views kept between the builds of one process (the watch mode), each with
 * the inputs it was built from. A view is built again only when one of its
 * inputs is not the same as last time (`===`: the same object, or an equal
 * string or number); a view built again that equals the last one
 * (`sameValue`) is replaced by the last one, so that the object, and with it
 * its page digest (`page-units.ts`), is kept.
 *
 * The inputs must name everything the view is built from: a view built
 * from something left out of its inputs would be kept when that changes.
 * Kept views are never changed.
 */
import { sameInputs } from '../cache/index.js';
import { sameValue } from './same-value.js';

/** The views of one kind: those of the last build, and those of this one (by key). */
export interface ViewMemo<T> {
  last: Map<string, BuiltView<T>>;
  next: Map<string, BuiltView<T>>;
}

interface BuiltView<T> {
  inputs: readonly unknown[];
  view: T;
}

/** An empty memo, for the first build. */
export function viewMemo<T>(): ViewMemo<T> {
  return { last: new Map(), next: new Map() };
}

/**
 * The view of `key`: the last build's when its inputs are the same, else
 * `build()` (or the last build's view when that equals it). Without a memo,
 * `build()`.
 *
 * @example
 *   const view = memoView(memo, figure.id, [figure, article], () => figureView(figure, article));
 */
export function memoView<T>(memo: ViewMemo<T> | null, key: string, inputs: readonly unknown[], build: () => T): T {
  if (!memo) return build();
  const old = memo.last.get(key);
  if (old && sameInputs(old.inputs, inputs)) {
    // the last build's entry kept as it is: this build's inputs (equal) are dropped while young, not kept to the next build
    memo.next.set(key, old);
    return old.view;
  }
  const fresh = build();
  const view = old && sameValue(old.view, fresh) ? old.view : fresh;
  memo.next.set(key, { inputs, view });
  return view;
}

/** Starts a build (what a build that failed half-way left is dropped). */
export function startBuild<T>(memo: ViewMemo<T>): void {
  memo.next = new Map();
}

/** Ends a build: its views become the last build's (views not built in it are dropped). */
export function endBuild<T>(memo: ViewMemo<T>): void {
  memo.last = memo.next;
  memo.next = new Map();
}

