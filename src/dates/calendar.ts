/**
 * Calendar-day helpers named after the contract's date rules
 * (`shared/spec/timeline-data.md`, "Dates are resolved against published").
 *
 * Days are `YYYY-MM-DD` strings in and out. Inside, a day is a `Date` at
 * local midnight built from its parts (`new Date(y, m - 1, d)`) and moved with
 * date-fns, whose arithmetic is calendar arithmetic in one zone; formatting
 * reads the same zone back, so results do not depend on `TZ` (tested under
 * UTC and America/Los_Angeles). The clock is never read.
 */
import { addDays, addMonths, format, getDay, isMonday, lastDayOfMonth, previousMonday, subDays } from 'date-fns';
import type { DateSpan, IsoDay } from '../model/types.js';

/** Weekday numbering of date-fns: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Part of a month: 1 days 1–10, 2 days 11–20, 3 day 21 to the end. */
export type MonthPart = 1 | 2 | 3;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local midnight of every day parsed so far (a few hundred distinct days per build). */
const parsedDays = new Map<IsoDay, number>();

/** A `YYYY-MM-DD` day as a `Date` at local midnight (throws on a malformed day); a new `Date` each call. */
export function parseDay(day: IsoDay): Date {
  const time = parsedDays.get(day);
  if (time !== undefined) return new Date(time);
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a calendar day (YYYY-MM-DD): ${day}`);
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (formatDay(date) !== day) throw new Error(`no such calendar day: ${day}`);
  parsedDays.set(day, date.getTime());
  return date;
}

/** A `Date` as its local calendar day. */
export function formatDay(date: Date): IsoDay {
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return format(date, 'yyyy-MM-dd'); // and an invalid date: format throws
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`; // what format(date, 'yyyy-MM-dd') writes, faster
}

/**
 * The day `y-m-d`, or null when there is no such day (31 November, 29
 * February of a common year).
 *
 * @example
 *   calendarDay(2024, 2, 29) // '2024-02-29'
 *   calendarDay(2023, 2, 29) // null
 */
export function calendarDay(year: number, month: number, day: number): IsoDay | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // years 0–99 are not 1900–1999
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? formatDay(date) : null;
}

/** `day` moved by `days` calendar days (negative: earlier). */
export function shiftDay(day: IsoDay, days: number): IsoDay {
  return formatDay(addDays(parseDay(day), days));
}

/** The weekday of a day (0 Sunday … 6 Saturday). */
export function weekdayOf(day: IsoDay): Weekday {
  return getDay(parseDay(day)) as Weekday;
}

/** A one-day span. */
export function daySpan(day: IsoDay): DateSpan {
  return { start: day, end: day, precision: 'day' };
}

/**
 * The latest `weekday` on or before `anchor` — the contract's reading of a
 * bare weekday ("الثلاثاء" published on a Tuesday is that Tuesday).
 *
 * @example
 *   latestWeekdayOnOrBefore('2024-08-06', 1) // '2024-08-05' (أمس الاثنين)
 *   latestWeekdayOnOrBefore('2024-08-06', 2) // '2024-08-06'
 */
export function latestWeekdayOnOrBefore(anchor: IsoDay, weekday: Weekday): IsoDay {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  return shiftDay(anchor, -back);
}

/**
 * The latest `weekday` strictly before `anchor` ("الثلاثاء الماضي", or a
 * weekday after "بعدما" in the sentence).
 *
 * @example
 *   latestWeekdayBefore('2024-08-06', 2) // '2024-07-30'
 */
export function latestWeekdayBefore(anchor: IsoDay, weekday: Weekday): IsoDay {
  return latestWeekdayOnOrBefore(shiftDay(anchor, -1), weekday);
}

/**
 * The first `weekday` strictly after `anchor` ("الثلاثاء المقبل").
 *
 * @example
 *   nextWeekdayAfter('2024-08-06', 2) // '2024-08-13'
 */
export function nextWeekdayAfter(anchor: IsoDay, weekday: Weekday): IsoDay {
  const ahead = (weekday - weekdayOf(anchor) + 7) % 7 || 7;
  return shiftDay(anchor, ahead);
}

