import type { Qualifier } from '../model/types.js';

/** A normalised count: what the text wrote and the range it allows. */
export interface Bounds {
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

/**
 * How each qualifier bounds a written number (the contract's table).
 * `about` keeps min = max = value; the qualifier says it is approximate.
 */
const BOUNDS: Readonly<Record<Exclude<Qualifier, 'dozens' | 'several'>, (v: number) => [number | null, number | null]>> = {
  exact: (v) => [v, v],
  'more-than': (v) => [Math.floor(v) + 1, null],
  'at-least': (v) => [Math.ceil(v), null],
  about: (v) => [v, v],
  'less-than': (v) => [0, Math.ceil(v) - 1],
  'up-to': (v) => [0, Math.floor(v)],
};

/**
 * Bounds of a written number under a qualifier.
 *
 * @example
 *   boundsOf(60, 'more-than') // {value: 60, min: 61, max: null, qualifier: 'more-than'}
 */
export function boundsOf(value: number, qualifier: Qualifier): Bounds {
  const rule = qualifier === 'dozens' || qualifier === 'several' ? BOUNDS.exact : BOUNDS[qualifier];
  const [min, max] = rule(value);
  return { value, min, max, qualifier: qualifier === 'dozens' || qualifier === 'several' ? 'exact' : qualifier };
}
