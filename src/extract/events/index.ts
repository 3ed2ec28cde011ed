export { extractEvents } from './extract-events.js';
export { topicOf } from './sentence-mentions.js';
export type { ArticleEvent } from './types.js';
