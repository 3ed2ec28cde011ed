/**
 * A table of words looked up in place: `get(text, start, end)` finds the
 * entry of `text.slice(start, end)` without cutting that substring (no
 * string made and hashed per word read). Open addressing over an FNV-1a
 * hash of the code units; a hit is confirmed code unit by code unit, so the
 * answers are a `Map<string, T>`'s.
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
  let slots = new Int32Array(1024).fill(-1);

  const find = (text: string, start: number, end: number): number => {
    const mask = slots.length - 1;
    for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot]!;
      if (index < 0 || sameWord(words[index]!, text, start, end)) return slot;
    }
  };

  const grow = (): void => {
    slots = new Int32Array(slots.length * 2).fill(-1);
    words.forEach((word, index) => {
      slots[find(word, 0, word.length)] = index;
    });
  };

  return {
    get(text, start, end) {
      const index = slots[find(text, start, end)]!;
      return index < 0 ? undefined : values[index];
    },
    getOrAdd(word, make) {
      const slot = find(word, 0, word.length);
      const index = slots[slot]!;
      if (index >= 0) return values[index]!;
      const value = make();
      slots[slot] = words.push(word) - 1;
      values.push(value);
      if (words.length * 2 > slots.length) grow();
      return value;
    },
  };
}

/** FNV-1a over the code units of `text.slice(start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
