export { findPlaces, findActors, placeById, allPlaces, actorById, placeContains, placesCompatible, toEventPlace, AREA_KINDS } from './gazetteer.js';
export type { PlaceEntry, PlaceKind, ActorEntry, Side } from './gazetteer.js';
export { createTermMatcher, dropOverlaps, nextWord, previousWord } from './term-matcher.js';
export type { TermEntry, TermMatch, TermMatcher } from './term-matcher.js';
