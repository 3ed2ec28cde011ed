import { loadLexicon, termList, type LexiconEntry } from '../lexicon/index.js';
import type { Qualifier } from '../model/types.js';
import { QUALIFIERS } from '../model/types.js';

/** The kinds of number word (see `src/lexicon/number-words.yml`). */
export type NumberWordType = 'unit' | 'hundred' | 'thousand' | 'million' | 'vague' | 'vague-after' | 'name';

/** One number word, as the parser uses it. */
export interface NumberWord {
  id: string;
  type: NumberWordType;
  value: number | null;
  /** For vague words (and bare "آلاف"): how they bound the count. */
  vague: { qualifier: Qualifier; min: number | null; max: number | null } | null;
  /** False for words that are no number by themselves ("أحد"). */
  alone: boolean;
}

/** A qualifier phrase (see `src/lexicon/qualifiers.yml`). */
export interface QualifierWord {
  id: string;
  qualifier: Qualifier;
  position: 'before' | 'after' | 'both';
}

type NumberEntry = LexiconEntry & { type: string; value?: number; qualifier?: string; min?: number | null; max?: number | null; alone?: boolean; terms: unknown };
type QualifierEntry = LexiconEntry & { qualifier: string; position: string; terms: unknown };

const TYPES: readonly string[] = ['unit', 'hundred', 'thousand', 'million', 'vague', 'vague-after', 'name'];

let numberWords: Map<string, NumberWord> | null = null;
let qualifierWords: Map<string, QualifierWord> | null = null;

/**
 * Every number word by folded term, loaded once per process.
 *
 * @example
 *   numberWordTable().get('ثلاثه') // {id: 'three', type: 'unit', value: 3, …}
 */
export function numberWordTable(): Map<string, NumberWord> {
  if (numberWords) return numberWords;
  const lexicon = loadLexicon<NumberEntry>('number-words', {
    keys: ['type', 'value', 'qualifier', 'min', 'max', 'alone', 'terms'],
    required: ['type', 'terms'],
    terms: ['terms'],
  });
  const table = new Map<string, NumberWord>();
  for (const entry of lexicon.entries) {
    if (!TYPES.includes(entry.type)) continue; // reported by the lexicon test
    const qualifier = entry.qualifier as Qualifier | undefined;
    if (qualifier !== undefined && !QUALIFIERS.includes(qualifier)) continue;
    const word: NumberWord = {
      id: entry.id,
      type: entry.type as NumberWordType,
      value: typeof entry.value === 'number' ? entry.value : null,
      vague: qualifier ? { qualifier, min: entry.min ?? null, max: entry.max ?? null } : null,
      alone: entry.alone !== false,
    };
    for (const term of termList(entry.terms)) table.set(term, word);
  }
  numberWords = table;
  return table;
}

/**
 * Every qualifier phrase by folded term, loaded once per process.
 *
 * @example
 *   qualifierTable().get('اكثر من') // {id: 'more-than', qualifier: 'more-than', position: 'before'}
 */
export function qualifierTable(): Map<string, QualifierWord> {
  if (qualifierWords) return qualifierWords;
  const lexicon = loadLexicon<QualifierEntry>('qualifiers', {
    keys: ['qualifier', 'position', 'terms'],
    required: ['qualifier', 'position', 'terms'],
    terms: ['terms'],
  });
  const table = new Map<string, QualifierWord>();
  for (const entry of lexicon.entries) {
    if (!QUALIFIERS.includes(entry.qualifier as Qualifier)) continue; // reported by the lexicon test
    const position = entry.position === 'after' || entry.position === 'both' ? entry.position : 'before';
    for (const term of termList(entry.terms)) table.set(term, { id: entry.id, qualifier: entry.qualifier as Qualifier, position });
  }
  qualifierWords = table;
  return table;
}
