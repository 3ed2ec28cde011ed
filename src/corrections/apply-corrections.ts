import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Figure, Place, Source, Timeline, TimelineEvent } from '../model/types.js';
import { compareMessages, type Message, type Position, type Severity } from '../report/index.js';
import { figureBounds } from './figure-bounds.js';
import { gazetteerPlace } from './gazetteer-place.js';
import { describePatch, parseCorrections } from './parse-corrections.js';
import { quoteMatches } from './quote-matches.js';
import { finalId } from './redirect-pairs.js';
import type { AppliedCorrection, Correction, CorrectionAction, CorrectionsResult, EventPatch, FigurePatch, PlaceRef, RecordRef } from './types.js';

export type { CorrectionsResult } from './types.js';

export interface CorrectionsOptions {
  /** Gazetteer lookup for `place: ID` (default: `src/lexicon/places.yml`). */
  places?: (id: string) => Place | null;
}

/**
 * Applies `content/corrections.yaml` (or the file named by `--corrections`)
 * to a merged timeline. No file: nothing changes. The timeline passed in is
 * never modified; the result holds a corrected copy.
 *
 * Malformed corrections are errors; corrections that match nothing any more
 * (`corrections:stale`) or change nothing (`corrections:no-effect`) are
 * warnings. Each is reported at its YAML `line:column`, never ignored.
 */
