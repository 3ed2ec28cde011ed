export { openAtomicOutput } from './atomic-output.js';
export type { AtomicOutput } from './atomic-output.js';
