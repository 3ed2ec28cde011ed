import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  calendarDay, daysBefore, latestDayMonthOnOrBefore, latestMonthBefore, latestMonthOnOrBefore, latestWeekdayBefore,
  latestWeekdayOnOrBefore, latestWeekendBefore, monthOfPublication, monthSpan, nextDayMonthAfter, nextMonthAfter,
  nextWeekdayAfter, parseDay, partOfMonth, shiftDay, spanEndingAtPublication, weekBefore, weekSoFar,
  weekdayInWeekBefore, weekdayOf, yearSpan,
} from './calendar.js';

test('latestWeekdayOnOrBefore is on-or-before (not date-fns previousDay, which is strictly before)', () => {
  assert.equal(latestWeekdayOnOrBefore('2024-08-06', 2), '2024-08-06');
  assert.equal(latestWeekdayOnOrBefore('2024-08-06', 1), '2024-08-05');
  assert.equal(latestWeekdayOnOrBefore('2024-08-06', 3), '2024-07-31');
  assert.equal(latestWeekdayBefore('2024-08-06', 2), '2024-07-30');
  assert.equal(nextWeekdayAfter('2024-08-06', 2), '2024-08-13');
  assert.equal(nextWeekdayAfter('2024-08-06', 3), '2024-08-07');
});

test('weeks are Monday–Sunday; the weekend is the latest Saturday–Sunday starting before publication', () => {
  assert.deepEqual(weekBefore('2024-08-06'), { start: '2024-07-29', end: '2024-08-04', precision: 'days' });
  assert.deepEqual(weekBefore('2024-08-04'), { start: '2024-07-22', end: '2024-07-28', precision: 'days' });
  assert.deepEqual(weekBefore('2024-08-05'), { start: '2024-07-29', end: '2024-08-04', precision: 'days' });
  assert.equal(weekdayInWeekBefore('2024-08-06', 0), '2024-08-04');
  assert.equal(weekdayInWeekBefore('2024-08-06', 1), '2024-07-29');
  assert.deepEqual(weekSoFar('2024-08-08'), { start: '2024-08-05', end: '2024-08-08', precision: 'days' });
  assert.deepEqual(latestWeekendBefore('2024-01-23'), { start: '2024-01-20', end: '2024-01-21', precision: 'days' });
  assert.deepEqual(latestWeekendBefore('2024-01-21'), { start: '2024-01-20', end: '2024-01-21', precision: 'days' });
  assert.deepEqual(latestWeekendBefore('2024-01-20'), { start: '2024-01-13', end: '2024-01-14', precision: 'days' });
});

test('latestDayMonthOnOrBefore looks back across years and leap days', () => {
  assert.equal(latestDayMonthOnOrBefore('2023-11-24', 10, 17), '2023-10-17');
  assert.equal(latestDayMonthOnOrBefore('2024-01-25', 10, 17), '2023-10-17');
  assert.equal(latestDayMonthOnOrBefore('2023-11-24', 11, 24), '2023-11-24');
  assert.equal(latestDayMonthOnOrBefore('2023-11-24', 11, 25), '2022-11-25');
  assert.equal(latestDayMonthOnOrBefore('2023-03-01', 2, 29), '2020-02-29');
  assert.equal(latestDayMonthOnOrBefore('2023-03-01', 4, 31), null);
  assert.equal(nextDayMonthAfter('2023-11-22', 1, 5), '2024-01-05');
  assert.equal(nextDayMonthAfter('2023-11-22', 11, 22), '2024-11-22');
});

test('months: latest on or before, before the month of publication, next, relative', () => {
  assert.deepEqual(latestMonthOnOrBefore('2024-08-06', 2), { start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  assert.deepEqual(latestMonthOnOrBefore('2024-01-23', 10), { start: '2023-10-01', end: '2023-10-31', precision: 'month' });
  assert.deepEqual(latestMonthOnOrBefore('2024-01-23', 1), { start: '2024-01-01', end: '2024-01-31', precision: 'month' });
  assert.deepEqual(latestMonthBefore('2024-01-23', 1), { start: '2023-01-01', end: '2023-01-31', precision: 'month' });
  assert.deepEqual(nextMonthAfter('2024-01-23', 1), { start: '2025-01-01', end: '2025-01-31', precision: 'month' });
  assert.deepEqual(monthOfPublication('2024-01-23', -1), { start: '2023-12-01', end: '2023-12-31', precision: 'month' });
  assert.deepEqual(monthOfPublication('2024-03-31', -1), { start: '2024-02-01', end: '2024-02-29', precision: 'month' });
});

test('parts of a month are 1–10, 11–20, 21–end', () => {
  assert.deepEqual(partOfMonth(monthSpan(2023, 10), 1), { start: '2023-10-01', end: '2023-10-10', precision: 'days' });
  assert.deepEqual(partOfMonth(monthSpan(2023, 10), 2), { start: '2023-10-11', end: '2023-10-20', precision: 'days' });
  assert.deepEqual(partOfMonth(monthSpan(2024, 2), 3), { start: '2024-02-21', end: '2024-02-29', precision: 'days' });
  assert.deepEqual(yearSpan(2003), { start: '2003-01-01', end: '2003-12-31', precision: 'year' });
});

test('spans ending at publication: hours reach into the day, days are the days before', () => {
  assert.deepEqual(spanEndingAtPublication('2023-11-22', 24, 'hours'), { start: '2023-11-21', end: '2023-11-22', precision: 'days' });
  assert.deepEqual(spanEndingAtPublication('2024-01-23', 10.5, 'days'), { start: '2024-01-12', end: '2024-01-22', precision: 'days' });
  assert.equal(daysBefore('2024-03-01', 2), '2024-02-28');
});

test('calendar days: invalid days are null or errors; DST days survive', () => {
  assert.equal(calendarDay(2023, 2, 29), null);
  assert.equal(calendarDay(2024, 2, 29), '2024-02-29');
  assert.equal(calendarDay(2024, 13, 1), null);
  assert.throws(() => parseDay('2024-02-30'));
  assert.equal(shiftDay('2024-03-09', 1), '2024-03-10'); // US DST starts
  assert.equal(shiftDay('2024-11-02', 2), '2024-11-04'); // US DST ends
  assert.equal(weekdayOf('2024-03-10'), 0);
});

test('property: shifting days round-trips and agrees with UTC arithmetic', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), (date, n) => {
      const day = date.toISOString().slice(0, 10);
      const utc = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + n)).toISOString().slice(0, 10);
      assert.equal(shiftDay(day, n), utc);
      assert.equal(shiftDay(shiftDay(day, n), -n), day);
      assert.equal(weekdayOf(day), new Date(`${day}T00:00:00Z`).getUTCDay());
    }),
  );
});
