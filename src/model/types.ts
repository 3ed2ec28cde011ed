/**
 * The nouns of the timeline data contract (`shared/spec/timeline-data.md`)
 * and the records the pipeline passes between its stages.
 *
 * Contract types are the exported shape of `timeline.json`; the `rule` and
 * `explanation` fields are additions the contract allows ("fields may be
 * added") and are what the review page and article view show.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

export type Precision = 'day' | 'days' | 'month' | 'year';

/** A resolved date: a span of calendar days with the precision the text allows. */
export interface DateSpan {
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
}

/** Where a record was read: `body.slice(start, end) === quote` (UTF-16 offsets). */
export interface Source {
  article: string;
  quote: string;
  start: number;
  end: number;
}

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  lat: number | null;
  lon: number | null;
  /** Gazetteer id (ASCII), when the place came from the gazetteer. */
  id?: string;
}

export type ActorRole = 'attacker' | 'target' | 'claimant' | 'mentioned';

export interface Actor {
  name: string;
  role: ActorRole;
  /** Actor lexicon id (ASCII). */
  id?: string;
}

export type EventKind = 'attack' | 'strike' | 'claim' | 'context';
export const EVENT_KINDS: readonly EventKind[] = ['attack', 'strike', 'claim', 'context'];

export interface TimelineEvent {
  id: string;
  kind: EventKind;
  date: DateSpan;
  place: Place | null;
  actors: Actor[];
  summary: string;
  figures: string[];
  sources: Source[];
  /** Rule id that made the event (`events:attack-cue`). */
  rule?: string;
  /** How the date was resolved, one line per source article. */
  dateExplanation?: string;
}

export type FigureKind = 'troops' | 'attacks' | 'injured' | 'killed' | 'strikes' | 'munitions' | 'targets';
export const FIGURE_KINDS: readonly FigureKind[] = ['troops', 'attacks', 'injured', 'killed', 'strikes', 'munitions', 'targets'];

export type Side = 'us' | 'militia' | 'iraqi' | 'other' | 'unknown';
export const SIDES: readonly Side[] = ['us', 'militia', 'iraqi', 'other', 'unknown'];

export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'up-to' | 'less-than' | 'dozens' | 'several';
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'more-than', 'at-least', 'about', 'up-to', 'less-than', 'dozens', 'several'];

export interface Figure {
  id: string;
  kind: FigureKind;
  side: Side;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  country: string | null;
  since: IsoDay | null;
  asOf: IsoDay;
  event: string | null;
  source: Source;
  /** Rule id that made the figure (`figures:more-than`). */
  rule?: string;
}

export interface Article {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string;
}

export interface Timeline {
  version: 1;
  articles: Article[];
  events: TimelineEvent[];
  figures: Figure[];
}
