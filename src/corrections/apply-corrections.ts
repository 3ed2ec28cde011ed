import type { Timeline } from '../model/types.js';
import type { Message } from '../report/index.js';

/** What applying the editors' corrections file did. */
export interface CorrectionsResult {
  timeline: Timeline;
  /** Event ids retired by a merge or re-dating → the id that replaces them (their old URLs redirect). */
  retired: Map<string, string>;
  /** One line per correction that applied, for the review page. */
  applied: { correction: string; effect: string }[];
  /** Corrections that no longer match anything, and malformed ones, with their YAML position. */
  messages: Message[];
}

/**
 * Applies `content/corrections.yaml` (or the file named by `--corrections`)
 * to a merged timeline. No file: nothing changes.
 */
export function applyCorrections(timeline: Timeline, file: string | null): CorrectionsResult {
  void file;
  return { timeline, retired: new Map(), applied: [], messages: [] };
}