/** The Monday starting the Monday–Sunday week that holds `day`. */
export function mondayOfWeek(day: IsoDay): IsoDay {
  const date = parseDay(day);
  return formatDay(isMonday(date) ? date : previousMonday(date));
}

/**
 * The Monday–Sunday week before the week of publication ("الأسبوع
 * الماضي", "الاسبوع الفائت").
 *
 * @example
 *   weekBefore('2024-08-06') // {start: '2024-07-29', end: '2024-08-04', precision: 'days'}
 */
export function weekBefore(anchor: IsoDay): DateSpan {
  const monday = shiftDay(mondayOfWeek(anchor), -7);
  return { start: monday, end: shiftDay(monday, 6), precision: 'days' };
}

/**
 * `weekday` in the Monday–Sunday week before the week of publication
 * ("الثلاثاء من الأسبوع الماضي").
 *
 * @example
 *   weekdayInWeekBefore('2024-08-06', 2) // '2024-07-30'
 */
export function weekdayInWeekBefore(anchor: IsoDay, weekday: Weekday): IsoDay {
  const monday = weekBefore(anchor).start;
  return shiftDay(monday, (weekday + 6) % 7);
}

/**
 * The week of publication from its Monday up to the publication day ("هذا
 * الأسبوع": what the article reports has happened by then).
 */
export function weekSoFar(anchor: IsoDay): DateSpan {
  return { start: mondayOfWeek(anchor), end: anchor, precision: 'days' };
}

/**
 * The latest Saturday–Sunday that starts before the publication day ("نهاية
 * الأسبوع", "عطلة نهاية الأسبوع").
 *
 * @example
 *   latestWeekendBefore('2024-01-23') // {start: '2024-01-20', end: '2024-01-21', precision: 'days'}
 *   latestWeekendBefore('2024-01-21') // {start: '2024-01-20', end: '2024-01-21', …} (a Sunday)
 */
export function latestWeekendBefore(anchor: IsoDay): DateSpan {
  const saturday = latestWeekdayBefore(anchor, 6);
  return { start: saturday, end: shiftDay(saturday, 1), precision: 'days' };
}

/**
 * The latest `day` of `month` on or before `limit` — with `limit` two days
 * after publication, the contract's reading of a day and month with no
 * year. Null only for a day no month of that name has (31 April).
 *
 * @example
 *   latestDayMonthOnOrBefore('2023-11-24', 10, 17) // '2023-10-17'
 *   latestDayMonthOnOrBefore('2024-01-25', 10, 17) // '2023-10-17'
 *   latestDayMonthOnOrBefore('2023-03-01', 2, 29)  // '2020-02-29'
 */
export function latestDayMonthOnOrBefore(limit: IsoDay, month: number, day: number): IsoDay | null {
  const year = parseDay(limit).getFullYear();
  for (let y = year; y >= year - 8; y--) {
    const candidate = calendarDay(y, month, day);
    if (candidate !== null && candidate <= limit) return candidate;
  }
  return null;
}

/**
 * The first `day` of `month` strictly after `anchor` ("17 أكتوبر المقبل").
 *
 * @example
 *   nextDayMonthAfter('2023-11-22', 1, 5) // '2024-01-05'
 */
export function nextDayMonthAfter(anchor: IsoDay, month: number, day: number): IsoDay | null {
  const year = parseDay(anchor).getFullYear();
  for (let y = year; y <= year + 8; y++) {
    const candidate = calendarDay(y, month, day);
    if (candidate !== null && candidate > anchor) return candidate;
  }
  return null;
}

/** The whole of `month` of `year` (precision `month`). */
export function monthSpan(year: number, month: number): DateSpan {
  const first = new Date(year, month - 1, 1);
  first.setFullYear(year);
  return { start: formatDay(first), end: formatDay(lastDayOfMonth(first)), precision: 'month' };
}

