import { figureLexicons, termKey, type CountedNoun, type NounForm } from './figure-lexicons.js';

/** The noun a number counts, found right after it. */
export interface CountedRead {
  noun: CountedNoun;
  form: NounForm;
  /** Folded offsets of the noun (of the inner noun for a container). */
  start: number;
  end: number;
  /** "خمسه من المصابين": a part of a group named before. */
  partitive: boolean;
  /** The noun carries the article ("من المصابين"). */
  definite: boolean;
  /** The noun carries a possessive pronoun ("منتسبيها", "قواته"): its owner is named before it. */
  possessive: boolean;
}

const PARTITIVE = /^\s+من\s+/u;
/** Up to two words (adjectives) and "من" after a container noun: "مجموعات منفصله من". */
const CONTAINER_TAIL = /^(?:\s+[^\s،,.]+){0,2}?\s+من\s+/u;

/**
 * The counted noun right after position `at` of a folded text: directly
 * ("ثمانيه افراد"), after a partitive "من" ("8 من قواته"), or through a
 * container ("ثلاث مجموعات منفصله من الضربات" counts strikes).
 *
 * @example
 *   readCountedNoun('ثمانيه افراد', 6)?.noun.id // 'personnel'
 */
export function readCountedNoun(text: string, at: number): CountedRead | null {
  const partitive = PARTITIVE.exec(text.slice(at));
  const from = partitive ? at + partitive[0].length : at;
  const direct = nounAt(text, from);
  if (!direct) return null;
  const read: CountedRead = { ...direct, partitive: partitive !== null };
  if (read.noun.class !== 'container') return read;
  const tail = CONTAINER_TAIL.exec(text.slice(read.end));
  if (!tail) return null;
  const inner = nounAt(text, read.end + tail[0].length);
  if (!inner || inner.noun.class === 'container') return null;
  return { ...inner, partitive: false };
}

/** A counted noun starting at `at` (after spaces and proclitics). */
export function nounAt(text: string, at: number): Omit<CountedRead, 'partitive'> | null {
  const { nounAt: re, nouns } = figureLexicons();
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  const found = nouns.get(termKey(m[2]!));
  if (!found) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return { noun: found.noun, form: found.form, start, end: m.index + m[0].length, definite: /ال$|^لل/u.test(m[1] ?? ''), possessive: (m[3] ?? '') !== '' };
}
