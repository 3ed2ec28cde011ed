import type { DateSpan, EventKind, FigureKind, Place, Qualifier, Side, Timeline } from '../model/types.js';
import type { Message, Position } from '../report/index.js';

/**
 * The editors' corrections, as read from `content/corrections.yaml`.
 * The file format is documented in `docs/corrections.md`.
 */

/** A record named by its stable id, or by the article it was read from and a piece of its quote. */
export type RecordRef = { id: string } | { article: string; quote: string };

/** A place in a correction: a gazetteer id, or written out in full. */
export type PlaceRef = { id: string } | { place: Place };

/** What a `figure` correction may change. Bounds follow value and qualifier unless given. */
export interface FigurePatch {
  kind?: FigureKind;
  side?: Side;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  qualifier?: Qualifier;
  country?: string | null;
  since?: string | null;
  asOf?: string;
  /** Re-links the figure to another event (or to none). */
  event?: string | null;
}

/** What an `event` correction (or the new half of a `split`) may change. */
export interface EventPatch {
  kind?: EventKind;
  date?: DateSpan;
  place?: PlaceRef | null;
  summary?: string;
}

/** Where one part of a correction stands in the YAML file. */
export interface Located<T> {
  value: T;
  at: Position;
}

interface CorrectionBase {
  /** The corrections file, as shown in messages. */
  file: string;
  /** Position of the list item (`- drop: …`). */
  at: Position;
  /** The editor's `note:` (why), if any. */
  note: string | null;
  /** One line saying what the correction asks, for the review page ("drop event 2024-01-23-strike-…"). */
  text: string;
}

export type DropTarget =
  | { event: string }
  | { figure: string }
  | { article: string; quote: string; only: 'figures' | 'events' | null };

export type Correction =
  | (CorrectionBase & { action: 'drop'; target: DropTarget })
  | (CorrectionBase & { action: 'figure'; ref: RecordRef; set: FigurePatch })
  | (CorrectionBase & { action: 'event'; ref: RecordRef; set: EventPatch })
  | (CorrectionBase & { action: 'merge'; ids: Located<string>[] })
  | (CorrectionBase & { action: 'split'; event: string; quotes: Located<string>[]; id: string | null; set: EventPatch });

export type CorrectionAction = Correction['action'];

/** One correction that applied, and what it did: shown on the review page of every article it touched. */
export interface AppliedCorrection {
  /** What the correction asks ("merge 2024-01-23-strike-a ← 2024-01-23-strike-b"). */
  correction: string;
  /** What it did ("2 sources and 1 figure moved; 2024-01-23-strike-b retired"). */
  effect: string;
  file: string;
  place: Position;
  note: string | null;
  /** Ids of the articles, events and figures it touched (sorted). */
  articles: string[];
  events: string[];
  figures: string[];
}

/** What applying the editors' corrections file did. */
export interface CorrectionsResult {
  timeline: Timeline;
  /** Event ids retired by a merge → the id that replaces them (their old URLs redirect). */
  retired: Map<string, string>;
  /** One entry per correction that applied, in file order, for the review page. */
  applied: AppliedCorrection[];
  /** Corrections that no longer match anything, and malformed ones, with their YAML position. */
  messages: Message[];
}
