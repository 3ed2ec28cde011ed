import { allPlaces } from '../../gazetteer/index.js';
import { loadLexicon, termList, type LexiconEntry } from '../../lexicon/index.js';
import type { Side } from '../../model/types.js';
import { escapeRegExp, WORD_END, WORD_START } from '../../normalize/index.js';
import { termMatcher, termPattern, type TermMatch, type TermPattern } from '../../numbers/index.js';

/** What a counted noun counts (see `src/lexicon/figure-nouns.yml`). */
export type NounClass = 'person' | 'killed' | 'injured' | 'attack' | 'operation' | 'strike' | 'munition' | 'target' | 'times' | 'container';
export type NounForm = 'singular' | 'dual' | 'plural';

export interface CountedNoun {
  id: string;
  class: NounClass;
  side: Side | null;
}

export type CueKind = 'killed' | 'injured' | 'deploy' | 'attack' | 'strike' | 'fire' | 'speech' | 'complementizer' | 'against' | 'tally' | 'reporter' | 'agent' | 'breakdown' | 'dispatch' | 'region' | 'used' | 'result' | 'anaphor' | 'between';

export interface PlaceEntry {
  id: string;
  country: string;
  kind: 'country' | 'capital' | 'place';
}

const NOUN_CLASSES: readonly string[] = ['person', 'killed', 'injured', 'attack', 'operation', 'strike', 'munition', 'target', 'times', 'container'];
const CUE_KINDS: readonly string[] = ['killed', 'injured', 'deploy', 'attack', 'strike', 'fire', 'speech', 'complementizer', 'against', 'tally', 'reporter', 'agent', 'breakdown', 'dispatch', 'region', 'used', 'result', 'anaphor', 'between'];
const SIDE_VALUES: readonly string[] = ['us', 'militia', 'iraqi', 'other', 'unknown'];

/** Nisba inflections added to a nationality adjective ("اميركي" → "اميركيين"…). */
const NISBA_SUFFIXES = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان', 'ا', 'تي'];
/** Pronoun suffixes a counted noun may carry ("عناصرها", "قواته"). */
const PRONOUNS = '(?:هما|هم|ها|ه|نا|كم)?';
/** Classes that count people: their sound plurals have construct forms. */
const PEOPLE_CLASSES: ReadonlySet<NounClass> = new Set(['person', 'killed', 'injured']);
/** "One" before a person noun ("احد عناصرها", "احدي"). */
const ONE_WORDS = ['احد', 'احدي'];
/** Proclitics before a noun: و/ف, then ب/ك/ل + ال, ال, لل, or a bare ب/ك/ل. */
const NOUN_CLITICS = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';
/** The same after و/ف, as the forms a term matcher tries in the pattern's order. */
const NOUN_CLITIC_FORMS: readonly string[] = ['بال', 'كال', 'ال', 'لل', 'ب', 'ك', 'ل'];
/** Proclitics before a place name after و/ف (no ك: "كالعراق" compares). */
const PLACE_CLITIC_FORMS: readonly string[] = ['بال', 'لل', 'ال', 'ب', 'ل'];

/** The compiled lexicons of the figure rules, built once per process. */
export interface FigureLexicons {
  nouns: Map<string, { noun: CountedNoun; form: NounForm }>;
  /** Sticky: a counted noun at `lastIndex` (after optional spaces). Groups: 1 clitics, 2 term, 3 pronoun suffix. */
  nounAt: RegExp;
  /** Every dual form in a text (noun proclitics). */
  duals: TermPattern<TermMatch>;
  /** "احد/احدي" + a person noun. Groups: 1 word, 2 clitics, 3 term. */
  oneOf: TermPattern<RegExpExecArray>;
  /** Per cue kind: its words before a number (noun proclitics), and the after-pattern (sticky: a cue right at `lastIndex`). */
  cues: Map<CueKind, { before: TermPattern<TermMatch> | null; after: RegExp | null }>;
  sides: { side: Side; re: RegExp }[];
  /** Any side term (noun proclitics). */
  sideAny: TermPattern<TermMatch>;
  sideOf: Map<string, Side>;
  places: Map<string, PlaceEntry>;
  /** Any place term, after و/ف and بال, لل, ال, ب or ل (`PLACE_CLITIC_FORMS`). */
  placeAny: TermPattern<TermMatch>;
}

let compiled: FigureLexicons | null = null;

type NounYaml = LexiconEntry & { class: string; side?: string; construct?: boolean; singular?: unknown; dual?: unknown; plural?: unknown };
type CueYaml = LexiconEntry & Record<string, unknown>;
type SideYaml = LexiconEntry & { side: string; form: string; terms: unknown };

/** A term with the article also as written after the preposition ل ("الولايات" → "للولايات"). */
function withLam(terms: readonly string[]): string[] {
  return terms.flatMap((t) => (t.startsWith('ال') ? [t, `ل${t.slice(1)}`] : [t]));
}

