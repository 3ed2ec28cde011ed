import type { DateMention } from '../../dates/index.js';
import { AREA_KINDS, findActors, findPlaces, placeContains, type ActorEntry, type PlaceEntry, type Side, type TermMatch } from '../../gazetteer/index.js';
import type { ActorRole, EventKind } from '../../model/types.js';
import type { Sentence } from '../../read/index.js';
import { findCues, findTriggers, type CueClass, type CueMatch } from './cues.js';

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

const CLAUSE_BREAK = /[،,؛;:.!?؟()]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const DIGITS = /^[0-9][0-9,.]*$/u;

/** Which class wins when cue words stand together ("بدء الهجمات" is a start). */
const CLASS_RANK: Readonly<Record<string, number>> = {
  start: 9, claim: 8, assassination: 7, withdrawal: 6, strike: 5, response: 4, exposure: 3, attack: 2, war: 1,
};

/** Countries whose fights are background to the US–militia conflict in Iraq, Syria and Jordan. */
const CONTEXT_COUNTRIES: ReadonlySet<string> = new Set(['LB', 'IL', 'PS', 'YE', 'IR']);

/** Sides whose fights are background to the US–militia conflict. */
const CONTEXT_SIDES: ReadonlySet<Side> = new Set(['houthi', 'hamas', 'hezbollah', 'israel']);

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

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
function clusterTriggers(folded: string, triggers: readonly CueMatch[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const t of triggers) {
    const last = clusters[clusters.length - 1];
    const gap = last ? folded.slice(last.end, t.start) : '';
    const definite = isDefinite(folded, t);
    const exposureReach = last?.cls === 'exposure' && last.cues.length === 1 && t.value.class === 'attack' && t.value.form !== 'verb' && wordCount(gap) <= 8;
    if (last && !CLAUSE_BREAK.test(gap) && (wordCount(gap) <= 1 || exposureReach) && joinable(last.cls, t.value.class)) {
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
      return next !== undefined && next.cls === 'attack' && wordCount(folded.slice(c.end, next.start)) <= 1;
    }
    return true;
  });
}

function joinable(a: CueClass, b: CueClass): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  if (pair.has('start')) return pair.has('attack') || pair.has('war') || pair.has('strike');
  if (pair.has('assassination') || pair.has('withdrawal') || pair.has('war') || pair.has('claim')) return false;
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
  return cues.some((c) => c.end <= at && folded.slice(c.end, at).trim() === '');
}

/** Places a trigger may own: not inside an actor's name, not a landmark or a patron. */
function usablePlaces(folded: string, places: TermMatch<PlaceEntry>[], actors: TermMatch<ActorEntry>[]): TermMatch<PlaceEntry>[] {
  const references = findCues(folded, 'reference');
  const affiliations = findCues(folded, 'affiliation');
  return places.filter((p) => {
    const inside = actors.find((a) => a.start <= p.termStart && a.end >= p.end);
    if (inside) {
      const larger = inside.end - inside.termStart > p.end - p.termStart;
      if (larger) return false;
      const prefix = folded.slice(p.start, p.termStart);
      const inPlace = prefix.endsWith('ب') || /(?:^|\s)في\s+$/u.test(folded.slice(Math.max(0, p.start - 4), p.start));
      if (!inPlace) return false;
    }
    if (cueBefore(folded, affiliations, p.start)) return false;
    if (LANDMARK_KINDS.has(p.value.kind) && cueBefore(folded, references, p.start)) return false;
    return true;
  }).filter((p, i, all) => {
    // "قاعدة حرير في أربيل", "الشدادي في الحسكة": a place right after another, with في/ب/a comma, locates it.
    const prior = all[i - 1];
    if (!prior) return true;
    return !locates(folded, prior, p);
  });
}

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

/** Longest distance, in words, from a trigger to a date it owns in its clause; across a clause break. */
const DATE_REACH = 25;
const DATE_NEAR = 12;

/**
 * Reads the mentions of events in one sentence.
 *
 * @param dates the article's date mentions (those of this sentence are used).
 */
