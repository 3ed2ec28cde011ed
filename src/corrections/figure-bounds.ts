import type { Qualifier } from '../model/types.js';

type Bounds = { min: number | null; max: number | null };

/**
 * The contract's bounds for each qualifier (`spec/timeline-data.md`,
 * "Qualifiers and bounds"), from the number as written.
 */
const BOUNDS: Readonly<Record<Qualifier, (value: number | null) => Bounds>> = {
  exact: (v) => (v === null ? none : { min: Math.round(v), max: Math.round(v) }),
  about: (v) => (v === null ? none : { min: Math.round(v), max: Math.round(v) }),
  'more-than': (v) => (v === null ? none : { min: Math.floor(v) + 1, max: null }),
  'at-least': (v) => (v === null ? none : { min: Math.ceil(v), max: null }),
  'up-to': (v) => (v === null ? none : { min: 0, max: Math.floor(v) }),
  'less-than': (v) => (v === null ? none : { min: 0, max: Math.max(0, Math.ceil(v) - 1) }),
  dozens: () => ({ min: 20, max: 99 }),
  several: () => ({ min: 2, max: null }),
};
const none: Bounds = { min: null, max: null };

/**
 * The smallest and largest counts consistent with a qualifier and value.
 *
 * @example
 *   figureBounds('more-than', 60) // {min: 61, max: null}   أكثر من 60
 *   figureBounds('dozens', null)  // {min: 20, max: 99}     عشرات
 */
export function figureBounds(qualifier: Qualifier, value: number | null): Bounds {
  return BOUNDS[qualifier](value);
}
