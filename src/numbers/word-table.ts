/**
 * A table of words looked up in place: `get(text, start, end)` finds the
 * entry of `text.slice(start, end)` without cutting that substring (no
 * string made and hashed per word read). Open addressing over an FNV-1a
 * hash of the code units; each slot keeps its word's hash beside its index,
 * so a probe reads a stored word only when the hashes agree (most words of a
 * text are in no table: their probes then touch the slots alone). A hit is
 * confirmed code unit by code unit, so the answers are a `Map<string, T>`'s.
 */
export interface WordTable<T> {
  /** The value of the word `text.slice(start, end)`, or undefined. */
  get(text: string, start: number, end: number): T | undefined;
  /** The value of `word`, made by `make` and added when missing. */
  getOrAdd(word: string, make: () => T): T;
}

/**
 * @example
 *   const table = createWordTable<number>();
 *   table.getOrAdd('هجوم', () => 1);
 *   table.get('بعد هجوم', 4, 8) // 1
 */
export function createWordTable<T>(): WordTable<T> {
  const words: string[] = [];
  const values: T[] = [];
  /** Slot `s` is `slots[2s]`, the index of its word in `words` (-1: empty), and `slots[2s + 1]`, that word's hash. */
  let slots = new Int32Array(2 * 1024).fill(-1);

  /** The slot (its first cell) holding the word `text.slice(start, end)`, or the empty slot where it would go. */
  const find = (text: string, start: number, end: number): number => {
    const mask = (slots.length >> 1) - 1;
    const hash = hashOf(text, start, end);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[2 * slot]!;
      if (index < 0 || (slots[2 * slot + 1] === hash && sameWord(words[index]!, text, start, end))) return 2 * slot;
    }
  };

  const add = (at: number, word: string, index: number): void => {
    slots[at] = index;
    slots[at + 1] = hashOf(word, 0, word.length);
  };

  const grow = (): void => {
    slots = new Int32Array(slots.length * 2).fill(-1);
    words.forEach((word, index) => add(find(word, 0, word.length), word, index));
  };

  return {
    get(text, start, end) {
      const index = slots[find(text, start, end)]!;
      return index < 0 ? undefined : values[index];
    },
    getOrAdd(word, make) {
      const at = find(word, 0, word.length);
      const index = slots[at]!;
      if (index >= 0) return values[index]!;
      const value = make();
      add(at, word, words.push(word) - 1);
      values.push(value);
      if (words.length * 4 > slots.length) grow();
      return value;
    },
  };
}

/** FNV-1a over the code units of `text.slice(start, end)` (as a signed 32-bit integer, what an `Int32Array` holds). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
