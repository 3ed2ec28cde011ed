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
 * term after them is looked up in a trie of the terms (longest first); all
 * matchers share the trie and that pass (see `Group`). The
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
  const member = join(SHARED, [...byTerm.keys()], options.article === true);
  const byIndex = [...byTerm.values()];
  return (folded) => {
    const out: TermMatch<T>[] = [];
    const mine = scan(SHARED, folded).hits[member];
    if (mine === undefined) return out;
    let reach = 0;
    for (let k = 0; k < mine.length; k += FOUND) {
      const p = mine[k]!;
      if (p < reach) continue;
      const entry = byIndex[mine[k + 1]!]!;
      const end = mine[k + 3]!;
      reach = end;
      if (entry.unlessNext && entry.unlessNext.includes(nextWord(folded, end))) continue;
      if (entry.unlessPrev && entry.unlessPrev.includes(previousWord(folded, p))) continue;
      out.push({ start: p, termStart: mine[k + 2]!, end, term: entry.term, value: entry.value });
    }
    return out;
  };
}

/**
 * All matchers share one trie (each term tagged with its matcher) and one
 * scan per text: at each word start the proclitics are tried in the
 * reference pattern's order, the trie is walked once per candidate, and
 * each matcher takes the longest of ITS terms at the first candidate where
 * it has one. A matcher without `article` takes nothing from the candidates
 * after the article's forms (see `tryPrefixes`). A matcher then reads its
 * hits from the scan and skips the starts inside its own previous match.
 */
interface Group {
  members: string[][];
  /** Per member: whether the article (ال, لل after ب/ك) is among its proclitics. */
  article: boolean[];
  trie: Trie | null;
  scans: Map<string, Scan>;
  /** The text scanned last and its scan: the rules ask for several matchers' hits in one sentence in a row. */
  lastText: string | null;
  lastScan: Scan | null;
}

/**
 * A text's matches: per member, its match at each word start where it has
 * one, ascending (absent: none), as `FOUND` numbers each (no object per
 * match: a matcher that is never asked about the text never reads its own).
 */
interface Scan {
  hits: (number[] | undefined)[];
}

const SHARED: Group = { members: [], article: [], trie: null, scans: new Map(), lastText: null, lastScan: null };

/** Adds a matcher's terms to the group; returns its member index. */
function join(group: Group, terms: string[], article: boolean): number {
  group.members.push(terms);
  group.article.push(article);
  group.trie = null;
  group.scans.clear();
  group.lastText = null;
  group.lastScan = null;
  return group.members.length - 1;
}

function groupTrie(group: Group): Trie {
  if (group.trie) return group.trie;
  const root = newNode();
  group.members.forEach((terms, member) => {
    terms.forEach((term, index) => {
      let node = root;
      for (let i = 0; i < term.length; i++) {
        const code = term.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = newNode()));
        node = child;
      }
      node.ends.push(member, index);
    });
  });
  group.trie = flatten(root, group.members.length, Uint8Array.from(group.article, Number));
  return group.trie;
}

/** Numbers the nodes breadth first (the root is 0) and lays children and ends out in arrays. */
function flatten(root: TrieNode, size: number, article: Uint8Array): Trie {
  const nodes: TrieNode[] = [root];
  for (let n = 0; n < nodes.length; n++) for (const code of [...nodes[n]!.next.keys()].sort((a, b) => a - b)) nodes.push(nodes[n]!.next.get(code)!);
  const id = new Map(nodes.map((node, n) => [node, n]));
  const childStart = new Int32Array(nodes.length + 1);
  const endStart = new Int32Array(nodes.length + 1);
  const codes: number[] = [];
  const targets: number[] = [];
  const endMembers: number[] = [];
  const endIndices: number[] = [];
  nodes.forEach((node, n) => {
    childStart[n] = codes.length;
    for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
      codes.push(code);
      targets.push(id.get(node.next.get(code)!)!);
    }
    endStart[n] = endMembers.length;
    for (let k = 0; k < node.ends.length; k += 2) {
      endMembers.push(node.ends[k]!);
      endIndices.push(node.ends[k + 1]!);
    }
  });
  childStart[nodes.length] = codes.length;
  endStart[nodes.length] = endMembers.length;
  const rootNext = new Int32Array(0x10000);
  for (const [code, child] of root.next) rootNext[code] = id.get(child)!;
  // Nodes with many children (after "ال" most letters follow) also get a row indexed by Arabic letter.
  const rowOf = new Int32Array(nodes.length).fill(-1);
  const rows: number[] = [];
  nodes.forEach((node, n) => {
    if (node.next.size < WIDE) return;
    rowOf[n] = rows.length / ROW;
    const row = new Array<number>(ROW).fill(0);
    for (const [code, child] of node.next) if (code >= ROW_FIRST && code < ROW_FIRST + ROW) row[code - ROW_FIRST] = id.get(child)!;
    rows.push(...row);
  });
  return {
    rootNext, childStart, codes: Uint16Array.from(codes), targets: Int32Array.from(targets), rowOf, rows: Int32Array.from(rows),
    endStart, endMembers: Int32Array.from(endMembers), endIndices: Int32Array.from(endIndices), size, article,
  };
}

