/**
 * Where a date rule's pattern is tried in a text.
 *
 * Running every rule's pattern at every position of every sentence was the
 * costliest step of extraction. A rule now names a key (`DateRule.key`):
 * something every match of the rule contains, in a word at most `reach`
 * words after the match's first word (`DateRule.reach`). The key is
 * searched once per text (lexicon terms by `key-terms.ts`, the shapes of
 * digits by `keyHits` below); the pattern (compiled sticky) is tried only at
 * the word starts from `reach` words before each key hit up to the hit's
 * end, in order, resuming as a global scan does (after a kept match at its
 * end, after a refused one a character later). That finds exactly the
 * matches a global scan finds, because a match starts at a word start:
 * every pattern opens with `WORD_START` followed by a letter or digit.
 * More hits than the key's own (overlapping ones, say) only add tries of
 * the same scan. `scan-rule.test.ts` and `key-terms.test.ts` check both
 * against the plain global scan.
 */

/**
 * The hits of a global `key` regex in `text`, as flat `[start, end, …]`
 * pairs (an empty hit is skipped).
 */
export function keyHits(key: RegExp, text: string): number[] {
  const hits: number[] = [];
  key.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = key.exec(text)) !== null) {
    if (m[0].length === 0) {
      key.lastIndex++;
      continue;
    }
    hits.push(m.index, m.index + m[0].length);
  }
  return hits;
}

/** Several texts joined by line breaks, and where each starts in the joined text. */
export interface JoinedTexts {
  text: string;
  starts: number[];
  lengths: number[];
}

/** Joins `texts` with line breaks (no key reads a line break as part of a word). */
export function joinTexts(texts: readonly string[]): JoinedTexts {
  const starts: number[] = [];
  const lengths: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    lengths.push(text.length);
    at += text.length + 1;
  }
  return { text: texts.join('\n'), starts, lengths };
}

/**
 * The `keyHits` of each of several texts, found in one scan of them joined
 * (half the cost of one scan per sentence). A hit that runs over a line
 * break is cut to each text it overlaps: every hit a text has alone still
 * lies inside one of its cut hits, which is all `scanRule` needs. Keys are
 * letters, digits, `\s` and look-aheads for a word's end: no look-behind,
 * no `^` or `$`.
 */
export function keyHitsByText(key: RegExp, joined: JoinedTexts): number[][] {
  const { starts, lengths } = joined;
  const byText: number[][] = starts.map(() => []);
  const hits = keyHits(key, joined.text);
  let first = 0; // the first text that does not end before the current hit
  for (let h = 0; h < hits.length; h += 2) {
    const start = hits[h]!;
    const end = hits[h + 1]!;
    while (first < starts.length && starts[first]! + lengths[first]! <= start) first++;
    for (let t = first; t < starts.length && starts[t]! < end; t++) {
      const from = Math.max(start, starts[t]!) - starts[t]!;
      const to = Math.min(end, starts[t]! + lengths[t]!) - starts[t]!;
      if (to > from) byText[t]!.push(from, to);
    }
  }
  return byText;
}

/**
 * Tries the sticky `pattern` at the word starts near each key hit, in
 * order. `visit` sees each match and returns whether it is kept: the scan
 * goes on at the end of a kept match, one character after a refused one.
 *
 * @param words the text's `wordStarts` (from `src/normalize`).
 * @param hits the key's `keyHits` in the text.
 * @param reach the rule's `reach`.
 */
export function scanRule(
  pattern: RegExp,
  text: string,
  words: readonly number[],
  hits: readonly number[],
  reach: number,
  visit: (m: RegExpExecArray) => boolean,
): void {
  let from = 0; // where a global scan would resume
  let next = 0; // the first word start not tried yet
  for (let h = 0; h < hits.length; h += 2) {
    const hitStart = hits[h]!;
    const hitEnd = hits[h + 1]!;
    if (hitEnd <= from) continue; // a match from `from` on holds a key hit that ends later
    let w = Math.max(next, lastAtOrBefore(words, hitStart) - reach);
    for (; w < words.length && words[w]! < hitEnd; w++) {
      const at = words[w]!;
      if (at < from) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m === null) continue;
      from = m[0].length > 0 && visit(m) ? at + m[0].length : at + 1;
    }
    next = w;
  }
}

/** Index of the last of the sorted `words` at or before `at` (0 when none is). */
function lastAtOrBefore(words: readonly number[], at: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
