export * from './types.js';
export { validateTimeline, timelineSchema, TIMELINE_SCHEMA_PATH, type ValidItems } from './validate-timeline.js';
export { shortHash, uniqueIds } from './stable-id.js';
