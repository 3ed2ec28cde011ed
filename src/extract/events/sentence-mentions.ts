import { shiftDay, type DateMention } from '../../dates/index.js';
import { AREA_KINDS, findActors, findPlaces, placeContains, type ActorEntry, type PlaceEntry, type Side, type TermMatch } from '../../gazetteer/index.js';
import type { ActorRole, EventKind } from '../../model/types.js';
import type { Sentence } from '../../read/index.js';
import { findCues, findTriggers, type CueClass, type CueMatch } from './cues.js';
import { blankBetween, breakBetween, CLAUSE_BREAK, isClauseBreak, lastWordIn, wordCount, wordsBetween } from './gaps.js';
import { guardTriggers } from './guard-triggers.js';

/**
 * One report of a happening in one sentence: a trigger (a cluster of cue
 * words), its kind, the date it owns, its places and actors. The article
 * step (`extract-events.ts`) turns mentions into events.
 */
export interface Mention {
  sentence: Sentence;
  kind: EventKind;
  rule: string;
  /** Folded offsets of the trigger in the sentence. */
  at: { start: number; end: number };
  date: DateMention | null;
  /**
   * - `own`: a date the trigger owns ("استهدف أمس الاثنين قاعدة");
   * - `shared`: the one event date of the sentence, owned by a sibling trigger;
   * - `reporting`: only the date of the report ("قال … الثلاثاء إن …");
   * - `none`: undated; the mention can only support an event of the article.
   */
  dateQuality: 'own' | 'shared' | 'reporting' | 'none';
  /** Most specific places (one, or none); a trigger naming several sites gives one mention per site. */
  place: PlaceEntry | null;
  actors: { entry: ActorEntry; role: ActorRole }[];
  /** A definite noun that refers back ("الهجوم", "هذه الضربات"). */
  anaphoric: boolean;
  /** A running tally ("61 هجوما منذ …"): supports the campaign's start only. */
  weak: boolean;
  /** A group's own statement (a claim that may take the publication day). */
  statement: boolean;
  /**
   * A bare attack verb with no actor and no hosting place ("أصابت صواريخ
   * سيارة"): its kind is not read; undated, it supports the nearest attack
   * or strike of the article.
   */
  neutral: boolean;
  /** How many sites the trigger names (one mention per site). */
  sites: number;
}

interface Cluster {
  start: number;
  end: number;
  cls: CueClass;
  form: 'verb' | 'noun' | 'masdar';
  cues: CueMatch[];
  definite: boolean;
}

interface OwnedDate {
  date: DateMention;
  at: number;
  reporting: boolean;
  /** "منذ بداية الشهر، عندما …": a since-date read as the point of the clause. */
  when: boolean;
}

const DIGITS = /^[0-9][0-9,.]*$/u;
/** A number inside a model name ("F-15", "MQ-9", "اف-16"): not a count. */
const MODEL_NUMBER = /(?:[a-z]\s*[-/]?|\p{L}-)\s*[0-9][0-9,.]*\s*$/iu;
/**
 * A dateline at the head of an article's first lines ("بغداد - دمشق (وكالة) -",
 * "واشنطن - "): where the copy was filed, not where anything happened.
 */
const DATELINE = /^\s*(?:\p{L}+(?:\s+\p{L}+)?\s*(?:\([^()]{1,40}\)\s*)?[-–—]\s+)+/u;
/** Sentences of an article that may open with a dateline (a heading line may come first). */
const DATELINE_SENTENCES = 2;
/**
 * A live page's entry stamp ("**10:40 بتوقيت بغداد** - "): a clock, its time
 * zone and a dash at the head of any sentence; its city places nothing.
 */
const ENTRY_STAMP = /^\s*[*_]*\s*[0-9\u0660-\u0669]{1,2}[:.][0-9\u0660-\u0669]{2}[^-–—\n]{0,40}?[-–—]\s+/u;

/** Which class wins when cue words stand together ("بدء الهجمات" is a start). */
const CLASS_RANK: Readonly<Record<string, number>> = {
  suspension: 11, talks: 10, start: 9, claim: 8, assassination: 7, withdrawal: 6, strike: 5, response: 4, exposure: 3, attack: 2,
  explosion: 1.6, shootdown: 1.4, war: 1,
};

/** Classes of a context development of their own: they join no other trigger. */
const ALONE: ReadonlySet<CueClass> = new Set(['assassination', 'withdrawal', 'war', 'claim', 'deployment', 'seizure', 'visit', 'launch']);

/** Relative pronouns: a verb after one has the noun before it as subject ("الضربات … التي استهدفت"). */
const RELATIVE = /(?:^|\s)(?:التي|الذي|اللتين|اللذين|الذين|اللتان|اللذان)\s*$/u;

/** Countries whose fights are background to the US–militia conflict in Iraq, Syria and Jordan. */
const CONTEXT_COUNTRIES: ReadonlySet<string> = new Set(['LB', 'IL', 'PS', 'YE', 'IR']);

/** Sides whose fights are background to the US–militia conflict. */
const CONTEXT_SIDES: ReadonlySet<Side> = new Set(['houthi', 'hamas', 'hezbollah', 'israel']);

/** Folded index of a body offset in a sentence. */
export function foldedIndexOf(sentence: Sentence, bodyOffset: number): number {
  const starts = sentence.folded.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < bodyOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Joins cue words that stand together (at most one word between, no clause break). */
function clusterTriggers(folded: string, triggers: readonly CueMatch[], adjectives: readonly CueMatch[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const t of triggers) {
    const last = clusters[clusters.length - 1];
    const gap = last ? folded.slice(last.end, t.start) : '';
    const definite = isDefinite(folded, t);
    const exposureReach = last?.cls === 'exposure' && last.cues.length === 1 && t.value.class === 'attack' && t.value.form !== 'verb' && wordCount(gap) <= 8;
    // "الضربات الجوية الأميركية التي استهدفت", "ضربات أميركية واسعة استهدفت": a noun and the verb of its relative clause.
    const relativeReach = last !== undefined && last.form !== 'verb' && t.value.form === 'verb' && wordCount(gap) <= 3
      && (RELATIVE.test(gap) || adjectives.some((a) => a.start >= last.end && a.end <= t.start));
    if (last && !CLAUSE_BREAK.test(gap) && (wordCount(gap) <= 1 || exposureReach || relativeReach) && joinable(last.cls, t.value.class)) {
      last.end = t.end;
      last.cues.push(t);
      last.form = t.value.form;
      if ((CLASS_RANK[t.value.class] ?? 0) > (CLASS_RANK[last.cls] ?? 0)) last.cls = t.value.class;
      continue;
    }
    clusters.push({ start: t.start, end: t.end, cls: t.value.class, form: t.value.form, cues: [t], definite });
  }
  // A start word names an event only with what started ("بدء الهجمات"); a war only when dated by "منذ" or started;
  // a group's "نعلن" only before an attack word ("نعلن استهداف …").
  return clusters.filter((c, i) => {
    if (c.cls === 'start') return c.cues.length > 1;
    if (c.cues[0]!.value.id === 'claim-announce') {
      const next = clusters[i + 1];
      return next !== undefined && next.cls === 'attack' && wordsBetween(folded, c.end, next.start) <= 1;
    }
    return true;
  });
}

function joinable(a: CueClass, b: CueClass): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  if (pair.has('suspension')) return pair.has('attack') || pair.has('strike');
  if (pair.has('talks')) return pair.has('start');
  if (pair.has('start')) return pair.has('attack') || pair.has('war') || pair.has('strike');
  if ([...pair].some((c) => ALONE.has(c))) return false;
  return true;
}