export function sentenceMentions(sentence: Sentence, dates: readonly DateMention[]): Mention[] {
  const folded = sentence.folded.text;
  const clusters = clusterTriggers(folded, findTriggers(folded));
  if (clusters.length === 0) return [];
  const actors = findActors(folded);
  const places = usablePlaces(folded, findPlaces(folded), actors);
  const owned = ownDates(sentence, folded, clusters, dates);
  const generic = findCues(folded, 'generic');
  const hypothetical = findCues(folded, 'hypothetical');
  const numbers = findCues(folded, 'number');
  const tallies = findCues(folded, 'tally');
  const placeOwner = assignPlaces(folded, clusters, places);
  // A named armed group that speaks ("أعلنت المقاومة الإسلامية أنها استهدفت …", "بيان صادر عن …") claims the attack it reports.
  const reports = findCues(folded, 'reporting');
  const statements = findCues(folded, 'statement');
  const spoken = actors.find((a) => a.value.group && a.value.side === 'militia'
    && (reports.some((c) => c.end <= a.start && wordCount(folded.slice(c.end, a.start)) <= 1)
      || statements.some((c) => c.end <= a.start && wordCount(folded.slice(c.end, a.start)) <= 4)));
  const speaker = spoken?.value;
  const speakerAt = spoken?.end;

  // First the kind of every trigger, then dates: a trigger may share the event date of a sibling attack or strike.
  const reads = clusters.map((cluster, i) => {
    const next = clusters[i + 1]?.start ?? folded.length;
    const prev = clusters[i - 1]?.end ?? 0;
    const sides = readSides(folded, cluster, prev, next, actors, places);
    return { cluster, sides, kind: cluster.cls === 'attack' || cluster.cls === 'exposure' || cluster.cls === 'strike' || cluster.cls === 'response' ? kindOf(cluster, sides) : null };
  });
  const eventPoints = reads
    .filter((r) => r.kind === 'attack' || r.kind === 'strike')
    .flatMap((r) => owned.get(r.cluster) ?? [])
    .filter((d) => !d.reporting && (d.date.role === 'point' || d.when));

  const out: Mention[] = [];
  for (const { cluster, sides, kind: attackKind } of reads) {
    const own = owned.get(cluster) ?? [];
    const point = own.find((d) => !d.reporting && (d.date.role === 'point' || d.when));
    const since = own.find((d) => !d.reporting && d.date.role === 'since' && !d.when);
    const reporting = own.find((d) => d.reporting && d.date.role === 'point');
    const isGeneric = cluster.cues.some((c) => nearCue(folded, generic, c, 2, 2));
    if (nearCue(folded, hypothetical, cluster, 5, 0)) continue;
    const isTally = cluster.cues.some((c) => countBefore(folded, numbers, c)) || tallyAfter(folded, tallies, cluster);

    let kind: EventKind | null = attackKind;
    let rule: string;
    let weak = false;
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
      if (!sides.after.some((a) => a.value.side === 'us' && wordCount(folded.slice(cluster.end, a.start)) <= 2)) continue;
      kind = 'context';
      rule = 'events:withdrawal';
    } else if (cluster.cls === 'claim') {
      kind = 'claim';
      rule = 'events:claim';
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
    const startLike = rule === 'events:campaign-start' || rule === 'events:war-start' || weak;
    if (point) {
      date = point.date;
      quality = 'own';
    } else if (since && startLike) {
      date = since.date;
      quality = 'own';
    } else if (kind === 'claim' && reporting) {
      date = reporting.date;
      quality = 'own';
    } else if ((kind === 'attack' || kind === 'strike') && eventPoints.length === 1 && !cluster.definite && !isGeneric) {
      date = eventPoints[0]!.date;
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

    const leaves = leafPlaces(places.filter((p) => placeOwner.get(p) === cluster).map((p) => p.value));
    // Attacks and strikes in Lebanon, Israel, Gaza, Yemen or Iran are the wider war: context.
    if ((kind === 'attack' || kind === 'strike') && leaves.length > 0 && leaves.every((p) => CONTEXT_COUNTRIES.has(p.country))) {
      kind = 'context';
      rule = 'events:context-cue';
    }
    const specific = leaves.filter((p) => !AREA_KINDS.has(p.kind));
    // Several sites are several happenings; several countries ("في العراق وسوريا") are no one place.
    const split = kind === 'claim' || weak ? leaves.slice(0, 1) : specific.length > 0 ? specific : leaves.length === 1 ? leaves : [];
    const claimant = kind === 'attack' && (sides.agentSide === null || sides.agentSide === 'militia')
      ? (sides.agent?.value.group && sides.agent.value.side === 'militia' && findCues(folded, 'statement').length > 0 ? sides.agent.value : speaker)
      : undefined;
    const statement = kind === 'claim'
      ? sides.mentioned.some((a) => a.value.group) || sides.agent?.value.group === true || cluster.cues[0]!.value.id === 'claim-announce'
      : claimant !== undefined;
    const mentionActors = actorRoles(sides, kind);
    const base = { sentence, rule, at: { start: cluster.start, end: cluster.end }, date, dateQuality: quality, actors: mentionActors, anaphoric, weak, statement };
    for (const place of split.length > 0 ? split : [null]) out.push({ ...base, kind, place });
    // A group's statement that it attacked is also its claim ("استهدف مجاهدو المقاومة …").
    if (claimant && !cluster.definite && cluster.start > (speakerAt ?? -1)) {
      const report = [...owned.values()].flat().find((d) => d.reporting && d.date.role === 'point');
      out.push({ ...base, kind: 'claim', rule: 'events:claim-statement', date: report?.date ?? null, dateQuality: report ? 'own' : 'none', anaphoric: false, place: split[0] ?? null, actors: [{ entry: claimant, role: 'claimant' }] });
    }
  }
  return out;
}

/**
 * Each place goes to the nearest trigger of its clause (in words), else to
 * the nearest trigger before it ("ضربات … في العراق، ردا على استهداف قاعدة
 * عين الأسد": Iraq to the strikes, Ain al-Asad to the attack).
 */
function assignPlaces(folded: string, clusters: readonly Cluster[], places: readonly TermMatch<PlaceEntry>[]): Map<TermMatch<PlaceEntry>, Cluster> {
  const owner = new Map<TermMatch<PlaceEntry>, Cluster>();
  for (const p of places) {
    let best: Cluster | undefined;
    let bestCost = Infinity;
    for (const c of clusters) {
      const gap = c.end <= p.start ? folded.slice(c.end, p.start) : folded.slice(p.end, c.start);
      const cost = wordCount(gap) + (CLAUSE_BREAK.test(gap) ? 20 : 0) + (c.end <= p.start ? 0 : 0.5);
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
    if (c.end <= at.start) {
      const gap = folded.slice(c.end, at.start);
      return !CLAUSE_BREAK.test(gap) && wordCount(gap) < before;
    }
    if (c.start >= at.end) {
      const gap = folded.slice(at.end, c.start);
      return !CLAUSE_BREAK.test(gap) && wordCount(gap) < after;
    }
    return false;
  });
}

/** "61 هجوما", "خمس هجمات", "لنحو 61 هجوما": a number right before a trigger word. */
function countBefore(folded: string, numbers: readonly CueMatch[], cue: CueMatch): boolean {
  const before = folded.slice(Math.max(0, cue.start - 24), cue.start).match(WORDS) ?? [];
  const last = before[before.length - 1];
  if (last !== undefined && DIGITS.test(last)) return true;
  return numbers.some((n) => n.end <= cue.start && folded.slice(n.end, cue.start).trim() === '');
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
  for (const date of dates) {
    if (date.sentence !== sentence.index) continue;
    const at = foldedIndexOf(sentence, date.start);
    const end = foldedIndexOf(sentence, date.end);
    // A date belongs to a trigger before it in its clause (up to DATE_REACH words), or close by across a comma.
    const before = clusters.filter((c) => c.end <= at && (wordCount(folded.slice(c.end, at)) <= DATE_NEAR
      || (wordCount(folded.slice(c.end, at)) <= DATE_REACH && !CLAUSE_BREAK.test(folded.slice(c.end, at)))));
    const after = clusters.filter((c) => c.start >= end && wordCount(folded.slice(end, c.start)) <= DATE_REACH);
    const lastReport = [...reportingCues].reverse().find((r) => r.end <= at);
    const reporting = lastReport !== undefined && !clusters.some((c) => c.start >= lastReport.end && c.end <= at)
      && wordCount(folded.slice(lastReport.end, at)) <= 12 && !INSIDE_REPORT.test(folded.slice(lastReport.end, at));
    const when = date.role === 'since' && whenCues.some((w) => w.start >= end && wordCount(folded.slice(end, w.start)) <= 1);
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
function readSides(folded: string, cluster: Cluster, prev: number, next: number, actors: TermMatch<ActorEntry>[], places: TermMatch<PlaceEntry>[]): Sides {
  const clauseBase = lastBreak(folded, cluster.start, prev);
  let clauseStart = clauseBase;
  for (const m of folded.slice(clauseBase, cluster.start).matchAll(COMPLEMENTISER)) clauseStart = clauseBase + m.index + m[0].length - 1;
  const victims = findCues(folded, 'victim');
  const isVictim = (a: TermMatch<ActorEntry>): boolean => victims.some((v) => v.end <= a.start && wordCount(folded.slice(v.end, a.start)) <= 2 && !CLAUSE_BREAK.test(folded.slice(v.end, a.start)));
  const before = actors.filter((a) => a.end <= cluster.start && a.start >= clauseStart);
  const after = actors.filter((a) => a.start >= cluster.end && a.start < next && wordCount(folded.slice(cluster.end, a.start)) <= 12);
  const objects = findCues(folded, 'object').filter((o) => o.start >= cluster.end && o.start < next && wordCount(folded.slice(cluster.end, o.start)) <= 6);
  const agentCues = findCues(folded, 'agent').filter((o) => o.start >= cluster.end && o.start < next);
  const usAdjective = findCues(folded, 'us-adjective').find((a) => a.start >= cluster.end && wordCount(folded.slice(cluster.end, a.start)) <= 2
    && !CLAUSE_BREAK.test(folded.slice(cluster.end, a.start)) && !actors.some((x) => x.start <= a.start && x.end >= a.end));

  let agent: TermMatch<ActorEntry> | undefined;
  let targetActor: TermMatch<ActorEntry> | undefined;
  const canAct = (a: TermMatch<ActorEntry> | undefined): a is TermMatch<ActorEntry> => a !== undefined && !a.value.thing && !isVictim(a);
  const nearestBefore = [...before].reverse().find(canAct);
  const gapBefore = nearestBefore ? wordCount(folded.slice(nearestBefore.end, cluster.start)) : Infinity;
  const object = objects[0];
  const afterObject = object ? after.find((a) => a.start >= object.end && wordCount(folded.slice(object.end, a.start)) <= 3) : undefined;
  const attributions = findCues(folded, 'attribution').filter((o) => o.start >= cluster.end && o.start < next);
  const byAttribution = attributions.map((c) => {
    const to = /(?:^|\s)(?:الي|ل)(?=\s|\p{L})/u.exec(folded.slice(c.end, c.end + 40));
    return to ? after.find((a) => a.start >= c.end + to.index && wordCount(folded.slice(c.end + to.index, a.start)) <= 3) : undefined;
  }).find(canAct);
  const byAgentCue = byAttribution ?? agentCues.map((c) => after.find((a) => a.start >= c.end && wordCount(folded.slice(c.end, a.start)) <= 3)).find(canAct);
  const attributors = new Set(attributions.flatMap((c) => after.filter((a) => a.start >= c.end && wordCount(folded.slice(c.end, a.start)) <= 1)));
  const adjacent = after[0] && folded.slice(cluster.end, after[0].start).trim() === '' ? after[0] : undefined;

  if (cluster.cls === 'exposure') {
    // "تعرضت القوات الأمريكية … لهجوم": the target stands between the two words, else after or just before.
    const inside = actors.find((a) => a.start >= cluster.cues[0]!.end && a.end <= cluster.end);
    targetActor = inside ?? after[0] ?? (gapBefore <= 5 ? nearestBefore : undefined);
  } else if (cluster.form === 'verb') {
    agent = gapBefore <= 5 ? nearestBefore : undefined;
    if (!agent) {
      // VSO: "استهدف مجاهدو المقاومة … قاعدة …": the first actor right after the verb is its subject when it can act.
      const first = after.find((a) => a !== byAgentCue);
      if (canAct(first) && wordCount(folded.slice(cluster.end, first.start)) <= 3 && first !== afterObject) agent = first;
    }
    targetActor = afterObject ?? after.find((a) => a !== agent && a !== byAgentCue && !attributors.has(a));
  } else {
    // "هجوم حماس" names the attacker; "استهداف القوات الأمريكية" the target.
    if (adjacent && cluster.form === 'masdar') targetActor = adjacent;
    else if (canAct(adjacent)) agent = adjacent;
    // An actor just before a noun acts ("شنت الولايات المتحدة غارات") unless it is itself an object ("على إسرائيل ردا على اغتيال").
    const objectBefore = nearestBefore && findCues(folded, 'object').some((o) => o.end <= nearestBefore.start && wordCount(folded.slice(o.end, nearestBefore.start)) <= 1);
    const gapHasObject = nearestBefore && findCues(folded, 'object').some((o) => o.start >= nearestBefore.end && o.end <= cluster.start);
    agent ??= byAgentCue ?? (gapBefore <= 2 && !objectBefore && !gapHasObject ? nearestBefore : undefined);
    targetActor ??= afterObject;
  }
  if (!agent && byAgentCue) agent = byAgentCue;
  let agentSide: Side | null = agent?.value.side ?? null;
  if (!agent && usAdjective && cluster.cls !== 'exposure') agentSide = 'us';
  let target: Side | null = targetActor?.value.side ?? null;
  const ownPlaces = places.filter((p) => p.start >= cluster.start && p.start < next);
  if (target === null && ownPlaces.some((p) => p.value.hosts === 'us')) target = 'us';
  if (target === null || target === agentSide) {
    // "أصيب سبعة أميركيين بقصف": the injured name the side attacked.
    const victim = actors.find((a) => isVictim(a) && (a.value.side === 'us' || a.value.side === 'militia') && a.value.side !== agentSide);
    if (victim) target = victim.value.side;
  }
  if (target === agentSide) target = null;
  const mentioned = actors.filter((a) => a.start >= clauseStart && a.start < next && a !== agent && a !== targetActor);
  const around = actors.filter((a) => a.start >= clauseBase && a.start < next);
  return { agent, target, agentSide, targetActor, after, mentioned, around };
}

function lastBreak(folded: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_BREAK.test(folded[i]!)) return i + 1;
  return floor;
}

/** The kind an attack or strike word takes from who acts on whom (a table, in order). */
function kindOf(cluster: Cluster, sides: Sides): EventKind | null {
  const { target, agentSide } = sides;
  if ((target && CONTEXT_SIDES.has(target)) || (agentSide && CONTEXT_SIDES.has(agentSide))) return 'context';
  if (target === 'us') return 'attack';
  if (target === 'militia') return 'strike';
  if (agentSide === 'us') return 'strike';
  if (agentSide === 'militia' || agentSide === 'iran') return 'attack';
  if (!target && !agentSide && sides.around.some((a) => CONTEXT_SIDES.has(a.value.side)) && !sides.around.some((a) => a.value.side === 'us' || a.value.side === 'militia')) return 'context';
  const defaults: Partial<Record<CueClass, EventKind>> = { attack: 'attack', exposure: 'attack', strike: 'strike' };
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
