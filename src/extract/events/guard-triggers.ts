import type { ActorEntry, PlaceEntry, TermMatch } from '../../gazetteer/index.js';
import { findCues, type CueClass, type CueMatch } from './cues.js';
import { breakBetween, wordsBetween } from './gaps.js';


/** Words from a launch or a shoot-down to its munition ("أطلق مسلحون ما لا يقل عن 5 صواريخ"). */
const MUNITION_REACH = 6;
/** Words from a launch to the operation it starts ("أطلقت الشهر الماضي تحالفا"). */
const VENTURE_REACH = 4;
/** Words from a deployment or a seizure to what it sends or takes ("إرسال نحو 900 جندي"). */
const OBJECT_REACH = 3;
/** Words from a claim verb to what it claims ("تبنت المقاومة الإسلامية في العراق الهجوم"). */
const CLAIM_REACH = 8;
/** Words from a mission word to the verb that ends it ("المهمة العسكرية للتحالف الدولي … في العراق ستنتهي"). */
const MISSION_REACH = 9;
/** Words from the place hit to a passive "أصيبت" ("قاعدة التنف أولى القواعد التي أصيبت"). */
const PASSIVE_REACH = 4;

/** `to` lies `reach` words or fewer after `from` (in one clause unless `cross`). */
function within(folded: string, from: number, to: number, reach: number, cross = false): boolean {
  if (to < from) return false;
  return wordsBetween(folded, from, to) <= reach && (cross || !breakBetween(folded, from, to));
}

const anyAfter = (folded: string, cues: readonly { start: number }[], t: CueMatch, reach: number, cross = false): boolean =>
  cues.some((c) => c.start >= t.end && within(folded, t.end, c.start, reach, cross));
const anyBefore = (folded: string, cues: readonly { end: number }[], t: CueMatch, reach: number): boolean =>
  cues.some((c) => c.end <= t.start && within(folded, c.end, t.start, reach));

/** What the guards read besides the triggers (found once per sentence by the caller). */
export interface GuardContext {
  places: readonly TermMatch<PlaceEntry>[];
  actors: readonly TermMatch<ActorEntry>[];
  /** Reporting cues: "نشر" also deploys troops ("نشر 900 جندي"). */
  reports: readonly CueMatch[];
}

/**
 * Keeps the trigger cues that name what they need, and gives a launch its
 * meaning. Each guarded cue asks for a word beside it, so that a common verb
 * makes no event on its own:
 *  - a launch with a munition after it is an attack word ("أطلق مسلحون
 *    صواريخ باتجاه القاعدة"); with an operation or a coalition after it, the
 *    start of that operation ("أطلقت تحالفا بحريا"); after a site word it is
 *    part of a name ("منصة إطلاق", "موقعا لإطلاق الطائرات"); else nothing;
 *  - a shoot-down needs a munition beside it ("أسقطت مسيرتين", "مسيرتان
 *    أسقطتا"), not a bill or a government;
 *  - a deployment needs troops after it ("إرسال نحو 900 جندي"); "نشر" is
 *    also a reporting verb and deploys only with troops after it;
 *  - a seizure needs a ship after it ("احتجاز سفينة الشحن");
 *  - a claim verb needs what it claims: an attack or strike word, operations
 *    or responsibility ("تبنت … الهجوم"), not "تبني القرار" (adopting a
 *    resolution); a negated claim ("لم تتبن أي جهة") claims nothing;
 *  - an ending ("ستنتهي", "انتهاء") is a withdrawal only of a mission of the
 *    US side ("ستنتهي مهمة التحالف"), not of a truce;
 *  - a passive "أصيبت" (was hit) needs the place hit just before it and no
 *    wound word after it ("أصيبت بجروح" is about people).
 *
 * @example
 *   // "أطلق مسلحون خمسة صواريخ على القاعدة": the launch is kept as an attack word
 *   // "أطلق سراح المعتقلين": no munition, no trigger
 */
