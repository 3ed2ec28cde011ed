export { applyCorrections } from './apply-corrections.js';
export type { CorrectionsResult } from './apply-corrections.js';
