import { isSpaceCode, isWordCharAt } from '../normalize/index.js';

/**
 * Where the date rules' keys of lexicon terms stand in a text, all keys in
 * one pass (a regex per key read every sentence once per key: the costliest
 * part of the date stage).
 *
 * The terms of every key go into one trie laid out in arrays; at each
 * position of the text the trie is walked as far as the text follows it, a
 * space of a term taking any run of white space (`\s+`). Every term found
 * there is a hit of each key it belongs to (when the key has `wordEnd`,
 * only with no letter or digit after it). So a key's hits are every
 * occurrence of its terms, overlapping ones too: at least every hit of its
 * regex (`keySource`), which is all `scanRule` needs (it tries the rule
 * near each hit, and a further hit only adds tries of the same scan).
 * `key-terms.test.ts` checks that every regex hit is found.
 */

/** Keys of terms: each a list of terms and whether a term must end a word. */
export interface TermKey {
  terms: readonly string[];
  wordEnd: boolean;
}

/** The hits of each key in a text, as flat `[start, end, …]` pairs sorted by start (an empty list when none). */
export type KeyTermHits = readonly (readonly number[])[];

/**
 * A finder of the terms of `keys` (in that order) in a text.
 *
 * @example
 *   const find = keyTermFinder([{terms: ['اكتوبر', 'تشرين الاول'], wordEnd: true}]);
 *   find('منذ 7 تشرين  الاول')[0] // [6, 18]
 */
export function keyTermFinder(keys: readonly TermKey[]): (text: string) => KeyTermHits {
  const trie = buildTrie(keys);
  const wordEnd = Uint8Array.from(keys, (k) => (k.wordEnd ? 1 : 0));
  const none: readonly number[] = [];
  return (text) => {
    const hits: number[][] = [];
    const n = text.length;
    for (let p = 0; p < n; p++) {
      let node = trie.rootNext[text.charCodeAt(p)]!;
      if (node === 0) continue;
      let i = p + 1;
      for (;;) {
        for (let k = trie.endStart[node]!, last = trie.endStart[node + 1]!; k < last; k++) {
          const key = trie.endKeys[k]!;
          if (wordEnd[key] === 0 || !isWordCharAt(text, i)) (hits[key] ??= []).push(p, i);
        }
        if (i >= n) break;
        const code = text.charCodeAt(i);
        if (isSpaceCode(code)) {
          node = childOf(trie, node, SPACE);
          if (node < 0) break;
          while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
        } else {
          node = childOf(trie, node, code);
          if (node < 0) break;
          i++;
        }
      }
    }
    const out: (readonly number[])[] = [];
    for (let key = 0; key < keys.length; key++) out.push(hits[key] ?? none);
    return out;
  };
}

const SPACE = 0x20;

/**
 * The trie in arrays: node 0 is unused (0 means "no child" in `rootNext`),
 * node 1 the root; node `n` has the children `targets[k]` for the codes
 * `codes[k]`, `k` from `childStart[n]` to `childStart[n + 1]`, and ends the
 * terms of the keys `endKeys[k]`, `k` from `endStart[n]` to `endStart[n + 1]`.
 * A run of spaces in a term is one `SPACE` child.
 */
interface Trie {
  rootNext: Int32Array;
  childStart: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
  endStart: Int32Array;
  endKeys: Int32Array;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  keys: Set<number>;
}

function buildTrie(keys: readonly TermKey[]): Trie {
  const root: TrieNode = { next: new Map(), keys: new Set() };
  keys.forEach((key, index) => {
    for (const term of key.terms) {
      let node = root;
      for (const word of term.split(/ +/)) {
        if (word === '') continue;
        if (node !== root) node = step(node, SPACE);
        for (let i = 0; i < word.length; i++) node = step(node, word.charCodeAt(i));
      }
      if (node !== root) node.keys.add(index);
    }
  });
  const nodes: TrieNode[] = [root, root];
  for (let n = 1; n < nodes.length; n++) for (const code of [...nodes[n]!.next.keys()].sort((a, b) => a - b)) nodes.push(nodes[n]!.next.get(code)!);
  const id = new Map(nodes.map((node, n) => [node, n]));
  id.set(root, 1);
  const childStart = new Int32Array(nodes.length + 1);
  const endStart = new Int32Array(nodes.length + 1);
  const codes: number[] = [];
  const targets: number[] = [];
  const endKeys: number[] = [];
  nodes.forEach((node, n) => {
    childStart[n] = codes.length;
    endStart[n] = endKeys.length;
    if (n === 0) return;
    for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
      codes.push(code);
      targets.push(id.get(node.next.get(code)!)!);
    }
    endKeys.push(...[...node.keys].sort((a, b) => a - b));
  });
  childStart[nodes.length] = codes.length;
  endStart[nodes.length] = endKeys.length;
  const rootNext = new Int32Array(0x10000);
  for (const [code, child] of root.next) if (code !== SPACE) rootNext[code] = id.get(child)!;
  return { rootNext, childStart, codes: Uint16Array.from(codes), targets: Int32Array.from(targets), endStart, endKeys: Int32Array.from(endKeys) };
}

function step(node: TrieNode, code: number): TrieNode {
  let child = node.next.get(code);
  if (!child) node.next.set(code, (child = { next: new Map(), keys: new Set() }));
  return child;
}

/** The child of `node` for `code`, or -1. */
function childOf(trie: Trie, node: number, code: number): number {
  const { codes } = trie;
  for (let k = trie.childStart[node]!, last = trie.childStart[node + 1]!; k < last; k++) {
    const c = codes[k]!;
    if (c === code) return trie.targets[k]!;
    if (c > code) break;
  }
  return -1;
}
