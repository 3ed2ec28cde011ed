export { mergeEvents, mergeMemo, type MergeMemo } from './merge-events.js';
