export { foldRanges, foldText, foldTerm, toOriginalRange } from './fold.js';
export type { FoldedText } from './fold.js';
export { WORD_CHAR, WORD_START, WORD_END, PROCLITICS, CONJUNCTIONS, escapeRegExp, wordsPattern } from './boundaries.js';
export { isWordCharAt, isWordCharBefore, isSpaceCode, wordStarts } from './word-chars.js';