/**
 * The latest month named `month` that begins on or before `anchor` ("في
 * كانون الثاني", "منذ شباط").
 *
 * @example
 *   latestMonthOnOrBefore('2024-08-06', 2) // {start: '2024-02-01', end: '2024-02-29', precision: 'month'}
 *   latestMonthOnOrBefore('2024-01-23', 10) // {start: '2023-10-01', end: '2023-10-31', …}
 */
export function latestMonthOnOrBefore(anchor: IsoDay, month: number): DateSpan {
  const date = parseDay(anchor);
  const year = date.getMonth() + 1 >= month ? date.getFullYear() : date.getFullYear() - 1;
  return monthSpan(year, month);
}

/**
 * The latest month named `month` that ends before the month of publication
 * ("أكتوبر الماضي" written in October is last year's).
 */
export function latestMonthBefore(anchor: IsoDay, month: number): DateSpan {
  const date = parseDay(anchor);
  const year = date.getMonth() + 1 > month ? date.getFullYear() : date.getFullYear() - 1;
  return monthSpan(year, month);
}

/** The first month named `month` that begins after `anchor` ("مارس المقبل"). */
export function nextMonthAfter(anchor: IsoDay, month: number): DateSpan {
  const date = parseDay(anchor);
  const year = date.getMonth() + 1 < month ? date.getFullYear() : date.getFullYear() + 1;
  return monthSpan(year, month);
}

/**
 * The month `offset` months from the month of publication ("هذا الشهر" 0,
 * "الشهر الماضي" -1, "الشهر المقبل" 1).
 *
 * @example
 *   monthOfPublication('2024-01-23', -1) // {start: '2023-12-01', end: '2023-12-31', precision: 'month'}
 */
export function monthOfPublication(anchor: IsoDay, offset: number): DateSpan {
  const date = addMonths(parseDay(anchor), offset);
  return monthSpan(date.getFullYear(), date.getMonth() + 1);
}

/**
 * A part of a month: days 1–10 ("بداية", "مطلع", "أوائل"), 11–20
 * ("منتصف", "أواسط"), 21 to the month's end ("نهاية", "أواخر").
 *
 * @example
 *   partOfMonth(monthSpan(2023, 10), 2) // {start: '2023-10-11', end: '2023-10-20', precision: 'days'}
 */
export function partOfMonth(month: DateSpan, part: MonthPart): DateSpan {
  const first = parseDay(month.start);
  const start = formatDay(addDays(first, (part - 1) * 10));
  const end = part === 3 ? month.end : formatDay(addDays(first, part * 10 - 1));
  return { start, end, precision: 'days' };
}

/** The whole year (precision `year`). */
export function yearSpan(year: number): DateSpan {
  return { start: `${String(year).padStart(4, '0')}-01-01`, end: `${String(year).padStart(4, '0')}-12-31`, precision: 'year' };
}

/** The year of a day. */
export function yearOf(day: IsoDay): number {
  return parseDay(day).getFullYear();
}

/**
 * A stretch of time that ends at publication ("خلال الـ24 ساعة الماضية",
 * "خلال الأسبوع ونصف الأسبوع الماضيين"). Hours reach into the publication
 * day; days, weeks and longer are the whole days before it.
 *
 * @example
 *   spanEndingAtPublication('2023-11-22', 24, 'hours') // {start: '2023-11-21', end: '2023-11-22', precision: 'days'}
 *   spanEndingAtPublication('2024-01-23', 10.5, 'days') // {start: '2024-01-12', end: '2024-01-22', precision: 'days'}
 */
export function spanEndingAtPublication(anchor: IsoDay, amount: number, unit: 'hours' | 'days'): DateSpan {
  if (unit === 'hours') {
    const back = Math.max(1, Math.ceil(amount / 24));
    return { start: shiftDay(anchor, -back), end: anchor, precision: 'days' };
  }
  const back = Math.max(1, Math.ceil(amount));
  return { start: shiftDay(anchor, -back), end: shiftDay(anchor, -1), precision: 'days' };
}

/** `days` whole days before `anchor` ("قبل يومين"). */
export function daysBefore(anchor: IsoDay, days: number): IsoDay {
  return formatDay(subDays(parseDay(anchor), Math.round(days)));
}