function isDefinite(folded: string, m: CueMatch): boolean {
  const prefix = folded.slice(m.start, m.termStart);
  if (/ال$|لل$/u.test(prefix) || m.term.startsWith('ال')) return true;
  const before = folded.slice(Math.max(0, m.start - 8), m.start);
  return /(?:^|\s)(?:هذا|هذه|ذلك|تلك)\s*$/u.test(before);
}

/** The cue of a class that ends right before `at` (only spaces between). */
function cueBefore(folded: string, cues: readonly CueMatch[], at: number): boolean {
  return cues.some((c) => c.end <= at && blankBetween(folded, c.end, at));
}

/**
 * Places a trigger may own: not inside an actor's name, not a patron. A
 * place after a direction or distance word ("شرقي بغداد", "قرب الحدود مع
 * سوريا", "على بعد 20 كيلومترا من قاعدة التنف") is a landmark (in `landmarks`):
 * a trigger uses the first of its landmarks only when it names no other
 * place, for the event happened in or near it.
 */
function usablePlaces(folded: string, places: readonly TermMatch<PlaceEntry>[], actors: TermMatch<ActorEntry>[], landmarks: Set<TermMatch<PlaceEntry>>, visits: readonly Cluster[]): TermMatch<PlaceEntry>[] {
  const references = findCues(folded, 'reference');
  const distances = references.filter((r) => r.value.id === 'distance');
  const affiliations = findCues(folded, 'affiliation');
  return places.filter((p) => {
    const inside = actors.find((a) => a.start <= p.termStart && a.end >= p.end);
    if (inside) {
      const larger = inside.end - inside.termStart > p.end - p.termStart;
      if (larger) return false;
      const prefix = folded.slice(p.start, p.termStart);
      // "زار واشنطن", "زيارته إلى واشنطن": the city visited, not its government.
      const visited = visits.some((v) => v.end <= p.start && VISITED.test(folded.slice(v.end, p.start)));
      const inPlace = prefix.endsWith('ب') || visited || /(?:^|\s)في\s+$/u.test(folded.slice(Math.max(0, p.start - 4), p.start));
      if (!inPlace) return false;
    }
    if (cueBefore(folded, affiliations, p.start)) return false;
    if ((LANDMARK_KINDS.has(p.value.kind) || AREA_KINDS.has(p.value.kind)) && cueBefore(folded, references, p.start)) landmarks.add(p);
    if (distances.some((d) => d.end <= p.start && wordsBetween(folded, d.end, p.start) <= 5 && !breakBetween(folded, d.end, p.start))) landmarks.add(p);
    return true;
  }).filter((p, i, all) => {
    // "قاعدة حرير في أربيل", "الشدادي في الحسكة": a place right after another, with في/ب/a comma, locates it.
    const prior = all[i - 1];
    if (!prior) return true;
    return !locates(folded, prior, p);
  });
}

/** From a visit word to the city visited: the visitor's name, then "إلى" ("زار رئيس الوزراء العراقي واشنطن"). */
const VISITED = /^\s*(?:\p{L}+\s+){0,4}(?:الي\s+)?$/u;

/** Kinds of inhabited places: several in one clause are where one happening fell, not several happenings. */
const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'district']);

/** Kinds a direction word turns into a landmark ("غربي بغداد"); a base "قرب" is still the base attacked. */
const LANDMARK_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'district']);

/** `later` only says where `prior` is: "قاعدة حرير في أربيل", "الشدادي بالحسكة". */
function locates(folded: string, prior: TermMatch<PlaceEntry>, later: TermMatch<PlaceEntry>): boolean {
  const gap = folded.slice(prior.end, later.start);
  const prefix = folded.slice(later.start, later.termStart);
  const joined = /^\s*(?:في\s*)?$/u.test(gap) && (/في/u.test(gap) || prefix.endsWith('ب'));
  return joined && !AREA_KINDS.has(prior.value.kind) && later.value.country === prior.value.country && !placeContains(prior.value.id, later.value.id);
}

/** The most specific places among `places`: sites before areas, no place that contains another. */
export function leafPlaces(places: readonly PlaceEntry[]): PlaceEntry[] {
  const unique = [...new Map(places.map((p) => [p.id, p])).values()];
  const specific = unique.filter((p) => !AREA_KINDS.has(p.kind));
  const pool = specific.length > 0 ? specific : unique;
  return pool.filter((p) => !pool.some((q) => q.id !== p.id && placeContains(p.id, q.id)));
}

/** The rule id of a context event names its topic; these topics may be one happening. */
const TOPICS: Readonly<Record<string, string>> = {
  'events:campaign-start': 'campaign',
  'events:campaign-start-tally': 'campaign',
  'events:war-start': 'war',
  'events:context-cue': 'war',
  'events:assassination': 'assassination',
  'events:withdrawal': 'withdrawal',
  'events:talks': 'talks',
};

/**
 * The topic of an event for merging: its kind, and for context events what
 * it is about (a campaign's start, a war, an assassination, a withdrawal).
 *
 * @example
 *   topicOf('context', 'events:campaign-start-tally') // 'context:campaign'
 */
export function topicOf(kind: EventKind, rule: string): string {
  if (kind !== 'context') return kind;
  const base = rule.split('+')[0] ?? rule;
  return `context:${TOPICS[base] ?? base}`;
}

/** Trigger classes whose kind follows from who acts on whom. */
const ATTACK_LIKE: ReadonlySet<CueClass> = new Set(['attack', 'exposure', 'strike', 'response', 'shootdown', 'explosion']);

/** Words from an act to the next act of the same actors introduced by "ب" ("ترد واشنطن … بقصف منشأتين"). */
const SEQUEL_REACH = 6;

/**
 * A trigger with no actor of its own continues the act before it in its
 * sentence, and takes its kind: after "ثم" ("شنت الولايات المتحدة ضربات على
 * الحوثيين، ثم ضربتا … أهدافا أخرى"), or as the means of a verb ("ترد
 * واشنطن … بقصف منشأتين"). Never across a cause word ("ردا على").
 */
