export { loadLexicon, lexiconMessages, termList, LEXICON_DIR } from './load-lexicon.js';
export type { Lexicon, LexiconEntry, LexiconSpec } from './load-lexicon.js';
