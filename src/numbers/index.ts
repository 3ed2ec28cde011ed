export { findQuantities, qualifierAfter, vagueAfter, requalify } from './find-quantities.js';
export type { Quantity } from './find-quantities.js';
export { boundsOf } from './bounds.js';
export type { Bounds } from './bounds.js';
export { evaluateNumberWords, parseDigits } from './parse-numeral.js';
export { numberWordTable, qualifierTable } from './number-lexicon.js';
export type { NumberWord, NumberWordType, QualifierWord } from './number-lexicon.js';
export { matchTermPattern, termMatcher, termMatcherPattern, termPattern } from './term-pattern.js';
export type { TermMatch, TermPattern } from './term-pattern.js';
