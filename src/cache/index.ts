export { openExtractionCache, extractionKey } from './extraction-cache.js';
export type { ExtractionCache } from './extraction-cache.js';
export { rulesVersion } from './rules-version.js';
export { sameInputs } from './same-inputs.js';