function inheritKinds(folded: string, reads: { cluster: Cluster; sides: Sides; kind: EventKind | null; neutral: boolean }[], causes: readonly CueMatch[]): void {
  const sequels = findCues(folded, 'sequel');
  for (let i = 1; i < reads.length; i++) {
    const read = reads[i]!;
    const prev = reads[i - 1]!;
    const { sides } = read;
    if (read.kind === null || prev.kind === null || read.cluster.cls === 'shootdown' || read.cluster.cls === 'exposure') continue;
    if (sides.agent || sides.targetActor || sides.target !== null || sides.agentSide !== null) continue;
    if (causes.some((c) => c.start >= prev.cluster.end && c.end <= read.cluster.start)) continue;
    const gap = folded.slice(prev.cluster.end, read.cluster.start);
    const first = read.cluster.cues[0]!;
    const afterSequel = sequels.some((q) => q.start >= prev.cluster.end && q.end <= read.cluster.start);
    const means = folded.slice(first.start, first.termStart).endsWith('ب') && (prev.cluster.form === 'verb' || prev.cluster.cls === 'response')
      && wordCount(gap) <= SEQUEL_REACH && !CLAUSE_BREAK.test(gap);
    if (!afterSequel && !means) continue;
    read.kind = prev.kind;
    read.neutral = false;
  }
}

/** The sentence's folded text with a leading dateline or entry stamp turned into spaces (same offsets). */
function maskDateline(sentence: Sentence, folded: string): string {
  const stamp = ENTRY_STAMP.exec(folded);
  if (stamp) return ' '.repeat(stamp[0].length) + folded.slice(stamp[0].length);
  if (sentence.index >= DATELINE_SENTENCES) return folded;
  const m = DATELINE.exec(folded);
  return m ? ' '.repeat(m[0].length) + folded.slice(m[0].length) : folded;
}

/** Words from an attack to a bare site word that places it ("اعترضت الدفاعات الجوية مسيرة فوق محيط المطار"). */
const SITE_REACH = 6;

/** Longest distance, in words, from a trigger to a date it owns in its clause; across a clause break. */
const DATE_REACH = 25;
const DATE_NEAR = 12;

let lastAnchor = '';
let lastHorizon = '';

/** The last day a happening reported on `anchor` may fall on (two days on); the sentences of an article share it. */
function horizonOf(anchor: string): string {
  if (anchor !== lastAnchor) {
    lastHorizon = shiftDay(anchor, 2);
    lastAnchor = anchor;
  }
  return lastHorizon;
}

/**
 * Reads the mentions of events in one sentence.
 *
 * @param dates the article's date mentions (those of this sentence are used).
 */
