/**
 * Dates as readers see them. The one place that picks the locale: Arabic as
 * written in Iraq and the Levant (month names كانون الثاني …), Latin digits
 * (`nu-latn`), the Gregorian calendar (`ca-gregory`), always in UTC so the
 * machine's time zone never shifts a day. Every date and number on the site
 * goes through here.
 */
import type { DateSpan } from '../model/types.js';
import { remembered } from './remembered.js';

/** The site's locale: one numbering system, one calendar, site-wide. */
export const LOCALE = 'ar-IQ-u-nu-latn-ca-gregory';

const dayFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const yearFormat = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(LOCALE);

/** `YYYY-MM-DD` → milliseconds at UTC midnight (never the clock). */
function utc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

const same = (day: string): string => day;
const dayText = remembered(same, (day) => dayFormat.format(utc(day)));
const monthText = remembered(same, (month) => monthFormat.format(utc(`${month}-01`)));
const numberText = remembered(String, (value: number) => numberFormat.format(value));
const spanText = remembered(
  (span: DateSpan) => `${span.precision}|${span.start}|${span.end}`,
  (span) => {
    switch (span.precision) {
      case 'year':
        return yearFormat.format(utc(span.start));
      case 'month':
        return span.start.slice(0, 7) === span.end.slice(0, 7) ? formatMonth(span.start) : monthFormat.formatRange(utc(span.start), utc(span.end));
      case 'days':
      case 'day':
        return span.start === span.end ? formatDay(span.start) : dayFormat.formatRange(utc(span.start), utc(span.end));
    }
  },
);

/**
 * @example formatDay('2023-11-21') // '21 تشرين الثاني 2023'
 */
export function formatDay(day: string): string {
  return dayText(day);
}

/**
 * @example formatMonth('2024-01-20') // 'كانون الثاني 2024'
 */
export function formatMonth(day: string): string {
  return monthText(day.slice(0, 7));
}

/**
 * A span as the text allows it: a day, a span of days, a month or a year.
 *
 * @example formatSpan({start: '2024-01-20', end: '2024-01-21', precision: 'days'}) // '20–21 كانون الثاني 2024'
 * @example formatSpan({start: '2024-01-01', end: '2024-01-31', precision: 'month'}) // 'كانون الثاني 2024'
 */
export function formatSpan(span: DateSpan): string {
  return spanText(span);
}

/**
 * The `datetime` attribute for a span's start, as precise as the span.
 *
 * @example datetimeOf({start: '2024-01-01', end: '2024-01-31', precision: 'month'}) // '2024-01'
 */
export function datetimeOf(span: DateSpan): string {
  if (span.precision === 'year') return span.start.slice(0, 4);
  if (span.precision === 'month') return span.start.slice(0, 7);
  return span.start;
}

/**
 * @example formatNumber(2500) // '2,500'
 */
export function formatNumber(value: number): string {
  return numberText(value);
}