/** Children from which a node gets a row, and the code units a row covers (the Arabic letters, U+0620–U+065F). */
const WIDE = 4;
const ROW_FIRST = 0x620;
const ROW = 0x40;

/** The child of `node` for `code`, or -1 (from the node's row for an Arabic letter, else the children sorted by code). */
function childOf(trie: Trie, node: number, code: number): number {
  const row = trie.rowOf[node]!;
  if (row >= 0 && code >= ROW_FIRST && code < ROW_FIRST + ROW) {
    const child = trie.rows[row * ROW + code - ROW_FIRST]!;
    return child === 0 ? -1 : child;
  }
  const { codes } = trie;
  for (let k = trie.childStart[node]!, last = trie.childStart[node + 1]!; k < last; k++) {
    const c = codes[k]!;
    if (c === code) return trie.targets[k]!;
    if (c > code) break;
  }
  return -1;
}

/** Texts whose scans a group keeps before starting afresh. */
const SCAN_MEMO = 256;

/**
 * Every member's matches in `text`: at each word start (no letter or digit
 * before) whose first letter may begin a term or a proclitic.
 */
function scan(group: Group, text: string): Scan {
  if (text === group.lastText) return group.lastScan!;
  let result = group.scans.get(text);
  if (result !== undefined) return remember(group, text, result);
  const trie = groupTrie(group);
  const walk = walkFor(trie.size);
  const hits: (number[] | undefined)[] = [];
  const rootNext = trie.rootNext;
  const { touched, term, termStart, end } = walk;
  for (let p = 0; p < text.length; p++) {
    if (isWordCharBefore(text, p)) continue;
    const code = text.charCodeAt(p);
    if (rootNext[code] === 0 && !isProclitic(code)) continue;
    walk.count = 0;
    tryPrefixes(text, p, trie, walk);
    for (let k = 0; k < walk.count; k++) {
      const member = touched[k]!;
      (hits[member] ??= []).push(p, term[member]!, termStart[member]!, end[member]!);
      term[member] = -1;
    }
  }
  if (group.scans.size >= SCAN_MEMO) group.scans.clear();
  result = { hits };
  group.scans.set(text, result);
  return remember(group, text, result);
}

function remember(group: Group, text: string, result: Scan): Scan {
  group.lastText = text;
  group.lastScan = result;
  return result;
}

/**
 * The matches at one word start, per member, while its proclitics are
 * tried (reused from start to start: no allocation for a start that matches
 * nothing). `term[member]` is the index of the member's term matched there
 * (-1: none yet); `touched` lists the members that have one, in the order
 * they got it.
 */
interface Walk {
  term: Int32Array;
  termStart: Int32Array;
  end: Int32Array;
  /** Which trie walk set each member's match. */
  setBy: Int32Array;
  /** `touched[0 … count)`. */
  touched: Int32Array;
  count: number;
}

let sharedWalk: Walk = newWalk(64);
let walkSerial = 0;

function newWalk(size: number): Walk {
  return { term: new Int32Array(size).fill(-1), termStart: new Int32Array(size), end: new Int32Array(size), setBy: new Int32Array(size), touched: new Int32Array(size), count: 0 };
}

function walkFor(size: number): Walk {
  if (sharedWalk.term.length < size) sharedWalk = newWalk(size * 2);
  return sharedWalk;
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

/** A node of the trie while it is built. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** The terms that end here: member, index of the term in the member's list, member, index, … */
  ends: number[];
}

/**
 * A trie of terms laid out in arrays (walked once per word start and
 * proclitic, so lookups are array reads). Node 0 is the root; node `n` has
 * the children `targets[k]` for the codes `codes[k]`, `k` from
 * `childStart[n]` to `childStart[n + 1]` (sorted by code), and the terms
 * that end there, `endIndices[k]` in the list of the member `endMembers[k]`, `k` from
 * `endStart[n]` to `endStart[n + 1]`.
 */
interface Trie {
  /** The root's child for each code unit a term begins with (0: none begins with it). */
  rootNext: Int32Array;
  childStart: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
  /** A wide node's row in `rows` (-1: none); `rows[row * ROW + code - ROW_FIRST]` is its child for an Arabic letter (0: none). */
  rowOf: Int32Array;
  rows: Int32Array;
  endStart: Int32Array;
  endMembers: Int32Array;
  endIndices: Int32Array;
  /** How many members share the trie. */
  size: number;
  /** Per member: 1 when the article is among its proclitics. */
  article: Uint8Array;
}

