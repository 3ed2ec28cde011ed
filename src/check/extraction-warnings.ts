import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ExtractedTimeline } from '../build.js';
import { LEXICON_DIR } from '../lexicon/index.js';
import type { TimelineEvent } from '../model/types.js';
import { CONJUNCTIONS, PROCLITICS, WORD_END, WORD_START, escapeRegExp, toOriginalRange } from '../normalize/index.js';
import type { ArticleDoc } from '../read/index.js';
import type { Message } from '../report/index.js';

/**
 * Warnings about what the machine read, for an editor to look at: each at
 * the article's `line:column` with a rule id. They never stop a build.
 *
 *   check:date-unresolved        a month or weekday name that no date was resolved from
 *   check:side-unknown           a figure whose side (whose troops, who fired) is unknown
 *   check:place-missing          an attack or strike with no place
 *   check:place-not-in-gazetteer an event place that did not come from the gazetteer
 *
 * The order of the list is the order of the checks; each is a function from
 * the extraction to messages.
 */
export function extractionWarnings(extracted: ExtractedTimeline, lexiconDir = LEXICON_DIR): Message[] {
  return CHECKS.flatMap((check) => check(extracted, lexiconDir));
}

type Check = (extracted: ExtractedTimeline, lexiconDir: string) => Message[];

const CHECKS: readonly Check[] = [unresolvedDates, unknownSides, eventPlaces];

/** و/ف and a preposition before the word a lexicon's `notAfter` lists. */
const LEADING_CONJUNCTION = new RegExp(`^${CONJUNCTIONS}`, 'u');

const warning = (doc: ArticleDoc, offset: number, reason: string, ruleId: string): Message => ({
  file: doc.file,
  place: doc.positionOf(offset),
  reason,
  ruleId,
  severity: 'warning',
});

/** Month and weekday names (from the dates stage's lexicons) that no date mention covers. */
function unresolvedDates(extracted: ExtractedTimeline, lexiconDir: string): Message[] {
  const classes = dateNamePatterns(lexiconDir);
  const messages: Message[] = [];
  for (const doc of extracted.docs) {
    const dates = extracted.extractions.get(doc.article.id)?.dates ?? [];
    const known = unresolvedMemo.get(doc);
    if (known && known.dates === dates && known.classes === classes) {
      messages.push(...known.messages);
      continue;
    }
    const start = messages.length;
    for (const sentence of doc.sentences) {
      const text = sentence.folded.text;
      for (const names of classes) {
        if (!names.key.test(text)) continue;
        for (const match of text.matchAll(names.pattern)) {
          const name = names.entries.get(match[1] ?? '');
          if (!name) continue;
          const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
          const after = /^\s*(\p{L}+)/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[1];
          if ((before && name.notAfter.has(before.replace(LEADING_CONJUNCTION, ''))) || name.notAfter.has(before ?? '') || (after && name.notBefore.has(after))) continue;
          const range = toOriginalRange(sentence.folded, match.index, match.index + match[0].length);
          if (dates.some((d) => d.start <= range.start && d.end >= range.end)) continue;
          const quote = doc.body.slice(range.start, range.end);
          messages.push(warning(doc, range.start, `“${quote}” names a ${names.what} but no date was resolved from it: check the dates of this sentence, or fix the event's date in corrections.yaml`, 'check:date-unresolved'));
        }
      }
    }
    unresolvedMemo.set(doc, { dates, classes, messages: messages.slice(start) });
  }
  return messages;
}

/**
 * The warnings of an article already checked, while its text and dates are
 * the same objects: a long-running build (the watch mode) checks again only
 * the articles an edit touched.
 */
const unresolvedMemo = new WeakMap<ArticleDoc, { dates: readonly unknown[]; classes: NameClass[]; messages: Message[] }>();

