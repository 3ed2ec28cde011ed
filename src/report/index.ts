export { formatMessage, compareMessages } from './message.js';
export type { Message, Position, Severity } from './message.js';
export { createLineIndex } from './line-index.js';
export type { LineIndex } from './line-index.js';
