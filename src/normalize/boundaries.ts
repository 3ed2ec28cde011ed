/**
 * Unicode-aware word boundaries for patterns over folded Arabic text.
 *
 * Every Arabic letter is `\W` to an ASCII regex, so `\b` is useless here.
 * A word starts where no letter or digit stands before it; it may carry the
 * proclitics و ف (and), ب ك ل (prepositions) and the article ال, including
 * the contraction لل (li + al). Patterns are built with the `u` flag.
 */

/** A letter or digit, for look-arounds. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Not preceded by a letter or digit. */
export const WORD_START = `(?<!${WORD_CHAR})`;

/** Not followed by a letter or digit. */
export const WORD_END = `(?!${WORD_CHAR})`;

/**
 * Optional proclitics and article, over folded text:
 * و/ف, then ب/ك + ال, ال, لل, or a bare ب/ك/ل.
 */
export const PROCLITICS = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';

/** Only the conjunctions و/ف and prepositions, no article. */
export const CONJUNCTIONS = '(?:[وف]?[بكل]?)';

/**
 * Escapes a string for use in a `u`-flag RegExp outside a character class.
 * Only syntax characters are escaped: under the `u` flag an identity escape
 * of anything else (`\-`) is a syntax error.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A regex source matching any of `terms` as whole words (after optional
 * proclitics when `clitics` is true). Longer terms are tried first.
 *
 * @example
 *   new RegExp(wordsPattern(['هجوم']), 'u').test('والهجوم') // true
 */
export function wordsPattern(terms: readonly string[], clitics = true): string {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = sorted.map(escapeRegExp).join('|');
  return `${WORD_START}${clitics ? PROCLITICS : ''}(?:${alternatives})${WORD_END}`;
}
