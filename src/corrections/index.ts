export { applyCorrections, applyCorrectionList } from './apply-corrections.js';
export type { CorrectionsOptions } from './apply-corrections.js';
export { parseCorrections, isCalendarDay } from './parse-corrections.js';
export { redirectPairs, finalId } from './redirect-pairs.js';
export { quoteMatches } from './quote-matches.js';
export { figureBounds } from './figure-bounds.js';
export { gazetteerPlace } from './gazetteer-place.js';
export type {
  AppliedCorrection,
  Correction,
  CorrectionsResult,
  DropTarget,
  EventPatch,
  FigurePatch,
  PlaceRef,
  RecordRef,
} from './types.js';
export { correctionsPathFor } from './corrections-path.js';