export function sentenceMentions(sentence: Sentence, dates: readonly DateMention[], anchor?: string): Mention[] {
  // A date after the publication day (a stated year: "ستنتهي في أيلول 2025") is a deadline, not a happening's day.
  const horizon = anchor === undefined || dates.length === 0 ? undefined : horizonOf(anchor);
  const own = dates.filter((d) => d.sentence === sentence.index && !(horizon !== undefined && d.span.start > horizon));
  // A date set off by commas ("شنت الولايات المتحدة، مساء الجمعة، ضربات") does not break its clause.
  const folded = maskAsides(maskDateline(sentence, maskDateCommas(sentence, own)));
  const found = findTriggers(folded);
  const reports = findCues(folded, 'reporting');
  if (found.length === 0 && !reports.some((r) => r.value.id === 'reporting-publish')) return [];
  const actors = findActors(folded);
  const rawPlaces = findPlaces(folded);
  const adjectives = findCues(folded, 'side-adjective');
  const clusters = clusterTriggers(folded, guardTriggers(folded, found, { places: rawPlaces, actors, reports }), adjectives);
  if (clusters.length === 0) return [];
  const landmarks = new Set<TermMatch<PlaceEntry>>();
  const places = usablePlaces(folded, rawPlaces, actors, landmarks, clusters.filter((c) => c.cls === 'visit'));
  const owned = ownDates(sentence, folded, clusters, own);
  const generic = findCues(folded, 'generic');
  const hypothetical = findCues(folded, 'hypothetical');
  const threats = findCues(folded, 'threat');
  const evaluative = findCues(folded, 'evaluative');
  const causes = findCues(folded, 'cause');
  const numbers = findCues(folded, 'number');
  const tallies = findCues(folded, 'tally');
  // An attempt or a condition ("كانوا يحاولون إطلاق صواريخ في القائم") owns no place: the place is the clause's scene.
  const placeOwner = assignPlaces(folded, clusters.filter((c) => !nearCue(folded, hypothetical, c, 5, 0)), places, causes);
  // A named armed group that speaks ("أعلنت المقاومة الإسلامية أنها استهدفت …", "بيان صادر عن …") claims the attack it reports.
  const statements = findCues(folded, 'statement');
  // "وكانت الفصائل قد أعلنت …": armed groups, named or not, may also stand just before their speech verb.
  const spoken = actors.find((a) => a.value.side === 'militia' && !a.value.thing
    && ((a.value.group && (reports.some((c) => c.end <= a.start && wordsBetween(folded, c.end, a.start) <= 1)
      || statements.some((c) => c.end <= a.start && wordsBetween(folded, c.end, a.start) <= 4)))
      || reports.some((c) => c.start >= a.end && wordsBetween(folded, a.end, c.start) <= 1 && !breakBetween(folded, a.end, c.start))));
  const speaker = spoken?.value;
  const speakerAt = spoken?.end;
  const victims = findCues(folded, 'victim');
  const objects = findCues(folded, 'object');
  const agentCues = findCues(folded, 'agent');
  const attributionCues = findCues(folded, 'attribution');
  const cues: SideCues = { victims, objects, agentCues, attributionCues, adjectives, clusters };

  // First the kind of every trigger, then dates: a trigger may share the event date of a sibling attack or strike.
  const reads = clusters.map((cluster, i) => {
    const next = clusters[i + 1]?.start ?? folded.length;
    const prev = clusters[i - 1]?.end ?? 0;
    const sides = readSides(folded, cluster, prev, next, actors, places, cues);
    const attackLike = ATTACK_LIKE.has(cluster.cls);
    return { cluster, sides, kind: attackLike ? kindOf(cluster, sides) : null, neutral: attackLike && isNeutral(cluster, sides) };
  });
  inheritKinds(folded, reads, causes);
  const eventPoints: OwnedDate[] = [];
  for (const r of reads) {
    if (r.kind !== 'attack' && r.kind !== 'strike') continue;
    for (const d of owned.get(r.cluster) ?? []) if (!d.reporting && (d.date.role === 'point' || d.when)) eventPoints.push(d);
  }

  const out: Mention[] = [];
  for (const { cluster, sides, kind: attackKind, neutral } of reads) {
    const ownDated = owned.get(cluster) ?? [];
    const point = pickPoint(cluster, ownDated.filter((d) => !d.reporting && (d.date.role === 'point' || d.when)));
    const since = ownDated.find((d) => !d.reporting && d.date.role === 'since' && !d.when);
    const reporting = ownDated.find((d) => d.reporting && d.date.role === 'point');
    const isGeneric = cluster.cues.some((c) => nearCue(folded, generic, c, 2, 2));
    if (nearCue(folded, hypothetical, cluster, 5, 0)) continue;
    // "توعد … بالرد", "متوعدة برد": a vow, when no other trigger stands between it and the trigger. Only a noun
    // or a "ب" word is vowed; a finite verb reports a happening ("حذر من أن الفصائل استهدفت …"), and the reach
    // ends at a cause word ("هدد بالتصعيد بعد أن قصفت القوات …").
    const first = cluster.cues[0]!;
    const vowed = first.value.form !== 'verb' || folded.slice(first.start, first.termStart).includes('ب');
    if (vowed && threats.some((t) => t.end <= cluster.start && wordsBetween(folded, t.end, cluster.start) <= DATE_REACH
      && !clusters.some((c) => c !== cluster && c.start >= t.end && c.end <= cluster.start)
      && !causes.some((c) => between(c, t.end, cluster.start)))) continue;
    // "اعتبرتها اعتداء": a judgement of a happening named elsewhere.
    if (!cluster.definite && evaluative.some((e) => e.end <= cluster.start && wordsBetween(folded, e.end, cluster.start) <= EVALUATIVE_REACH
      && !breakBetween(folded, e.end, cluster.start) && !clusters.some((c) => c !== cluster && c.start >= e.end && c.end <= cluster.start))) continue;
    const isTally = cluster.cues.some((c) => countBefore(folded, numbers, c)) || tallyAfter(folded, tallies, cluster);

    let kind: EventKind | null = attackKind;
    let rule: string;
    let weak = false;
    // A group's statements and decisions (a claim, a halt of operations) happen when they are announced.
    let announced = false;
    if (cluster.cls === 'start') {
      kind = 'context';
      rule = 'events:campaign-start';
    } else if (cluster.cls === 'war') {
      if (!since && !point) continue;
      kind = 'context';
      rule = 'events:war-start';
    } else if (cluster.cls === 'assassination') {
      kind = 'context';
      rule = 'events:assassination';
    } else if (cluster.cls === 'withdrawal') {
      // "انسحاب القوات الأمريكية"; an ending mission was checked with its guard ("ستنتهي مهمة التحالف").
      if (!cluster.cues.every((c) => c.value.id === 'mission-end') && !sides.after.some((a) => a.value.side === 'us' && wordsBetween(folded, cluster.end, a.start) <= 2)) continue;
      kind = 'context';
      rule = 'events:withdrawal';
    } else if (cluster.cls === 'talks') {
      // Talks matter here between the US side and Iraq ("استأنفت الولايات المتحدة والعراق المحادثات").
      if (!actors.some((a) => a.value.side === 'us' && !a.value.thing)) continue;
      if (!actors.some((a) => a.value.side === 'iraq') && !places.some((p) => p.value.country === 'IQ')) continue;
      kind = 'context';
      rule = 'events:talks';
    } else if (cluster.cls === 'suspension') {
      // "تعليق عملياتها", "وقف الهجمات": a halt of operations or attacks, nothing else.
      const halted = cluster.cues.some((c) => c.value.class === 'attack' || c.value.class === 'strike')
        || findCues(folded, 'operations').some((o) => o.start >= cluster.end && wordsBetween(folded, cluster.end, o.start) <= 1);
      if (!halted) continue;
      kind = 'context';
      rule = 'events:suspension';
      announced = true;
    } else if (cluster.cls === 'deployment') {
      // "أعلن البنتاغون إرسال 900 جندي": a deployment of the US side, dated by its announcement.
      if (!actors.some((a) => a.value.side === 'us' && !a.value.thing)) continue;
      kind = 'context';
      rule = 'events:deployment';
      announced = true;
    } else if (cluster.cls === 'seizure') {
      kind = 'context';
      rule = 'events:seizure';
    } else if (cluster.cls === 'launch') {
      // "أطلقت واشنطن تحالفا بحريا": the start of an operation (the guard kept only launches of one).
      kind = 'context';
      rule = 'events:launch-operation';
    } else if (cluster.cls === 'visit') {
      // A visit between the US side and Iraq ("زار السوداني واشنطن"), as talks.
      const us = actors.some((a) => a.value.side === 'us' && !a.value.thing) || places.some((p) => p.value.country === 'US');
      if (!us || (!actors.some((a) => a.value.side === 'iraq') && !places.some((p) => p.value.country === 'IQ'))) continue;
      kind = 'context';
      rule = 'events:visit';
    } else if (cluster.cls === 'claim') {
      kind = 'claim';
      rule = 'events:claim';
      announced = true;
    } else {
      if (kind === null) continue;
      rule = `events:${kind}-cue`;
      const attackWord = cluster.cls === 'attack' || cluster.cls === 'exposure';
      if ((since || isTally) && !point && attackWord && (sides.target === 'us' || sides.agentSide === 'us' || sides.agentSide === 'militia')) {
        // "تعرضت القوات الأمريكية لنحو 61 هجوما منذ منتصف أكتوبر": the tally dates the campaign's start.
        if (!since) continue;
        kind = 'context';
        rule = 'events:campaign-start-tally';
        weak = true;
      } else if (isTally || (isGeneric && !point)) {
        continue;
      }
    }
    if (isGeneric && kind === 'claim') continue;

    let date: DateMention | null = null;
    let quality: Mention['dateQuality'] = 'none';
    const startLike = rule === 'events:campaign-start' || rule === 'events:war-start' || rule === 'events:suspension' || weak;
    // A sibling's date is shared only within one happening: not across "ردا على", "بعد" (the cause is another happening).
    const shared = eventPoints.length === 1 && !causes.some((c) => between(c, eventPoints[0]!.at, cluster.start)) ? eventPoints[0] : undefined;
    if (point) {
      date = point.date;
      quality = 'own';
    } else if (since && startLike) {
      date = since.date;
      quality = 'own';
    } else if (announced && reporting) {
      date = reporting.date;
      quality = 'own';
    } else if ((kind === 'attack' || kind === 'strike') && shared && !cluster.definite && !isGeneric) {
      date = shared.date;
      quality = 'shared';
    } else if (reporting) {
      date = reporting.date;
      quality = 'reporting';
    }
    const anaphoric = cluster.definite && quality !== 'own';
    if (anaphoric && quality === 'reporting') {
      date = null;
      quality = 'none';
    }

    const owns = places.filter((p) => placeOwner.get(p) === cluster);
    // A site named after the trigger is where it happened; places before it set another clause's scene
    // ("شيّعت في بغداد … قتلى الضربات التي استهدفت مقرات في القائم").
    const siteAfter = owns.some((p) => p.start >= cluster.end && !landmarks.has(p) && !AREA_KINDS.has(p.value.kind));
    const mine = siteAfter ? owns.filter((p) => p.start >= cluster.start) : owns;
    const named = mine.filter((p) => !landmarks.has(p));
    const leaves = leafPlaces((named.length > 0 ? named : mine.slice(0, 1)).map((p) => p.value));
    // Attacks and strikes in Lebanon, Israel, Gaza, Yemen or Iran are the wider war: context.
    if ((kind === 'attack' || kind === 'strike') && leaves.length > 0 && leaves.every((p) => CONTEXT_COUNTRIES.has(p.country))) {
      kind = 'context';
      rule = 'events:context-cue';
    }
    const specific = leaves.filter((p) => !AREA_KINDS.has(p.kind));
    // Several sites are several happenings; several countries ("في العراق وسوريا") are no one place.
    // Towns are where one round of strikes fell ("غارات على مواقع في مدينتي البوكمال والميادين"): the first names it;
    // bases and sites each hit are each a happening ("ثلاث قواعد هي الشدادي والركبان والتنف"), as are other
    // happenings in several towns (two assassinations, in Tehran and in Beirut).
    const oneRound = (kind === 'attack' || kind === 'strike') && specific.every((p) => TOWN_KINDS.has(p.kind));
    const hit = oneRound ? specific.slice(0, 1) : specific;
    const split = kind === 'claim' || weak ? leaves.slice(0, 1) : hit.length > 0 ? hit : leaves.length === 1 ? leaves : [];
    // An explosion with no place and nobody acting or hit ("سُمع دوي انفجار") is too vague to be an event.
    if (cluster.cls === 'explosion' && split.length === 0 && !sides.agent && !sides.targetActor && sides.target === null) continue;
    // An attack in the wider war ("أعلنت المقاومة … أنها استهدفت ميناء إيلات") is known here only by its claim.
    const wider = kind === 'context' && rule === 'events:context-cue' && attackKind !== null;
    const claimant = (kind === 'attack' || wider) && (sides.agentSide === null || sides.agentSide === 'militia')
      ? (sides.agent?.value.group && sides.agent.value.side === 'militia' && statements.length > 0 ? sides.agent.value : speaker)
      : undefined;
    const statement = kind === 'claim'
      ? sides.mentioned.some((a) => a.value.group) || sides.agent?.value.group === true || cluster.cues[0]!.value.id === 'claim-announce'
      : claimant !== undefined;
    const mentionActors = actorRoles(sides, kind);
    const base = {
      sentence, rule, at: { start: cluster.start, end: cluster.end }, date, dateQuality: quality, actors: mentionActors, anaphoric, weak, statement,
      neutral: neutral && kind === attackKind && !claimant, sites: Math.max(1, split.length),
    };
    const claimOnly = wider && claimant !== undefined && !cluster.definite && cluster.start > (speakerAt ?? -1);
    if (!claimOnly) {
      // one mention per site, written out field by field (a spread of `base` per site cost more than the rest of the loop)
      const { at, date: when, dateQuality, actors: roles, sites } = base;
      for (const place of split.length > 0 ? split : [null]) {
        out.push({ sentence, rule, at, date: when, dateQuality, actors: roles, anaphoric, weak, statement, neutral: base.neutral, sites, kind, place });
      }
    }
    // A group's statement that it attacked is also its claim ("استهدف مجاهدو المقاومة …"): dated by the
    // statement when the sentence dates it, else by the attack it claims (see extract-events.ts).
    if (claimant && !cluster.definite && cluster.start > (speakerAt ?? -1)) {
      // A claim standing for its attack (`claimOnly`) is dated by the attack when the report is not.
      const report = [...owned.values()].flat().find((d) => d.reporting && d.date.role === 'point') ?? (claimOnly ? point : undefined);
      out.push({
        ...base, kind: 'claim', rule: 'events:claim-statement', date: report?.date ?? null, dateQuality: report ? 'own' : 'none', anaphoric: false,
        place: split[0] ?? null, actors: [{ entry: claimant, role: 'claimant' }], neutral: false, sites: 1,
      });
    }
  }
  // "تتبنى في بيان: استهدف مجاهدونا … في الجولان": a claim with no place of its own claims the attack its sentence places.
  const attacked = out.find((m) => m.place && (m.kind === 'attack' || m.rule === 'events:context-cue'));
  // "جراء هجوم بطائرة مسيرة … استهدفت قاعدة في الجولان": an unplaced attack word sharing the date of an act of the
  // wider war is that act.
  const wider = out.find((m) => m.rule === 'events:context-cue' && m.dateQuality === 'own');
  const widened = wider && !out.some((m) => (m.kind === 'attack' || m.kind === 'strike') && m.dateQuality === 'own')
    ? out.map((m) => (m.dateQuality === 'shared' && !m.place && m.kind === 'attack' && !m.actors.some((a) => a.role !== 'mentioned')
      ? { ...m, kind: 'context' as const, rule: wider.rule, date: wider.date } : m))
    : out;
  // "الثاني على قاعدة أربيل، إذ اعترضت الدفاعات مسيرة فوق محيط المطار": an unplaced attack at a bare site word is at
  // the one site its sentence names.
  const siteNouns = findCues(folded, 'site-noun');
  const sites = new Set<PlaceEntry>();
  for (const m of widened) if (m.place && !AREA_KINDS.has(m.place.kind) && !TOWN_KINDS.has(m.place.kind)) sites.add(m.place);
  const named = [...sites];
  const sited = named.length === 1 ? widened.map((m) => (m.kind === 'attack' && !m.place && atSite(folded, siteNouns, m) ? { ...m, place: named[0]! } : m)) : widened;
  return attacked ? sited.map((m) => (m.kind === 'claim' && !m.place ? { ...m, place: attacked.place } : m)) : sited;
}

