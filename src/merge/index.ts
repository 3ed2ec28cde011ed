export { mergeEvents } from './merge-events.js';
