/**
 * Axes for charts drawn right to left. Decision (kept in every chart):
 * the site reads right to left, so TIME FLOWS FROM RIGHT TO LEFT (the
 * earliest day at the right edge, the latest at the left), value axes sit
 * on the RIGHT, and horizontal bars grow from a zero line on the right
 * towards the left.
 */
import { dayNumber, dayString } from './format.js';

export interface Ticks {
  /** The top of the axis: a round number ≥ the largest value. */
  max: number;
  ticks: number[];
}

/**
 * Round ticks from 0 to at least `max` (steps of 1, 2 or 5 × 10^k), about `count` of them.
 *
 * @example niceTicks(170) // {max: 200, ticks: [0, 50, 100, 150, 200]}
 * @example niceTicks(0) // {max: 1, ticks: [0, 1]}
 */
export function niceTicks(max: number, count = 5): Ticks {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return { max: top, ticks };
}

/**
 * A linear map from `[d0, d1]` onto `[r0, r1]` (either may run backwards).
 *
 * @example linear(0, 200, 400, 40)(100) // 220
 */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * Month ticks that frame `[first, last]`: the first day of `first`'s month,
 * then every `step` months (1, 2, 3, 4, 6 or 12, the smallest that keeps at
 * most `most` ticks) up to the first tick after `last`. The axis runs from
 * the first tick to the last.
 *
 * @example monthTicks('2023-10-17', '2024-01-23') // ['2023-10-01', '2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01']
 */
export function monthTicks(first: string, last: string, most = 8): string[] {
  const [y0 = 1970, m0 = 1] = first.split('-').map(Number);
  const end = dayNumber(last);
  const at = (k: number): string => {
    const index = y0 * 12 + (m0 - 1) + k;
    return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  };
  for (const step of [1, 2, 3, 4, 6, 12]) {
    const ticks = [at(0)];
    while (dayNumber(ticks[ticks.length - 1] ?? first) <= end) ticks.push(at(ticks.length * step));
    if (ticks.length <= most || step === 12) return ticks;
  }
  return [at(0), at(12)];
}

/** Day strings ↔ day numbers, re-exported for charts. */
export { dayNumber, dayString };
