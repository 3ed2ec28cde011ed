export { resolveDates } from './resolve-dates.js';
export { resolveText, type TextDate } from './resolve-text.js';
export { explainDate } from './explain-date.js';
export { DATE_RULES, type DateRule } from './rules.js';
export {
  latestWeekdayOnOrBefore, latestWeekdayBefore, nextWeekdayAfter, weekdayInWeekBefore, weekBefore, weekSoFar,
  latestWeekendBefore, latestDayMonthOnOrBefore, nextDayMonthAfter, latestMonthOnOrBefore, latestMonthBefore,
  nextMonthAfter, monthOfPublication, monthSpan, partOfMonth, yearSpan, spanEndingAtPublication, daysBefore,
  shiftDay, calendarDay, weekdayOf, type Weekday, type MonthPart,
} from './calendar.js';
export type { DateMention } from './types.js';