/** A bare site word a few words after the mention's trigger, in its clause. */
function atSite(folded: string, siteNouns: readonly CueMatch[], m: Mention): boolean {
  return siteNouns.some((n) => n.start >= m.at.end && wordsBetween(folded, m.at.end, n.start) <= SITE_REACH && !breakBetween(folded, m.at.end, n.start));
}

/** True when the cue lies between two offsets (in either order). */
function between(cue: CueMatch, a: number, b: number): boolean {
  return cue.start >= Math.min(a, b) && cue.end <= Math.max(a, b);
}

/** The point a trigger owns: one inside it ("تعرضت في 20 يناير لهجوم"), else the nearest. */
function pickPoint(cluster: Cluster, points: readonly OwnedDate[]): OwnedDate | undefined {
  const inside = points.find((d) => d.at >= cluster.start && d.at < cluster.end);
  if (inside) return inside;
  return [...points].sort((x, y) => distanceTo(cluster, x) - distanceTo(cluster, y))[0];
}

function distanceTo(cluster: Cluster, d: OwnedDate): number {
  return d.at >= cluster.end ? d.at - cluster.end : cluster.start - d.at;
}

/** The sentence's folded text with the commas around a parenthetical date turned into spaces (same offsets). */
function maskDateCommas(sentence: Sentence, dates: readonly DateMention[]): string {
  const text = sentence.folded.text;
  if (dates.length === 0) return text;
  // Offsets are code units: a text with a character beyond the Basic Multilingual Plane is left as it is.
  if (SURROGATE_PAIR.test(text)) return text;
  let masked = text;
  for (const d of dates) {
    let a = foldedIndexOf(sentence, d.start) - 1;
    let b = foldedIndexOf(sentence, d.end);
    while (a >= 0 && masked.charCodeAt(a) === SPACE) a--;
    while (b < masked.length && masked.charCodeAt(b) === SPACE) b++;
    if (a >= 0 && b < masked.length && isComma(masked.charCodeAt(a)) && isComma(masked.charCodeAt(b))) {
      masked = `${masked.slice(0, a)} ${masked.slice(a + 1, b)} ${masked.slice(b + 1)}`;
    }
  }
  return masked;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const SPACE = 0x20;
/** "," and the Arabic comma "،". */
const isComma = (code: number): boolean => code === 0x2c || code === 0x60c;

/** A short aside in brackets: a gloss or an acronym ("مقر لقوات سوريا الديمقراطية (قسد) في بلدة ذيبان"). */
const ASIDE = /\(([^()،,؛;:.!?؟]{1,40})\)/gu;
/** Words an aside may hold and still not part its clause. */
const ASIDE_WORDS = 3;

/** The folded text with the brackets of short asides turned into spaces (same offsets): they part no clause. */
function maskAsides(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(ASIDE, (all, inner: string) => (wordCount(inner) <= ASIDE_WORDS ? ` ${inner} ` : all));
}

/**
 * Each place goes to the nearest trigger of its clause (in words; a cause
 * word "ردا على" parts a place from the trigger after it), else to
 * the nearest trigger before it ("ضربات … في العراق، ردا على استهداف قاعدة
 * عين الأسد": Iraq to the strikes, Ain al-Asad to the attack).
 */
function assignPlaces(folded: string, clusters: readonly Cluster[], places: readonly TermMatch<PlaceEntry>[], causes: readonly CueMatch[]): Map<TermMatch<PlaceEntry>, Cluster> {
  const owner = new Map<TermMatch<PlaceEntry>, Cluster>();
  for (const p of places) {
    let best: Cluster | undefined;
    let bestCost = Infinity;
    for (const c of clusters) {
      // the gap between the place and the trigger, on whichever side the trigger stands
      const from = c.end <= p.start ? c.end : p.end;
      const to = c.end <= p.start ? p.start : c.start;
      // "ضربات في القائم ردا على هجوم …": a cause word parts the place from the happening after it.
      const parted = breakBetween(folded, from, to) || causes.some((k) => c.end <= p.start ? false : k.start >= p.end && k.end <= c.start);
      // "تبنت … الهجوم، قائلة إنه رد على المجازر في غزة": a place after a cause word belongs to the cause, not to a trigger before it.
      if (c.end <= p.start && causes.some((k) => k.start >= c.end && k.end <= p.start)) continue;
      const cost = wordsBetween(folded, from, to) + (parted ? 20 : 0) + (c.end <= p.start ? 0 : 0.5);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    }
    if (best) owner.set(p, best);
  }
  return owner;
}

/** A cue of the list within `before` words before or `after` words after `at` (same clause). */
function nearCue(folded: string, cues: readonly CueMatch[], at: { start: number; end: number }, before: number, after: number): boolean {
  return cues.some((c) => {
    if (c.end <= at.start) return !breakBetween(folded, c.end, at.start) && wordsBetween(folded, c.end, at.start) < before;
    if (c.start >= at.end) return !breakBetween(folded, at.end, c.start) && wordsBetween(folded, at.end, c.start) < after;
    return false;
  });
}

/** "61 هجوما", "خمس هجمات", "لنحو 61 هجوما": a number right before a trigger word. */
function countBefore(folded: string, numbers: readonly CueMatch[], cue: CueMatch): boolean {
  const from = Math.max(0, cue.start - 24);
  if (DIGITS.test(lastWordIn(folded, from, cue.start)) && !MODEL_NUMBER.test(folded.slice(from, cue.start))) return true;
  return numbers.some((n) => n.end <= cue.start && blankBetween(folded, n.end, cue.start));
}

/** "للهجوم 151 مرة", "أكثر من 60 مرة": a number then a times-word in the trigger's clause. */
function tallyAfter(folded: string, tallies: readonly CueMatch[], cluster: Cluster): boolean {
  return tallies.some((t) => {
    if (t.start < cluster.end) return false;
    const gap = folded.slice(cluster.end, t.start);
    return !CLAUSE_BREAK.test(gap) && wordCount(gap) <= 10 && /[0-9]\s*$/u.test(gap);
  });
}

/** Speech complementisers and quotes: a date after one is inside the report, not its date. */
const INSIDE_REPORT = /[:"«“]|(?:^|\s)(?:ان|انه|انها|انهم|بان)(?:\s|$)/u;

/** Assigns each date of the sentence to the trigger it belongs to. */
function ownDates(sentence: Sentence, folded: string, clusters: readonly Cluster[], dates: readonly DateMention[]): Map<Cluster, OwnedDate[]> {
  const owned = new Map<Cluster, OwnedDate[]>();
  const reportingCues = findCues(folded, 'reporting');
  const whenCues = findCues(folded, 'when');
  // "حتى صباح اليوم": the date bounds a report ("لم تتبن أي جهة الهجوم حتى …"), it dates no happening.
  const untils = findCues(folded, 'until');
  // A date inside a trigger's words is its own ("تعرضت في 20 يناير لهجوم", "الضربات التي استهدفت ليل الجمعة").
  const rest: DateMention[] = [];
  for (const date of dates) {
    if (date.sentence !== sentence.index) continue;
    const at = foldedIndexOf(sentence, date.start);
    const end = foldedIndexOf(sentence, date.end);
    if (untils.some((u) => u.end <= at && blankBetween(folded, u.end, at))) continue;
    const inside = clusters.find((c) => c.start <= at && end <= c.end);
    if (inside) owned.set(inside, [...(owned.get(inside) ?? []), { date, at, reporting: false, when: false }]);
    else rest.push(date);
  }
  const dated = new Set(owned.keys());
  for (const date of rest) {
    const at = foldedIndexOf(sentence, date.start);
    const end = foldedIndexOf(sentence, date.end);
    // A date belongs to a trigger before it in its clause (up to DATE_REACH words), or close by across a comma.
    const before = clusters.filter((c) => c.end <= at && (wordsBetween(folded, c.end, at) <= DATE_NEAR
      || (wordsBetween(folded, c.end, at) <= DATE_REACH && !breakBetween(folded, c.end, at))));
    // A trigger after the date that is dated in its own words takes no other date ("شيّعت، أمس السبت، … قتلى
    // الضربات التي استهدفت ليل الجمعة": Saturday is the funeral's).
    const after = clusters.filter((c) => c.start >= end && wordsBetween(folded, end, c.start) <= DATE_REACH && !dated.has(c));
    const lastReport = reportingCues.findLast((r) => r.end <= at);
    const reporting = lastReport !== undefined && !clusters.some((c) => c.start >= lastReport.end && c.end <= at)
      && wordsBetween(folded, lastReport.end, at) <= 12 && !INSIDE_REPORT.test(folded.slice(lastReport.end, at));
    const when = date.role === 'since' && whenCues.some((w) => w.start >= end && wordsBetween(folded, end, w.start) <= 1);
    let owner: Cluster | undefined;
    if (reporting || when) owner = after[0] ?? before[before.length - 1];
    else owner = before[before.length - 1] ?? after[0];
    if (!owner) continue;
    const list = owned.get(owner) ?? [];
    list.push({ date, at, reporting, when });
    owned.set(owner, list);
  }
  return owned;
}

/** Cue words of the sentence that `readSides` reads (found once per sentence). */
interface SideCues {
  victims: readonly CueMatch[];
  objects: readonly CueMatch[];
  agentCues: readonly CueMatch[];
  attributionCues: readonly CueMatch[];
  adjectives: readonly CueMatch[];
  clusters: readonly Cluster[];
}

interface Sides {
  agent: TermMatch<ActorEntry> | undefined;
  target: Side | null;
  agentSide: Side | null;
  targetActor: TermMatch<ActorEntry> | undefined;
  after: TermMatch<ActorEntry>[];
  mentioned: TermMatch<ActorEntry>[];
  /** Every actor from the clause start to the next trigger. */
  around: TermMatch<ActorEntry>[];
}

/** Complementisers also end the clause an agent is looked for in ("قال البنتاغون إن الهجوم …"). */
const COMPLEMENTISER = /(?:^|\s)(?:ان|انه|انها|بان|الذي|التي)\s/gu;

/** Who acts on whom around a trigger, from word order and cue words. */
function readSides(folded: string, cluster: Cluster, prev: number, next: number, actors: TermMatch<ActorEntry>[], places: TermMatch<PlaceEntry>[], cues: SideCues): Sides {
  const clauseBase = lastBreak(folded, cluster.start, prev);
  let clauseStart = clauseBase;
  // an exec loop: matchAll would copy the pattern on every call
  const head = folded.slice(clauseBase, cluster.start);
  COMPLEMENTISER.lastIndex = 0;
  for (let m = COMPLEMENTISER.exec(head); m; m = COMPLEMENTISER.exec(head)) clauseStart = clauseBase + m.index + m[0].length - 1;
  const before = actors.filter((a) => a.end <= cluster.start && a.start >= clauseStart);
  const after = actors.filter((a) => a.start >= cluster.end && a.start < next && wordsBetween(folded, cluster.end, a.start) <= 12);
  const objects = cues.objects.filter((o) => o.start >= cluster.end && o.start < next && wordsBetween(folded, cluster.end, o.start) <= 6);
  const agentCues = cues.agentCues.filter((o) => o.start >= cluster.end && o.start < next);
  // "ضربة أمريكية", "بغارة إسرائيلية", "الضربات الأميركية التي استهدفت": a side adjective inside the trigger or right after it.
  const sideAdjective = cues.adjectives.find((a) => a.start >= cluster.start && (a.end <= cluster.end
    || (wordsBetween(folded, cluster.end, a.start) <= 2 && !breakBetween(folded, cluster.end, a.start)))
    && !actors.some((x) => x.start <= a.start && x.end >= a.end));

  let agent: TermMatch<ActorEntry> | undefined;
  let targetActor: TermMatch<ActorEntry> | undefined;
  const nearestBefore = before.findLast((a) => canAct(folded, cues, a));
  const gapBefore = nearestBefore ? wordsBetween(folded, nearestBefore.end, cluster.start) : Infinity;
  const object = objects[0];
  const afterObject = object ? after.find((a) => a.start >= object.end && wordsBetween(folded, object.end, a.start) <= 3) : undefined;
  const attributions = cues.attributionCues.filter((o) => o.start >= cluster.end && o.start < next);
  const byAttribution = attributions.map((c) => {
    const to = /(?:^|\s)(?:الي|ل)(?=\s|\p{L})/u.exec(folded.slice(c.end, c.end + 40));
    return to ? after.find((a) => a.start >= c.end + to.index && wordsBetween(folded, c.end + to.index, a.start) <= 3) : undefined;
  }).find((a) => canAct(folded, cues, a));
  const byAgentCue = byAttribution ?? agentCues.map((c) => after.find((a) => a.start >= c.end && wordsBetween(folded, c.end, a.start) <= 3)).find((a) => canAct(folded, cues, a));
  const attributors = new Set<TermMatch<ActorEntry>>();
  for (const c of attributions) for (const a of after) if (a.start >= c.end && wordsBetween(folded, c.end, a.start) <= 1) attributors.add(a);
  const adjacent = after[0] && blankBetween(folded, cluster.end, after[0].start) ? after[0] : undefined;

  if (cluster.cls === 'exposure') {
    // "تعرضت القوات الأمريكية … لهجوم": the target stands between the two words, else after or just before.
    const inside = actors.find((a) => a.start >= cluster.cues[0]!.end && a.end <= cluster.end);
    targetActor = inside ?? after[0] ?? (gapBefore <= 5 ? nearestBefore : undefined);
  } else if (cluster.form === 'verb') {
    agent = gapBefore <= 5 && !sideAdjective ? nearestBefore : undefined;
    if (!agent && !sideAdjective) {
      // VSO: "استهدف مجاهدو المقاومة … قاعدة …": the first actor right after the verb is its subject when it can act.
      const first = after.find((a) => a !== byAgentCue);
      if (canAct(folded, cues, first) && wordsBetween(folded, cluster.end, first.start) <= 3 && first !== afterObject && !possessive(folded, cluster, first)) agent = first;
    }
    targetActor = afterObject ?? after.find((a) => a !== agent && a !== byAgentCue && !attributors.has(a));
  } else {
    // "هجوم حماس" names the attacker; "استهداف القوات الأمريكية" the target.
    if (adjacent && cluster.form === 'masdar') targetActor = adjacent;
    else if (canAct(folded, cues, adjacent)) agent = adjacent;
    // An actor just before a noun acts ("شنت الولايات المتحدة غارات") unless it is itself an object ("على إسرائيل ردا على اغتيال").
    const objectBefore = nearestBefore && cues.objects.some((o) => o.end <= nearestBefore.start && wordsBetween(folded, o.end, nearestBefore.start) <= 1);
    const gapHasObject = nearestBefore && cues.objects.some((o) => o.start >= nearestBefore.end && o.end <= cluster.start);
    agent ??= byAgentCue ?? (gapBefore <= 2 && !objectBefore && !gapHasObject && !sideAdjective ? nearestBefore : undefined);
    targetActor ??= afterObject;
  }
  if (!agent && byAgentCue) agent = byAgentCue;
  let agentSide: Side | null = agent?.value.side ?? null;
  if (!agent && sideAdjective?.value.side && cluster.cls !== 'exposure') agentSide = sideAdjective.value.side;
  let target: Side | null = targetActor?.value.side ?? null;
  const ownPlaces = places.filter((p) => p.start >= cluster.start && p.start < next);
  if (target === null && ownPlaces.some((p) => p.value.hosts === 'us')) target = 'us';
  if (target === null || target === agentSide) {
    // "أصيب سبعة أميركيين بقصف": the injured name the side attacked.
    const victim = actors.find((a) => isVictim(folded, cues, a) && (a.value.side === 'us' || a.value.side === 'militia') && a.value.side !== agentSide);
    if (victim) target = victim.value.side;
  }
  if (target === agentSide) target = null;
  const mentioned = actors.filter((a) => a.start >= clauseStart && a.start < next && a !== agent && a !== targetActor);
  const around = actors.filter((a) => a.start >= clauseBase && a.start < next);
  return { agent, target, agentSide, targetActor, after, mentioned, around };
}

/** "بمقتل ما لا يقل عن 23 من المقاتلين": the people a casualty word names, a few words on, were hit. */
function isVictim(folded: string, cues: SideCues, a: TermMatch<ActorEntry>): boolean {
  return cues.victims.some((v) => v.end <= a.start && wordsBetween(folded, v.end, a.start) <= VICTIM_REACH
    && !breakBetween(folded, v.end, a.start) && !cues.clusters.some((c) => c.start >= v.end && c.end <= a.start));
}

/** An actor that may be the agent: a party (not a site or a vehicle), not a victim. */
function canAct(folded: string, cues: SideCues, a: TermMatch<ActorEntry> | undefined): a is TermMatch<ActorEntry> {
  return a !== undefined && !a.value.thing && !isVictim(folded, cues, a);
}

/**
 * "استهدفت مقرات للحشد": an actor with ل after an indefinite noun owns the object; it is not the verb's subject
 * ("القوات الخاضعة للقيادة المركزية" is: the ل follows a definite word).
 */
function possessive(folded: string, cluster: Cluster, a: TermMatch<ActorEntry>): boolean {
  return /^[وف]?ل/u.test(folded.slice(a.start, a.end))
    && wordsBetween(folded, cluster.end, a.start) >= 1 && !/(?:^|\s)[وفبكل]?ال\p{L}+\s*$/u.test(folded.slice(cluster.end, a.start));
}

function lastBreak(folded: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (isClauseBreak(folded.charCodeAt(i))) return i + 1;
  return floor;
}

/** Words from a judgement verb to the noun it judges ("اعتبرت الحكومة يوم الجمعة ما جرى اعتداء"). */
const EVALUATIVE_REACH = 6;

/** Words from a casualty word to the people it names ("بمقتل ما لا يقل عن 23 من المقاتلين"). */
const VICTIM_REACH = 8;

/**
 * A bare attack verb ("أصابت صواريخ سيارتهم"): no actor on either side, no
 * side adjective, no place that hosts US forces. Its kind is not read from
 * the words; the article step joins it to the nearest attack or strike.
 */
function isNeutral(cluster: Cluster, sides: Sides): boolean {
  return cluster.form === 'verb' && cluster.cues.every((c) => c.value.class === 'attack') && sides.agent === undefined
    && sides.targetActor === undefined && sides.target === null && sides.agentSide === null;
}

/** The kind an attack or strike word takes from who acts on whom (a table, in order). */
function kindOf(cluster: Cluster, sides: Sides): EventKind | null {
  const { target, agentSide } = sides;
  // A shoot-down is an attack on the side that shoots ("أسقطت سفن أميركية مسيرات"), the wider war when it involves its sides.
  if (cluster.cls === 'shootdown') return [target, agentSide, ...sides.around.map((a) => a.value.side)].some((x) => x && CONTEXT_SIDES.has(x)) ? 'context' : 'attack';
  if ((target && CONTEXT_SIDES.has(target)) || (agentSide && CONTEXT_SIDES.has(agentSide))) return 'context';
  if (target === 'us') return 'attack';
  if (target === 'militia') return 'strike';
  if (agentSide === 'us') return 'strike';
  // "قصف الحرس الثوري الإيراني مدينة أربيل": Iran with a verbal noun (as its subject or object) and no US or
  // militia side around is Iran's own fight, background.
  if (target === 'iran' && cluster.form === 'masdar' && !sides.around.some((a) => a.value.side === 'us' || a.value.side === 'militia')) return 'context';
  if (agentSide === 'militia' || agentSide === 'iran') return 'attack';
  if (!target && !agentSide && sides.around.some((a) => CONTEXT_SIDES.has(a.value.side)) && !sides.around.some((a) => a.value.side === 'us' || a.value.side === 'militia')) return 'context';
  const defaults: Partial<Record<CueClass, EventKind>> = { attack: 'attack', exposure: 'attack', strike: 'strike', explosion: 'context' };
  return defaults[cluster.cls] ?? null;
}

function actorRoles(sides: Sides, kind: EventKind): { entry: ActorEntry; role: ActorRole }[] {
  const out: { entry: ActorEntry; role: ActorRole }[] = [];
  if (sides.agent) out.push({ entry: sides.agent.value, role: kind === 'claim' ? 'claimant' : 'attacker' });
  if (sides.targetActor) out.push({ entry: sides.targetActor.value, role: 'target' });
  for (const a of sides.mentioned) {
    if (kind === 'claim' && a.value.group && !out.some((o) => o.role === 'claimant')) out.push({ entry: a.value, role: 'claimant' });
    else out.push({ entry: a.value, role: 'mentioned' });
  }
  return out;
}
