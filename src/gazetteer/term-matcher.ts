import { PROCLITICS, WORD_CHAR, WORD_END, WORD_START, isSpaceCode, isWordCharAt, isWordCharBefore } from '../normalize/index.js';

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
 * One pass over the text: at each word start the proclitics are tried in the
 * order the reference pattern (`createRegexTermMatcher`) tries them, and the
 * term after them is looked up in a trie of the terms (longest first). The
 * results are the reference pattern's, match for match; a lexicon whose terms
 * the trie cannot represent (a term with a leading, trailing or doubled
 * space, or a tab) falls back to the pattern.
 *
 * @example
 *   const find = createTermMatcher([{term: 'عين الاسد', value: 'ain-al-asad'}]);
 *   find('وبعين الاسد')[0].value // 'ain-al-asad'
 */
export function createTermMatcher<T>(entries: readonly TermEntry<T>[], options: { article?: boolean } = {}): TermMatcher<T> {
  const byTerm = termTable(entries);
  if (byTerm.size === 0) return () => [];
  if (![...byTerm.keys()].every((t) => TRIE_TERM.test(t))) return createRegexTermMatcher(entries, options);
  const root = newNode();
  const first = new Uint8Array(0x10000);
  for (const term of byTerm.keys()) {
    let node = root;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = newNode()));
      node = child;
    }
    node.term = term;
    first[term.charCodeAt(0)] = 1;
  }
  for (const ch of '\u0648\u0641\u0628\u0643\u0644\u0627') first[ch.charCodeAt(0)] = 1; // و ف ب ك ل ا
  const tryPrefixes = options.article ? articlePrefixes : cliticPrefixes;
  return memoize((folded) => {
    const out: TermMatch<T>[] = [];
    const n = folded.length;
    let p = 0;
    while (p < n) {
      if (first[folded.charCodeAt(p)] !== 1 || isWordCharBefore(folded, p)) {
        p++;
        continue;
      }
      const found = tryPrefixes(folded, p, root);
      if (found === null) {
        p++;
        continue;
      }
      const entry = byTerm.get(found.term)!;
      const end = found.end;
      const start = p;
      p = end;
      if (entry.unlessNext && entry.unlessNext.includes(nextWord(folded, end))) continue;
      if (entry.unlessPrev && entry.unlessPrev.includes(previousWord(folded, start))) continue;
      out.push({ start, termStart: found.termStart, end, term: entry.term, value: entry.value });
    }
    return out;
  });
}

/** Texts remembered per matcher before the memo starts afresh. */
const MEMO_SIZE = 256;

/**
 * Remembers a matcher's results for the texts it saw last: the stages ask
 * the same lexicon about the same sentence many times (three calls in four
 * are repeats). Each call gets its own copies, so a caller may change them.
 */
function memoize<T>(find: TermMatcher<T>): TermMatcher<T> {
  const memo = new Map<string, TermMatch<T>[]>();
  return (folded) => {
    let found = memo.get(folded);
    if (found === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      found = find(folded);
      memo.set(folded, found);
    }
    return found.map((m) => ({ ...m }));
  };
}

/**
 * The reference matcher: one alternation pattern of all terms run over the
 * text. Same results as `createTermMatcher`, which is faster; kept as the
 * fallback and as the oracle of the tests.
 */
export function createRegexTermMatcher<T>(entries: readonly TermEntry<T>[], options: { article?: boolean } = {}): TermMatcher<T> {
  const byTerm = termTable(entries);
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

/** Each term once (the first entry wins), plus the ل-contraction of each term with the article. */
function termTable<T>(entries: readonly TermEntry<T>[]): Map<string, TermEntry<T>> {
  const byTerm = new Map<string, TermEntry<T>>();
  for (const entry of entries) {
    if (!byTerm.has(entry.term)) byTerm.set(entry.term, entry);
    if (entry.term.startsWith('ال') && entry.term.length > 3) {
      const contracted = `ل${entry.term.slice(2)}`;
      if (!byTerm.has(contracted)) byTerm.set(contracted, { ...entry, term: contracted });
    }
  }
  return byTerm;
}

/** Terms the trie represents: words of non-space characters joined by single spaces. */
const TRIE_TERM = /^[^\s]+(?: [^\s]+)*$/u;

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The term that ends here, if any. */
  term: string | null;
}

function newNode(): TrieNode {
  return { next: new Map(), term: null };
}

interface Found {
  term: string;
  termStart: number;
  end: number;
}

const WAW = 0x648; // و
const FA = 0x641; // ف
const BA = 0x628; // ب
const KAF = 0x643; // ك
const LAM = 0x644; // ل
const ALEF = 0x627; // ا

const isConjunction = (code: number): boolean => code === WAW || code === FA;
const isPreposition = (code: number): boolean => code === BA || code === KAF || code === LAM;

/**
 * `[وف]?[بكل]?` then a term, tried as the pattern's backtracking tries them:
 * و/ف taken then ب/ك/ل taken, then only و/ف, then only ب/ك/ل, then none.
 */
function cliticPrefixes(text: string, p: number, root: TrieNode): Found | null {
  const conj = isConjunction(text.charCodeAt(p)) ? 1 : 0;
  for (let w = conj; w >= 0; w--) {
    const q = p + w;
    for (let b = isPreposition(text.charCodeAt(q)) ? 1 : 0; b >= 0; b--) {
      const found = longestTerm(text, q + b, root);
      if (found) return found;
    }
  }
  return null;
}

/**
 * `[وف]?(?:[بك]?ال|لل|[بكل])?` then a term, in the pattern's order: for و/ف
 * taken then not, the options ب/ك+ال, ال, لل, ب/ك/ل, nothing.
 */
function articlePrefixes(text: string, p: number, root: TrieNode): Found | null {
  const conj = isConjunction(text.charCodeAt(p)) ? 1 : 0;
  for (let w = conj; w >= 0; w--) {
    const q = p + w;
    const c0 = text.charCodeAt(q);
    const c1 = text.charCodeAt(q + 1);
    const c2 = text.charCodeAt(q + 2);
    let found: Found | null = null;
    if ((c0 === BA || c0 === KAF) && c1 === ALEF && c2 === LAM) found = longestTerm(text, q + 3, root);
    if (!found && c0 === ALEF && c1 === LAM) found = longestTerm(text, q + 2, root);
    if (!found && c0 === LAM && c1 === LAM) found = longestTerm(text, q + 2, root);
    if (!found && isPreposition(c0)) found = longestTerm(text, q + 1, root);
    if (!found) found = longestTerm(text, q, root);
    if (found) return found;
  }
  return null;
}

/** The longest term at `at` that ends a word (a space of a term matches a run of spaces). */
function longestTerm(text: string, at: number, root: TrieNode): Found | null {
  let node: TrieNode | undefined = root.next.get(text.charCodeAt(at));
  if (node === undefined) return null;
  let best: Found | null = null;
  let i = at + 1;
  const n = text.length;
  while (node) {
    if (node.term !== null && i > at && !isWordCharAt(text, i)) best = { term: node.term, termStart: at, end: i };
    if (i >= n) break;
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      node = node.next.get(0x20);
      i++;
      while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    } else {
      node = node.next.get(code);
      i++;
    }
  }
  return best;
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
