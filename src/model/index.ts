export * from './types.js';
export { validateTimeline, timelineSchema, TIMELINE_SCHEMA_PATH } from './validate-timeline.js';
