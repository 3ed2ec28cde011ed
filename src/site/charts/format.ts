/**
 * Numbers and dates in charts and tables, the same on every machine: Latin
 * digits, the Gregorian calendar, UTC, the site's one locale (`LOCALE` of
 * `src/site/format-date.ts`).
 */

import { formatDay, LOCALE } from '../format-date.js';

const countFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });

/**
 * @example formatCount(2500) // '2,500'
 */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** `YYYY-MM-DD` → whole days since 1970-01-01 (UTC; never the clock). */
export function dayNumber(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Whole days since 1970-01-01 → `YYYY-MM-DD`. */
export function dayString(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** A day in a chart or its table: the site's day format. */
export const formatChartDay = formatDay;

/**
 * A month tick label; the year is added in January and on the first tick.
 *
 * @example formatMonthTick('2024-01-01', false) // 'كانون الثاني 2024' (the short month name the locale gives, with the year)
 */
export function formatMonthTick(day: string, first: boolean): string {
  const month = monthFormat.format(dayNumber(day) * 86_400_000);
  return first || day.slice(5, 7) === '01' ? `${month} ${day.slice(0, 4)}` : month;
}

/** A coordinate in an SVG attribute: at most one decimal, no `-0`. */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