export function applyCorrections(timeline: Timeline, file: string | null, options: CorrectionsOptions = {}): CorrectionsResult {
  if (file === null) return { timeline, retired: new Map(), applied: [], messages: [] };
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return {
      timeline,
      retired: new Map(),
      applied: [],
      messages: [{ file: shown, place: null, reason: `cannot read the corrections file (${code})`, ruleId: 'corrections:read', severity: 'error' }],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = parseCorrections(text, shown);
  const result = applyCorrectionList(timeline, parsed.corrections, options);
  return { ...result, messages: [...parsed.messages, ...result.messages].sort(compareMessages) };
}

/**
 * Applies parsed corrections in order. Each sees the timeline as the ones
 * before it left it; an id retired by an earlier merge still finds the
 * event that replaced it.
 */
export function applyCorrectionList(timeline: Timeline, corrections: readonly Correction[], options: CorrectionsOptions = {}): CorrectionsResult {
  const bench = new Bench(timeline, options.places ?? ((id) => gazetteerPlace(id)));
  const applied: AppliedCorrection[] = [];
  const messages: Message[] = [];
  for (const correction of corrections) {
    const outcome = (HANDLERS[correction.action] as Handler<CorrectionAction>)(bench, correction);
    for (const p of outcome.problems) {
      messages.push({ file: correction.file, place: p.at ?? correction.at, reason: p.reason, ruleId: p.ruleId, severity: p.severity });
    }
    if (outcome.done) {
      applied.push({
        correction: correction.text,
        effect: outcome.done.effect,
        file: correction.file,
        place: correction.at,
        note: correction.note,
        articles: sorted(outcome.done.articles),
        events: sorted(outcome.done.events),
        figures: sorted(outcome.done.figures),
      });
    }
  }
  return { timeline: bench.result(timeline), retired: bench.retiredNow(), applied, messages };
}

interface Problem {
  at?: Position;
  reason: string;
  ruleId: string;
  severity: Severity;
}

interface Outcome {
  done: { effect: string; articles: Iterable<string>; events: Iterable<string>; figures: Iterable<string> } | null;
  problems: Problem[];
}

type Handler<A extends CorrectionAction> = (bench: Bench, correction: Extract<Correction, { action: A }>) => Outcome;

const stale = (reason: string, at?: Position): Problem => ({ reason, ruleId: 'corrections:stale', severity: 'warning', ...(at ? { at } : {}) });
const failed = (problem: Problem): Outcome => ({ done: null, problems: [problem] });

/** One handler per action: what each correction does to the timeline. */
const HANDLERS: { [A in CorrectionAction]: Handler<A> } = {
  drop(bench, c) {
    const target = c.target;
    if ('event' in target) {
      const event = bench.event(target.event);
      if (!event) return failed(stale(bench.missingEvent(target.event)));
      const unlinked = bench.dropEvent(event);
      return done(`event ${event.id} removed${unlinked.length > 0 ? `; ${count(unlinked.length, 'figure')} unlinked` : ''}`, articlesOf(event), [event.id], unlinked);
    }
    if ('figure' in target) {
      const figure = bench.figure(target.figure);
      if (!figure) return failed(stale(`figure \`${target.figure}\` is not in this build: its id changed or it is no longer read; update or remove this correction`));
      bench.dropFigure(figure);
      return done(`figure ${figure.id} removed`, [figure.source.article], figure.event ? [figure.event] : [], [figure.id]);
    }
    const missing = bench.missingArticle(target.article);
    if (missing) return failed(stale(missing));
    const figures = target.only === 'events' ? [] : bench.figuresQuoting(target.article, target.quote);
    const events = target.only === 'figures' ? [] : bench.eventsQuoting(target.article, target.quote);
    if (figures.length === 0 && events.length === 0) {
      return failed(stale(`nothing read from ${target.article} quotes “${target.quote}”${target.only ? ` (among its ${target.only})` : ''}: the text or the extraction changed; update or remove this correction`));
    }
    for (const figure of figures) bench.dropFigure(figure);
    const emptied: string[] = [];
    let sources = 0;
    for (const hit of events) {
      const event = bench.event(hit.id)!;
      const before = event.sources.length;
      const kept = event.sources.filter((s) => !(s.article === target.article && quoteMatches(s.quote, target.quote)));
      sources += before - kept.length;
      if (kept.length === 0) {
        bench.dropEvent(event);
        emptied.push(event.id);
      } else {
        bench.replaceEvent({ ...event, sources: kept });
      }
    }
    const parts = [
      figures.length > 0 ? `${count(figures.length, 'figure')} removed (${figures.map((f) => f.id).join(', ')})` : '',
      sources > 0 ? `${count(sources, 'event source')} removed` : '',
      emptied.length > 0 ? `${count(emptied.length, 'event')} left without sources removed (${emptied.join(', ')})` : '',
    ].filter(Boolean);
    return done(parts.join('; '), [target.article], events.map((e) => e.id), figures.map((f) => f.id));
  },

  figure(bench, c) {
    const found = bench.findFigures(c.ref);
    if (!Array.isArray(found)) return failed(found);
    const figure = found[0]!;
    const problems: Problem[] = [];
    const next: Figure = { ...figure, ...withoutEvent(c.set) };
    if ((c.set.value !== undefined || c.set.qualifier !== undefined) && c.set.min === undefined && c.set.max === undefined) {
      Object.assign(next, figureBounds(next.qualifier, next.value));
    }
    if (next.min !== null && next.max !== null && next.min > next.max) {
      return failed({ reason: `figure ${figure.id} would have min ${next.min} > max ${next.max}: set min and max too`, ruleId: 'corrections:value', severity: 'error' });
    }
    let target: TimelineEvent | null | undefined;
    if (c.set.event !== undefined) {
      target = c.set.event === null ? null : bench.event(c.set.event);
      if (target === undefined) return failed(stale(bench.missingEvent(c.set.event!)));
      next.event = target ? target.id : null;
    }
    const changes = diff(figure, next);
    if (changes.length === 0) {
      return { done: null, problems: [{ reason: `figure ${figure.id} already has ${describePatch(c.set)}: remove this correction`, ruleId: 'corrections:no-effect', severity: 'warning' }] };
    }
    bench.replaceFigure(figure, next);
    const events = figure.event === next.event ? [] : [figure.event, next.event].filter((e): e is string => e !== null);
    return { done: { effect: `figure ${figure.id}: ${changes.join(', ')}`, articles: [figure.source.article], events, figures: [figure.id] }, problems };
  },

  event(bench, c) {
    const found = bench.findEvents(c.ref);
    if (!Array.isArray(found)) return failed(found);
    const event = found[0]!;
    const patched = bench.patchEvent(event, c.set, c);
    if ('reason' in patched) return failed(patched);
    const changes = diff(event, patched.event);
    if (changes.length === 0) {
      return failed({ reason: `event ${event.id} already has ${describePatch(c.set)}: remove this correction`, ruleId: 'corrections:no-effect', severity: 'warning' });
    }
    bench.replaceEvent(patched.event);
    const followed = bench.followDate(event, patched.event);
    const effect = `event ${event.id}: ${changes.join(', ')}${followed.length > 0 ? `; asOf of ${count(followed.length, 'figure')} follows the date` : ''}`;
    return done(effect, articlesOf(event), [event.id], followed);
  },

  merge(bench, c) {
    const problems: Problem[] = [];
    const events: TimelineEvent[] = [];
    for (const { value: id, at } of c.ids) {
      const event = bench.event(id);
      if (!event) problems.push(stale(bench.missingEvent(id), at));
      else if (!events.includes(event)) events.push(event);
    }
    if (problems.length > 0) return { done: null, problems };
    if (events.length < 2) {
      return failed({ reason: `${c.ids.map((i) => i.value).join(', ')} are already one event (${events[0]!.id}): remove this correction`, ruleId: 'corrections:no-effect', severity: 'warning' });
    }
    const [survivor, ...others] = events as [TimelineEvent, ...TimelineEvent[]];
    const moved = bench.merge(survivor, others);
    const articles = events.flatMap(articlesOf);
    return done(`${others.map((e) => e.id).join(', ')} merged into ${survivor.id} (${count(moved.sources, 'source')}, ${count(moved.figures.length, 'figure')} moved); old ids redirect`, articles, events.map((e) => e.id), moved.figures);
  },

  split(bench, c) {
    const event = bench.event(c.event);
    if (!event) return failed(stale(bench.missingEvent(c.event)));
    const problems: Problem[] = [];
    const moving = new Set<Source>();
    for (const { value: quote, at } of c.quotes) {
      const hits = event.sources.filter((s) => quoteMatches(s.quote, quote));
      if (hits.length === 0) problems.push(stale(`no source of event ${event.id} quotes “${quote}”: update or remove this quote`, at));
      for (const s of hits) moving.add(s);
    }
    if (moving.size === 0) return { done: null, problems };
    if (moving.size === event.sources.length) {
      return failed({ reason: `every source of event ${event.id} matches: nothing would be left; correct the event with \`event:\` instead`, ruleId: 'corrections:split-all', severity: 'error' });
    }
    if (c.id !== null && bench.taken(c.id)) {
      return failed({ reason: `event id \`${c.id}\` is already taken: choose another \`id\``, ruleId: 'corrections:id-taken', severity: 'error' });
    }
    const check = bench.patchEvent(event, c.set, c);
    if ('reason' in check) return { done: null, problems: [...problems, check] };
    const id = c.id ?? bench.freshId(`${event.id}-split`);
    const split = bench.split(event, [...moving], id);
    const patched = bench.patchEvent(split.event, c.set, c) as { event: TimelineEvent };
    bench.addEventAfter(event, patched.event);
    for (const figure of split.figures) bench.replaceFigure(figure, { ...figure, event: id });
    bench.followDate(split.event, patched.event);
    const articles = [...moving].map((s) => s.article);
    return {
      done: { effect: `${count(moving.size, 'source')} and ${count(split.figures.length, 'figure')} moved from ${event.id} to new event ${id}`, articles, events: [event.id, id], figures: split.figures.map((f) => f.id) },
      problems,
    };
  },
};

function done(effect: string, articles: Iterable<string>, events: Iterable<string>, figures: Iterable<string>): Outcome {
  return { done: { effect, articles, events, figures }, problems: [] };
}

/** The working copy of the timeline the handlers edit. */
class Bench {
  private events: TimelineEvent[];
  private figures: Figure[];
  private readonly retired = new Map<string, string>();
  private readonly articles: Set<string>;

  constructor(
    timeline: Timeline,
    private readonly places: (id: string) => Place | null,
  ) {
    this.events = timeline.events.map((e) => ({ ...e, figures: [...e.figures], sources: [...e.sources], actors: [...e.actors] }));
    this.figures = timeline.figures.map((f) => ({ ...f }));
    this.articles = new Set(timeline.articles.map((a) => a.id));
  }

  result(timeline: Timeline): Timeline {
    return { ...timeline, events: this.events, figures: this.figures };
  }

  /** Retired ids whose replacement still exists, each pointing at the id that lives now. */
  retiredNow(): Map<string, string> {
    const live = new Set(this.events.map((e) => e.id));
    const out = new Map<string, string>();
    for (const from of [...this.retired.keys()].sort()) {
      const to = finalId(this.retired, from);
      if (live.has(to)) out.set(from, to);
    }
    return out;
  }

  event(id: string): TimelineEvent | undefined {
    const live = finalId(this.retired, id);
    return this.events.find((e) => e.id === live);
  }

  figure(id: string): Figure | undefined {
    return this.figures.find((f) => f.id === id);
  }

  missingEvent(id: string): string {
    return `event \`${id}\` is not in this build: its id changed or it is no longer read; update or remove this correction`;
  }

  missingArticle(article: string): string | null {
    return this.articles.has(article) ? null : `article \`${article}\` is not in the content (renamed or removed?): update or remove this correction`;
  }

  figuresQuoting(article: string, quote: string): Figure[] {
    return this.figures.filter((f) => f.source.article === article && quoteMatches(f.source.quote, quote));
  }

  eventsQuoting(article: string, quote: string): TimelineEvent[] {
    return this.events.filter((e) => e.sources.some((s) => s.article === article && quoteMatches(s.quote, quote)));
  }

  /** The one figure a reference names, or the problem (stale, or ambiguous). */
  findFigures(ref: RecordRef): Figure[] | Problem {
    if ('id' in ref) {
      const figure = this.figure(ref.id);
      return figure ? [figure] : stale(`figure \`${ref.id}\` is not in this build: its id changed or it is no longer read; update or remove this correction`);
    }
    const missing = this.missingArticle(ref.article);
    if (missing) return stale(missing);
    const hits = this.figuresQuoting(ref.article, ref.quote);
    if (hits.length === 0) return stale(`no figure read from ${ref.article} quotes “${ref.quote}”: the text or the extraction changed; update or remove this correction`);
    if (hits.length > 1) return ambiguous('figure', ref.quote, hits.map((f) => ({ id: f.id, quote: f.source.quote })));
    return hits;
  }

  findEvents(ref: RecordRef): TimelineEvent[] | Problem {
    if ('id' in ref) {
      const event = this.event(ref.id);
      return event ? [event] : stale(this.missingEvent(ref.id));
    }
    const missing = this.missingArticle(ref.article);
    if (missing) return stale(missing);
    const hits = this.eventsQuoting(ref.article, ref.quote);
    if (hits.length === 0) return stale(`no event read from ${ref.article} quotes “${ref.quote}”: the text or the extraction changed; update or remove this correction`);
    if (hits.length > 1) return ambiguous('event', ref.quote, hits.map((e) => ({ id: e.id, quote: e.summary })));
    return hits;
  }

  /** Removes an event; its figures stay, unlinked. Returns their ids. */
  dropEvent(event: TimelineEvent): string[] {
    this.events = this.events.filter((e) => e.id !== event.id);
    const unlinked: string[] = [];
    this.figures = this.figures.map((f) => {
      if (f.event !== event.id) return f;
      unlinked.push(f.id);
      return { ...f, event: null };
    });
    return unlinked;
  }

  dropFigure(figure: Figure): void {
    this.figures = this.figures.filter((f) => f.id !== figure.id);
    this.events = this.events.map((e) => (e.figures.includes(figure.id) ? { ...e, figures: e.figures.filter((id) => id !== figure.id) } : e));
  }

  replaceEvent(next: TimelineEvent): void {
    this.events = this.events.map((e) => (e.id === next.id ? next : e));
  }

  /** Replaces a figure and keeps both ends of its event link in step. */
  replaceFigure(before: Figure, next: Figure): void {
    this.figures = this.figures.map((f) => (f.id === before.id ? next : f));
    if (before.event === next.event) return;
    this.events = this.events.map((e) => {
      if (e.id === before.event) return { ...e, figures: e.figures.filter((id) => id !== before.id) };
      if (e.id === next.event && !e.figures.includes(next.id)) return { ...e, figures: [...e.figures, next.id] };
      return e;
    });
  }

  /** Applies an event patch (resolving a gazetteer place); the problem when the place is unknown. */
  patchEvent(event: TimelineEvent, patch: EventPatch, c: Correction): { event: TimelineEvent } | Problem {
    const next: TimelineEvent = { ...event };
    if (patch.kind !== undefined) next.kind = patch.kind;
    if (patch.summary !== undefined) next.summary = patch.summary;
    if (patch.date !== undefined) {
      next.date = patch.date;
      next.dateExplanation = `${c.file}:${c.at.line}: set by the editors to ${patch.date.start === patch.date.end ? patch.date.start : `${patch.date.start}..${patch.date.end}`} (${patch.date.precision})`;
    }
    if (patch.place !== undefined) {
      const place = this.place(patch.place);
      if (place === undefined) {
        const id = (patch.place as { id: string }).id;
        return { reason: `place \`${id}\` is not in the gazetteer (src/lexicon/places.yml): add it there, or write it out as {name, country, lat, lon}`, ruleId: 'corrections:unknown-place', severity: 'error' };
      }
      next.place = place;
    }
    return { event: next };
  }

  private place(ref: PlaceRef | null): Place | null | undefined {
    if (ref === null) return null;
    if ('place' in ref) return ref.place;
    return this.places(ref.id) ?? undefined;
  }

  /** Figures of a re-dated event whose `asOf` was the old first day follow the new one. */
  followDate(before: TimelineEvent, after: TimelineEvent): string[] {
    if (before.date.start === after.date.start) return [];
    const moved: string[] = [];
    this.figures = this.figures.map((f) => {
      if (f.event !== after.id || f.asOf !== before.date.start) return f;
      moved.push(f.id);
      return { ...f, asOf: after.date.start };
    });
    return moved;
  }

  merge(survivor: TimelineEvent, others: readonly TimelineEvent[]): { sources: number; figures: string[] } {
    const all = [survivor, ...others];
    const sources = uniqueBy(all.flatMap((e) => e.sources), (s) => `${s.article}\u0000${s.start}\u0000${s.end}`).sort(compareSources);
    const figures = [...new Set(all.flatMap((e) => e.figures))];
    const actors = uniqueBy(all.flatMap((e) => e.actors), (a) => `${a.id ?? a.name}\u0000${a.role}`);
    const explanations = [...new Set(all.map((e) => e.dateExplanation).filter((x): x is string => typeof x === 'string' && x !== ''))];
    const merged: TimelineEvent = {
      ...survivor,
      place: survivor.place ?? others.find((e) => e.place !== null)?.place ?? null,
      actors,
      figures,
      sources,
      ...(explanations.length > 0 ? { dateExplanation: explanations.join('\n') } : {}),
    };
    const gone = new Set(others.map((e) => e.id));
    this.events = this.events.filter((e) => !gone.has(e.id)).map((e) => (e.id === survivor.id ? merged : e));
    const moved: string[] = [];
    this.figures = this.figures.map((f) => {
      if (f.event === null || !gone.has(f.event)) return f;
      moved.push(f.id);
      return { ...f, event: survivor.id };
    });
    for (const id of gone) this.retired.set(id, survivor.id);
    return { sources: sources.length - survivor.sources.length, figures: moved };
  }

  /** Takes `moving` sources (and the figures read inside them) out of `event` into a new event. */
  split(event: TimelineEvent, moving: readonly Source[], id: string): { event: TimelineEvent; figures: Figure[] } {
    const inside = (f: Figure): boolean => moving.some((s) => s.article === f.source.article && f.source.start >= s.start && f.source.end <= s.end);
    const figures = this.figures.filter((f) => event.figures.includes(f.id) && inside(f));
    const figureIds = new Set(figures.map((f) => f.id));
    const kept = event.sources.filter((s) => !moving.includes(s));
    this.replaceEvent({ ...event, sources: kept, figures: event.figures.filter((f) => !figureIds.has(f)) });
    const first = [...moving].sort(compareSources)[0]!;
    const fresh: TimelineEvent = {
      ...event,
      id,
      summary: first.quote.trim(),
      figures: [...figureIds],
      sources: [...moving].sort(compareSources),
      actors: [...event.actors],
      rule: 'corrections:split',
    };
    return { event: fresh, figures };
  }

  addEventAfter(anchor: TimelineEvent, event: TimelineEvent): void {
    const at = this.events.findIndex((e) => e.id === anchor.id);
    this.events.splice(at + 1, 0, event);
  }

  taken(id: string): boolean {
    return this.events.some((e) => e.id === id) || this.retired.has(id);
  }

  /** `base`, else `base-2`, `base-3`, … : the first id not taken. */
  freshId(base: string): string {
    if (!this.taken(base)) return base;
    for (let n = 2; ; n++) if (!this.taken(`${base}-${n}`)) return `${base}-${n}`;
  }
}

function ambiguous(what: string, quote: string, hits: { id: string; quote: string }[]): Problem {
  const list = hits.map((h) => `${h.id} “${h.quote}”`).join('; ');
  return { reason: `“${quote}” matches ${hits.length} ${what}s (${list}): quote more of the words, or name the ${what} by id`, ruleId: 'corrections:ambiguous', severity: 'error' };
}

function withoutEvent(patch: FigurePatch): Omit<FigurePatch, 'event'> {
  const { event: _event, ...rest } = patch;
  return rest;
}

/** `side unknown → us, value 8 → 9` for every top-level field that changed. */
function diff(before: object, after: object): string[] {
  const changes: string[] = [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (key === 'dateExplanation' || JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    changes.push(`${key} ${show(a[key])} → ${show(b[key])}`);
  }
  return changes;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if ('start' in v && 'end' in v) return v.start === v.end ? String(v.start) : `${String(v.start)}..${String(v.end)}`;
  if ('name' in v) return String(v.name);
  return JSON.stringify(value);
}

function articlesOf(event: TimelineEvent): string[] {
  return event.sources.map((s) => s.article);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function compareSources(a: Source, b: Source): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/** The path as the user would write it: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : file;
}
