export { extractEvents } from './extract-events.js';
export type { ArticleEvent } from './types.js';
