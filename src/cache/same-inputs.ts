/**
 * Whether two lists of inputs are the same, item by item (`===`): what the
 * watch mode's memos (site views, article reviews, written files, charts)
 * compare to decide that what they kept still holds.
 *
 * @example sameInputs([figure, 'غارة'], [figure, 'غارة']) // true; a copy of `figure` would give false
 */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
