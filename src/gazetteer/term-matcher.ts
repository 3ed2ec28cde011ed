import { PROCLITICS, WORD_CHAR, WORD_END, WORD_START } from '../normalize/index.js';

/** One term of a matcher and the value it stands for. */
export interface TermEntry<T> {
  term: string;
  value: T;
  /** Folded words that, right after the term, cancel the match. */
  unlessNext?: readonly string[];
  /** Folded words that, right before the term (and its proclitics), cancel the match. */
  unlessPrev?: readonly string[];
}

/** A match in folded text: `[start, end)` covers the proclitics too; `termStart` where the term begins. */
export interface TermMatch<T> {
  start: number;
  termStart: number;
  end: number;
  term: string;
  value: T;
}

/** Finds terms in folded text. */
export type TermMatcher<T> = (folded: string) => TermMatch<T>[];

/** Proclitics before a term: و/ف then ب/ك/ل. The article is part of the term. */
const CLITICS = '[وف]?[بكل]?';
const WORD = new RegExp(`${WORD_CHAR}+`, 'gu');

/**
 * Builds a matcher for folded terms, compiled once. Terms are whole words,
 * after the proclitics و ف ب ك ل; a term with the article ال also matches
 * its contraction with ل ("القائم" → "للقائم"). Spaces in a term match any
 * run of white space. At one position the longest term wins; matches do not
 * overlap. With `article`, the article ال (and لل) may also stand before
 * any term (cue words: "الهجوم", "للهجوم").
 *
 * @example
 *   const find = createTermMatcher([{term: 'عين الاسد', value: 'ain-al-asad'}]);
 *   find('وبعين الاسد')[0].value // 'ain-al-asad'
 */
export function createTermMatcher<T>(entries: readonly TermEntry<T>[], options: { article?: boolean } = {}): TermMatcher<T> {
  const byTerm = new Map<string, TermEntry<T>>();
  for (const entry of entries) {
    if (!byTerm.has(entry.term)) byTerm.set(entry.term, entry);
    if (entry.term.startsWith('ال') && entry.term.length > 3) {
      const contracted = `ل${entry.term.slice(2)}`;
      if (!byTerm.has(contracted)) byTerm.set(contracted, { ...entry, term: contracted });
    }
  }
  if (byTerm.size === 0) return () => [];
  const sorted = [...byTerm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = sorted.map((t) => escapeTerm(t).replace(/ /g, '\\s+')).join('|');
  const pattern = new RegExp(`${WORD_START}(${options.article ? PROCLITICS : CLITICS})(${alternatives})${WORD_END}`, 'gu');
  return (folded) => {
    const out: TermMatch<T>[] = [];
    for (const m of folded.matchAll(pattern)) {
      const prefix = m[1] ?? '';
      const raw = m[2] ?? '';
      const term = raw.replace(/\s+/g, ' ');
      const entry = byTerm.get(term);
      if (!entry) continue;
      const start = m.index;
      const termStart = start + prefix.length;
      const end = termStart + raw.length;
      if (entry.unlessNext && entry.unlessNext.includes(nextWord(folded, end))) continue;
      if (entry.unlessPrev && entry.unlessPrev.includes(previousWord(folded, start))) continue;
      out.push({ start, termStart, end, term: entry.term, value: entry.value });
    }
    return out;
  };
}

/** Escapes a term for a `u`-flag pattern (where `\-` is not a valid escape). */
export function escapeTerm(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The word that starts after `at` (skipping spaces and punctuation), or ''. */
export function nextWord(folded: string, at: number): string {
  WORD.lastIndex = at;
  const m = WORD.exec(folded);
  return m ? m[0] : '';
}

/** The word that ends before `at`, or ''. */
export function previousWord(folded: string, at: number): string {
  const before = folded.slice(Math.max(0, at - 40), at);
  const words = before.match(WORD);
  return words?.[words.length - 1] ?? '';
}

/**
 * Keeps the earliest, then longest, of overlapping matches.
 *
 * @example
 *   dropOverlaps([{start: 0, end: 9}, {start: 4, end: 9}]) // the first only
 */
export function dropOverlaps<M extends { start: number; end: number }>(matches: readonly M[]): M[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