function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}

/**
 * A member's match at a word start, `FOUND` numbers in its list of hits:
 * the start, the index of its term in the member's list, where the term
 * starts (after the proclitics) and where it ends.
 */
const FOUND = 4;

const WAW = 0x648; // و
const FA = 0x641; // ف
const BA = 0x628; // ب
const KAF = 0x643; // ك
const LAM = 0x644; // ل
const ALEF = 0x627; // ا

const isConjunction = (code: number): boolean => code === WAW || code === FA;
const isPreposition = (code: number): boolean => code === BA || code === KAF || code === LAM;

const isProclitic = (code: number): boolean => isConjunction(code) || isPreposition(code) || code === ALEF;

/**
 * The proclitics at a word start `p`, tried in the reference patterns'
 * order: for و/ف taken then not, the article's forms ب/ك+ال, ال, لل (walks
 * only the members with `article` take matches from), then ب/ك/ل, then
 * nothing. The members without the article see the order of their pattern
 * `[وف]?[بكل]?`: و/ف taken then ب/ك/ل taken, then only و/ف, then only
 * ب/ك/ل, then none; the members with it the order of
 * `[وف]?(?:[بك]?ال|لل|[بكل])?`.
 */
function tryPrefixes(text: string, p: number, trie: Trie, walk: Walk): void {
  let left = trie.size;
  const conj = isConjunction(text.charCodeAt(p)) ? 1 : 0;
  for (let w = conj; w >= 0; w--) {
    const q = p + w;
    const c0 = text.charCodeAt(q);
    const c1 = text.charCodeAt(q + 1);
    const c2 = text.charCodeAt(q + 2);
    if ((c0 === BA || c0 === KAF) && c1 === ALEF && c2 === LAM && (left = longestTerms(text, q + 3, trie, walk, left, ARTICLE_ONLY)) === 0) return;
    if (c0 === ALEF && c1 === LAM && (left = longestTerms(text, q + 2, trie, walk, left, ARTICLE_ONLY)) === 0) return;
    if (c0 === LAM && c1 === LAM && (left = longestTerms(text, q + 2, trie, walk, left, ARTICLE_ONLY)) === 0) return;
    if (isPreposition(c0) && (left = longestTerms(text, q + 1, trie, walk, left, EVERY_MEMBER)) === 0) return;
    if ((left = longestTerms(text, q, trie, walk, left, EVERY_MEMBER)) === 0) return;
  }
}

/** Which members a walk may give a match: all, or only those with the article. */
const EVERY_MEMBER = 0;
const ARTICLE_ONLY = 1;

/**
 * For every member still without a match in `walk` (with `ARTICLE_ONLY`,
 * every such member with the article), its longest term at `at` that ends
 * a word (a space of a term matches a run of spaces). Returns how many
 * members are still without one.
 */
function longestTerms(text: string, at: number, trie: Trie, walk: Walk, left: number, who: number): number {
  if (at >= text.length) return left;
  let node = trie.rootNext[text.charCodeAt(at)]!;
  if (node === 0) return left;
  const serial = ++walkSerial;
  const { term, termStart, end, setBy, touched } = walk;
  const { endStart, endMembers, endIndices, article } = trie;
  let i = at + 1;
  const n = text.length;
  while (node >= 0) {
    const first = endStart[node]!;
    const last = endStart[node + 1]!;
    if (first < last && !isWordCharAt(text, i)) {
      for (let k = first; k < last; k++) {
        const member = endMembers[k]!;
        if (who === ARTICLE_ONLY && article[member] === 0) continue;
        if (term[member] === -1) {
          left--;
          touched[walk.count++] = member;
        } else if (setBy[member] !== serial) continue;
        term[member] = endIndices[k]!;
        termStart[member] = at;
        end[member] = i;
        setBy[member] = serial;
      }
    }
    if (i >= n) break;
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      node = childOf(trie, node, 0x20);
      i++;
      while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    } else {
      node = childOf(trie, node, code);
      i++;
    }
  }
  return left;
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
  const from = Math.max(0, at - 40);
  // scanning back over the 40 characters before `at`; a surrogate is left to the pattern below
  let i = at - 1;
  let end = -1;
  for (; i >= from; i--) {
    const code = folded.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) break;
    const word = isWordCharAt(folded, i);
    if (end < 0) {
      if (word) end = i + 1;
    } else if (!word) {
      break;
    }
  }
  const code = i >= from ? folded.charCodeAt(i) : 0;
  if (!(code >= 0xd800 && code <= 0xdfff)) return end < 0 ? '' : folded.slice(i + 1, end);
  const before = folded.slice(from, at);
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