function unknownSides(extracted: ExtractedTimeline): Message[] {
  const docs = new Map(extracted.docs.map((d) => [d.article.id, d]));
  return extracted.timeline.figures.flatMap((f) => {
    const doc = docs.get(f.source.article);
    if (!doc || f.side !== 'unknown') return [];
    return [warning(doc, f.source.start, `figure ${f.id} “${f.source.quote}” (${f.kind}) has side unknown: whose is it? Set it with \`- figure: ${f.id}\` and \`set: {side: …}\` in corrections.yaml`, 'check:side-unknown')];
  });
}

/** Kinds of event that happen somewhere: one without a place is worth a look. */
const PLACED_KINDS = new Set<TimelineEvent['kind']>(['attack', 'strike']);

function eventPlaces(extracted: ExtractedTimeline): Message[] {
  const docs = new Map(extracted.docs.map((d) => [d.article.id, d]));
  const messages: Message[] = [];
  for (const event of extracted.timeline.events) {
    const first = event.sources[0];
    const doc = first && docs.get(first.article);
    if (!first || !doc) continue;
    if (event.place === null && PLACED_KINDS.has(event.kind)) {
      messages.push(warning(doc, first.start, `${event.kind} ${event.id} has no place: if the text names one, add it to src/lexicon/places.yml or set it in corrections.yaml`, 'check:place-missing'));
    } else if (event.place !== null && event.place.id === undefined) {
      messages.push(warning(doc, first.start, `place “${event.place.name}” of event ${event.id} is not in the gazetteer: add it to src/lexicon/places.yml`, 'check:place-not-in-gazetteer'));
    }
  }
  return messages;
}

/** One lexicon entry's words around its name that make it no date. */
interface NameEntry {
  notAfter: Set<string>;
  notBefore: Set<string>;
}

/** All the names of one class in one pattern (group 1 is the name), and each name's entry. */
interface NameClass {
  what: 'month' | 'weekday';
  pattern: RegExp;
  /**
   * The names alone, with no boundaries or proclitics: every match of
   * `pattern` holds one, so a sentence without a hit is skipped (most are,
   * and this plain alternation is several times cheaper than the pattern,
   * whose look-behind is tried at every character).
   */
  key: RegExp;
  entries: Map<string, NameEntry>;
}

const patternCache = new Map<string, NameClass[]>();

/**
 * One pattern for the unambiguous month names (`terms`, with proclitics) and
 * one for the definite weekday names (`ال` + term) of `months.yml` and
 * `weekdays.yml`, each name mapped to its entry's `notAfter` / `notBefore`
 * words. Read as data only.
 */
function dateNamePatterns(dir: string): NameClass[] {
  const cached = patternCache.get(dir);
  if (cached) return cached;
  const entries = (name: string): Record<string, unknown>[] => {
    const path = join(dir, `${name}.yml`);
    if (!existsSync(path)) return [];
    try {
      const data: unknown = parse(readFileSync(path, 'utf8'), { schema: 'core', merge: false });
      return Array.isArray(data) ? data.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null) : [];
    } catch {
      return [];
    }
  };
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);
  const build = (what: NameClass['what'], lexicon: Record<string, unknown>[], prefix: string): NameClass | null => {
    const names = new Map<string, NameEntry>();
    for (const entry of lexicon) {
      const words: NameEntry = { notAfter: new Set(list(entry.notAfter)), notBefore: new Set(list(entry.notBefore)) };
      for (const term of list(entry.terms)) if (!names.has(term)) names.set(term, words);
    }
    if (names.size === 0) return null;
    const alternatives = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|');
    return { what, pattern: new RegExp(`${WORD_START}${prefix}(${alternatives})${WORD_END}`, 'gu'), key: new RegExp(alternatives, 'u'), entries: names };
  };
  const classes = [build('month', entries('months'), PROCLITICS), build('weekday', entries('weekdays'), '(?:[وف]?(?:[بك]?ال|لل))')].filter(
    (p): p is NameClass => p !== null,
  );
  patternCache.set(dir, classes);
  return classes;
}
