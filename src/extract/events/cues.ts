import { createTermMatcher, dropOverlaps, type Side, type TermMatch, type TermMatcher } from '../../gazetteer/index.js';
import { loadLexicon, termList } from '../../lexicon/index.js';

/** The classes of `src/lexicon/event-cues.yml` (see the file's header). */
export type CueClass =
  | 'attack' | 'exposure' | 'strike' | 'response' | 'claim' | 'assassination' | 'war' | 'start' | 'withdrawal' | 'talks' | 'suspension'
  | 'launch' | 'shootdown' | 'explosion' | 'deployment' | 'seizure' | 'visit'
  | 'munition' | 'venture' | 'troops' | 'vessel' | 'mission' | 'claimed' | 'negation' | 'until' | 'wound' | 'launch-site' | 'sequel'
  | 'generic' | 'hypothetical' | 'threat' | 'evaluative' | 'cause' | 'operations' | 'reporting' | 'reference' | 'affiliation' | 'site-noun' | 'object'
  | 'agent' | 'attribution' | 'victim' | 'when' | 'tally' | 'statement' | 'side-adjective' | 'number';

/** Classes that make an event. */
export const TRIGGER_CLASSES: ReadonlySet<CueClass> = new Set([
  'attack', 'exposure', 'strike', 'response', 'claim', 'assassination', 'war', 'start', 'withdrawal', 'talks', 'suspension',
  'launch', 'shootdown', 'explosion', 'deployment', 'seizure', 'visit',
]);

const CLASSES: ReadonlySet<string> = new Set([
  ...TRIGGER_CLASSES, 'munition', 'venture', 'troops', 'vessel', 'mission', 'claimed', 'negation', 'until', 'wound', 'launch-site', 'sequel', 'generic', 'hypothetical', 'threat', 'evaluative', 'cause', 'operations', 'reporting', 'reference', 'affiliation', 'site-noun', 'object',
  'agent', 'attribution', 'victim', 'when', 'tally', 'statement', 'side-adjective', 'number',
]);

/** What a cue term stands for. */
export interface Cue {
  id: string;
  class: CueClass;
  /** `verb` for verbs (their subject may follow them), `masdar` for verbal nouns (their next word is the object), else `noun`. */
  form: 'verb' | 'noun' | 'masdar';
  /** For `side-adjective`: the side the adjective names (`us`, `israel`). */
  side?: Side;
}

export type CueMatch = TermMatch<Cue>;

let matchers: Map<CueClass, TermMatcher<Cue>> | null = null;

/** Compiles the cue lexicon once per process: one matcher per class. */
function load(): Map<CueClass, TermMatcher<Cue>> {
  if (matchers) return matchers;
  const lexicon = loadLexicon('event-cues', { keys: ['class', 'form', 'side', 'terms'], required: ['class', 'terms'], terms: ['terms'] });
  const byClass = new Map<CueClass, { term: string; value: Cue }[]>();
  for (const entry of lexicon.entries) {
    const cls = String(entry.class);
    if (!CLASSES.has(cls)) {
      lexicon.messages.push({ file: 'src/lexicon/event-cues.yml', place: null, reason: `cue \`${entry.id}\` has unknown class \`${cls}\``, ruleId: 'events:cue-class', severity: 'error' });
      continue;
    }
    const cue: Cue = { id: entry.id, class: cls as CueClass, form: entry.form === 'verb' || entry.form === 'masdar' ? entry.form : 'noun' };
    if (typeof entry.side === 'string') cue.side = entry.side as Side;
    const list = byClass.get(cue.class) ?? [];
    for (const term of termList(entry.terms)) list.push({ term, value: cue });
    byClass.set(cue.class, list);
  }
  matchers = new Map([...byClass].map(([cls, list]) => [cls, createTermMatcher(list, { article: true })]));
  return matchers;
}

/**
 * Cue words of one class in folded text.
 *
 * @example
 *   findCues(foldTerm('بعد الهجوم على القاعدة'), 'attack')[0].term // 'هجوم'
 */
export function findCues(folded: string, cls: CueClass): CueMatch[] {
  return load().get(cls)?.(folded) ?? [];
}

/** Trigger cues (the classes that make an event), in text order, without overlaps. */
export function findTriggers(folded: string): CueMatch[] {
  const all: CueMatch[] = [];
  for (const cls of TRIGGER_CLASSES) for (const match of findCues(folded, cls)) all.push(match);
  // one class's matches are in order and do not overlap: only several need sorting out (most sentences have one or none)
  return all.length > 1 ? dropOverlaps(all) : all;
}
