export { resolveDates } from './resolve-dates.js';
export type { DateMention } from './types.js';