export function guardTriggers(folded: string, triggers: readonly CueMatch[], context: GuardContext): CueMatch[] {
  const publishing = context.reports.filter((r) => r.value.id === 'reporting-publish');
  const all = publishing.length > 0
    ? [...triggers, ...publishing.map((r) => ({ ...r, value: { ...r.value, class: 'deployment' as const, form: 'masdar' as const } }))]
      .sort((a, b) => a.start - b.start || b.end - a.end)
    : triggers;
  const need = new Set(all.map((t) => t.value.class));
  const hasLaunch = need.has('launch');
  const munitions = findIf(folded, 'munition', hasLaunch || need.has('shootdown'));
  const ventures = findIf(folded, 'venture', hasLaunch);
  const sites = findIf(folded, 'launch-site', hasLaunch);
  const troops = findIf(folded, 'troops', need.has('deployment'));
  const vessels = findIf(folded, 'vessel', need.has('seizure'));
  const hasClaim = need.has('claim');
  const negations = findIf(folded, 'negation', hasClaim);
  const claimed = hasClaim ? [...findCues(folded, 'claimed'), ...findCues(folded, 'operations')] : [];
  const passive = all.some((t) => t.value.id === 'attack-passive');
  const wounds = findIf(folded, 'wound', passive);
  const missions = all.some((t) => t.value.id === 'mission-end') ? findCues(folded, 'mission') : [];
  const things = passive ? [...context.places, ...context.actors.filter((a) => a.value.thing)] : [];

  const kept: CueMatch[] = [];
  for (const t of all) {
    const cls = t.value.class;
    if (cls === 'launch') {
      if (t.value.id === 'launch-idiom' || anyBefore(folded, sites, t, 0)) continue;
      if (anyAfter(folded, munitions, t, MUNITION_REACH)) kept.push({ ...t, value: { ...t.value, class: 'attack' } });
      else if (anyAfter(folded, ventures, t, VENTURE_REACH)) kept.push(t);
      continue;
    }
    if (cls === 'shootdown') {
      if (anyAfter(folded, munitions, t, MUNITION_REACH) || anyBefore(folded, munitions, t, PASSIVE_REACH)) kept.push(t);
      continue;
    }
    if (cls === 'deployment') {
      if (anyAfter(folded, troops, t, OBJECT_REACH)) kept.push(t);
      continue;
    }
    if (cls === 'seizure') {
      if (anyAfter(folded, vessels, t, OBJECT_REACH)) kept.push(t);
      continue;
    }
    if (cls === 'claim' && t.value.id === 'claim') {
      if (anyBefore(folded, negations, t, 0)) continue;
      const objects = all.filter((o) => o !== t && (o.value.class === 'attack' || o.value.class === 'strike' || o.value.class === 'exposure'));
      if (anyAfter(folded, objects, t, CLAIM_REACH, true) || anyAfter(folded, claimed, t, CLAIM_REACH, true)) kept.push(t);
      continue;
    }
    if (t.value.id === 'mission-end') {
      if (missions.some((m) => usAfter(folded, context, m) && (m.start >= t.end ? within(folded, t.end, m.start, 1) : within(folded, m.end, t.start, MISSION_REACH)))) kept.push(t);
      continue;
    }
    if (t.value.id === 'attack-passive') {
      if (anyBefore(folded, things, t, PASSIVE_REACH) && !anyAfter(folded, wounds, t, OBJECT_REACH)) kept.push(t);
      continue;
    }
    kept.push(t);
  }
  return kept;
}

/** The cues of a class in `folded` when a guard needs them, else none. */
function findIf(folded: string, cls: CueClass, when: boolean): CueMatch[] {
  return when ? findCues(folded, cls) : [];
}

/** "مهمة التحالف", "المهمة العسكرية للتحالف": a mission of the US side. */
function usAfter(folded: string, context: GuardContext, m: CueMatch): boolean {
  return context.actors.some((a) => a.value.side === 'us' && a.start >= m.end && within(folded, m.end, a.start, 2));
}