function alternation(terms: Iterable<string>): string {
  return [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');
}

/** Spaces inside a matched multi-word term normalised, for table look-ups. */
export function termKey(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Loads and compiles the figure lexicons (nouns, cues, sides, places).
 *
 * @example
 *   figureLexicons().nouns.get('صاروخين') // {noun: {id: 'missile', class: 'munition', …}, form: 'dual'}
 */
export function figureLexicons(): FigureLexicons {
  if (compiled) return compiled;
  const nounLexicon = loadLexicon<NounYaml>('figure-nouns', { keys: ['class', 'side', 'construct', 'singular', 'dual', 'plural'], required: ['class'], terms: ['singular', 'dual', 'plural'] });
  const nouns = new Map<string, { noun: CountedNoun; form: NounForm }>();
  const plurals = new Set(nounLexicon.entries.flatMap((e) => termList(e.plural)));
  for (const entry of nounLexicon.entries) {
    if (!NOUN_CLASSES.includes(entry.class)) continue;
    const noun: CountedNoun = { id: entry.id, class: entry.class as NounClass, side: SIDE_VALUES.includes(entry.side ?? '') ? (entry.side as Side) : null };
    const add = (term: string, form: NounForm): void => {
      if (!nouns.has(term)) nouns.set(term, { noun, form });
    };
    for (const term of termList(entry.plural)) add(term, 'plural');
    if (PEOPLE_CLASSES.has(noun.class) && entry.construct !== false) {
      // the construct of a sound plural of people: "مقاتلين" → "مقاتلي الكتائب", "منتسبيها"
      for (const term of termList(entry.plural)) {
        if (term.includes(' ')) continue;
        if (/ين$/u.test(term)) add(term.slice(0, -2) + 'ي', 'plural');
        else if (/ون$/u.test(term)) add(term.slice(0, -2) + 'و', 'plural');
      }
    }
    for (const term of termList(entry.singular)) {
      add(term, 'singular');
      // the accusative after 11–99 ("61 هجوما"); not for words ending in a vowel letter
      if (!/[هاء]$/.test(term) && !term.includes(' ')) add(`${term}ا`, 'singular');
    }
    for (const term of termList(entry.dual)) {
      // a sound masculine plural is never read as a dual ("مسلحين")
      if (plurals.has(term)) continue;
      add(term, 'dual');
      // construct dual of a -ه noun: "قاعدتي عين الاسد"
      if (/تين$/.test(term) && !term.includes(' ')) add(term.replace(/تين$/, 'تي'), 'dual');
    }
  }
  const nounTerms = alternation(nouns.keys());
  const duals = [...nouns].filter(([, n]) => n.form === 'dual').map(([t]) => t);
  const personTerms = alternation([...nouns].filter(([, n]) => n.noun.class === 'person' || n.noun.class === 'killed' || n.noun.class === 'injured').map(([t]) => t));

  const cueKeys = CUE_KINDS.flatMap((k) => [k, `${k}-after`]);
  const cueLexicon = loadLexicon<CueYaml>('figure-cues', { keys: cueKeys, terms: cueKeys });
  const cueTerms = new Map<string, { before: string[]; after: string[] }>();
  for (const entry of cueLexicon.entries) {
    for (const kind of CUE_KINDS) {
      const slot = cueTerms.get(kind) ?? { before: [], after: [] };
      slot.before.push(...termList(entry[kind]));
      slot.after.push(...termList(entry[`${kind}-after`]));
      cueTerms.set(kind, slot);
    }
  }
  const cues = new Map<CueKind, { before: TermPattern<TermMatch> | null; after: RegExp | null }>();
  for (const [cue, slot] of cueTerms) {
    cues.set(cue as CueKind, {
      before: slot.before.length ? termMatcher(slot.before, NOUN_CLITIC_FORMS) : null,
      after: slot.after.length ? new RegExp(`[\\s"']*(?:[وف]?(?:${alternation(slot.after)}))${WORD_END}`, 'uy') : null,
    });
  }

  const sideLexicon = loadLexicon<SideYaml>('sides', { keys: ['side', 'form', 'terms'], required: ['side', 'form', 'terms'], terms: ['terms'] });
  const sideOf = new Map<string, Side>();
  const sides: { side: Side; re: RegExp }[] = [];
  for (const entry of sideLexicon.entries) {
    if (!SIDE_VALUES.includes(entry.side)) continue;
    const terms = withLam(termList(entry.terms).flatMap((t) => (entry.form === 'nisba' ? NISBA_SUFFIXES.map((s) => t + s) : [t])));
    for (const term of terms) if (!sideOf.has(term)) sideOf.set(term, entry.side as Side);
    sides.push({ side: entry.side as Side, re: new RegExp(`${WORD_START}${NOUN_CLITICS}(?:${alternation(terms)})${WORD_END}`, 'gu') });
  }

  // Places come from the gazetteer (src/lexicon/places.yml): a country or a
  // capital names a figure's country only after a locative word; any other
  // place names it wherever it stands.
  const places = new Map<string, PlaceEntry>();
  for (const entry of allPlaces()) {
    const kind = entry.kind === 'country' ? 'country' : entry.capital ? 'capital' : 'place';
    for (const term of withLam(entry.names)) if (!places.has(term)) places.set(term, { id: entry.id, country: entry.country, kind });
  }

  compiled = {
    nouns,
    nounAt: new RegExp(`\\s*(${NOUN_CLITICS})(${nounTerms})(${PRONOUNS})${WORD_END}`, 'uy'),
    duals: termMatcher(duals, NOUN_CLITIC_FORMS),
    oneOf: termPattern(new RegExp(`${WORD_START}[وف]?[بل]?(${ONE_WORDS.join('|')})\\s+(${NOUN_CLITICS})(${personTerms})${PRONOUNS}${WORD_END}`, 'gu'), ONE_WORDS),
    cues,
    sides,
    sideAny: termMatcher(sideOf.keys(), NOUN_CLITIC_FORMS),
    sideOf,
    places,
    placeAny: termMatcher(places.keys(), PLACE_CLITIC_FORMS),
  };
  return compiled;
}
