import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { foldTerm } from '../normalize/index.js';
import { createLineIndex, type Message } from '../report/index.js';

/**
 * Lexicons are reviewed data: YAML lists of entries beside the code that
 * reads them (`src/lexicon/*.yml`). Each entry has an `id`, an optional
 * `note` and `source`, and the keys its spec allows. Invariants are checked on
 * every load and reported at their YAML line: a missing or duplicate id, an
 * unknown key, a missing required key, and a term that Arabic folding would
 * change (terms are written folded, so matching never depends on how a
 * reviewer typed a hamza).
 */

export interface LexiconSpec {
  /** Keys an entry may have besides `id`, `note`, `source`. */
  keys: readonly string[];
  /** Keys every entry must have. */
  required?: readonly string[];
  /** Keys whose values (string or list of strings) are terms matched against folded text. */
  terms?: readonly string[];
}

export type LexiconEntry = { id: string; note?: string; source?: string } & Record<string, unknown>;

export interface Lexicon<T extends LexiconEntry = LexiconEntry> {
  name: string;
  entries: T[];
  messages: Message[];
}

export const LEXICON_DIR = dirname(fileURLToPath(import.meta.url));

const BASE_KEYS = ['id', 'note', 'source'];

/**
 * Loads `src/lexicon/<name>.yml` and checks it against `spec`.
 *
 * @example
 *   const months = loadLexicon('months', {keys: ['month', 'terms'], terms: ['terms']});
 */
export function loadLexicon<T extends LexiconEntry = LexiconEntry>(name: string, spec: LexiconSpec, dir = LEXICON_DIR): Lexicon<T> {
  const key = join(dir, name);
  const cached = cache.get(key);
  if (cached) return cached as Lexicon<T>;
  const loaded = loadLexiconUncached<T>(name, spec, dir);
  cache.set(key, loaded as Lexicon);
  return loaded;
}

/** Every lexicon loaded in this process, by path: loaded once, checked once. */
const cache = new Map<string, Lexicon>();

/** Problems found in every lexicon loaded so far (stable order). */
export function lexiconMessages(): Message[] {
  return [...cache.keys()].sort().flatMap((key) => cache.get(key)!.messages);
}

function loadLexiconUncached<T extends LexiconEntry>(name: string, spec: LexiconSpec, dir: string): Lexicon<T> {
  const path = join(dir, `${name}.yml`);
  const shown = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8');
  const lines = createLineIndex(text);
  const messages: Message[] = [];
  const problem = (offset: number, reason: string, ruleId: string): void => {
    messages.push({ file: shown, place: lines.toPosition(offset), reason, ruleId, severity: 'error' });
  };
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, merge: false, prettyErrors: false });
  for (const error of doc.errors) problem(error.pos[0], `not valid YAML: ${error.message.split('\n')[0]}`, 'lexicon:yaml');
  const entries: T[] = [];
  if (doc.errors.length > 0) return { name, entries, messages };
  if (!isSeq(doc.contents)) {
    problem(0, 'a lexicon is a YAML list of entries (`- id: …`)', 'lexicon:not-a-list');
    return { name, entries, messages };
  }
  const allowed = new Set([...BASE_KEYS, ...spec.keys]);
  const termKeys = new Set(spec.terms ?? []);
  const ids = new Map<string, number>();
  for (const item of doc.contents.items) {
    const node = item as YamlNode;
    const at = node.range?.[0] ?? 0;
    if (!isMap(node)) {
      problem(at, 'each entry is a map with an `id`', 'lexicon:entry');
      continue;
    }
    const entry: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyAt = (pair.key as YamlNode | null)?.range?.[0] ?? at;
      if (!allowed.has(key)) {
        problem(keyAt, `unknown key \`${key}\` (allowed: ${[...allowed].join(', ')})`, 'lexicon:unknown-key');
        continue;
      }
      const value = pair.value as YamlNode | null;
      entry[key] = value && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : null;
      if (termKeys.has(key) && value) checkTerms(value, key, problem);
    }
    const id = entry.id;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problem(at, 'every entry needs an ASCII `id` (lower case, digits, hyphens)', 'lexicon:id');
      continue;
    }
    if (ids.has(id)) {
      problem(at, `duplicate id \`${id}\` (first at line ${lines.toPosition(ids.get(id)!).line})`, 'lexicon:duplicate-id');
      continue;
    }
    ids.set(id, at);
    const missing = (spec.required ?? []).filter((key) => entry[key] === undefined || entry[key] === null);
    if (missing.length > 0) {
      problem(at, `entry \`${id}\` lacks ${missing.map((k) => `\`${k}\``).join(', ')}`, 'lexicon:required');
      continue;
    }
    entries.push(entry as T);
  }
  checkDuplicateTerms(doc.contents.items as YamlNode[], termKeys, problem);
  return { name, entries, messages };
}

type Problem = (offset: number, reason: string, ruleId: string) => void;

function checkTerms(value: YamlNode, key: string, problem: Problem): void {
  const scalars = isSeq(value) ? (value.items as YamlNode[]) : [value];
  for (const scalar of scalars) {
    if (!isScalar(scalar) || typeof scalar.value !== 'string') {
      problem(scalar.range?.[0] ?? 0, `\`${key}\` holds text terms`, 'lexicon:term-type');
      continue;
    }
    const term = scalar.value;
    const folded = foldTerm(term);
    if (folded !== term) {
      problem(scalar.range?.[0] ?? 0, `term "${term}" changes under folding; write it as "${folded}"`, 'lexicon:term-not-folded');
    } else if (term.trim() !== term || term === '') {
      problem(scalar.range?.[0] ?? 0, `term "${term}" has leading or trailing space`, 'lexicon:term-space');
    }
  }
}

/** The same term twice in one lexicon (in any entry's term keys) is an error at its second place. */
function checkDuplicateTerms(items: YamlNode[], termKeys: Set<string>, problem: Problem): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (!isMap(item)) continue;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!termKeys.has(key)) continue;
      const value = pair.value as YamlNode | null;
      if (!value) continue;
      const scalars = isSeq(value) ? (value.items as YamlNode[]) : [value];
      for (const scalar of scalars) {
        if (!isScalar(scalar) || typeof scalar.value !== 'string') continue;
        const term = `${key}\u0000${scalar.value}`;
        if (seen.has(term)) problem(scalar.range?.[0] ?? 0, `term "${scalar.value}" is listed twice`, 'lexicon:duplicate-term');
        seen.add(term);
      }
    }
  }
}

/** Normalises a term field to a list. */
export function termList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
