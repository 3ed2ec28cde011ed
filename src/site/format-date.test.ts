import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datetimeOf, formatDay, formatMonth, formatNumber, formatSpan, LOCALE } from './format-date.js';

test('one locale: Arabic (Iraq/Levant month names), Latin digits, Gregorian calendar', () => {
  assert.match(LOCALE, /-u-nu-latn-ca-gregory$/u);
});

test('days, spans, months and years as the text allows them', () => {
  assert.equal(formatDay('2023-11-21'), '21 تشرين الثاني 2023');
  assert.equal(formatSpan({ start: '2023-11-21', end: '2023-11-21', precision: 'day' }), '21 تشرين الثاني 2023');
  assert.equal(formatSpan({ start: '2024-01-20', end: '2024-01-21', precision: 'days' }), '20–21 كانون الثاني 2024');
  assert.equal(formatSpan({ start: '2024-01-30', end: '2024-02-02', precision: 'days' }), '30 كانون الثاني – 2 شباط 2024');
  assert.equal(formatSpan({ start: '2024-01-01', end: '2024-01-31', precision: 'month' }), 'كانون الثاني 2024');
  assert.equal(formatMonth('2024-08-05'), 'آب 2024');
  assert.equal(formatSpan({ start: '2024-01-01', end: '2024-12-31', precision: 'year' }), '2024');
});

test('the first and last days of a month stay in their month whatever the time zone', () => {
  assert.equal(formatDay('2024-03-01'), '1 آذار 2024');
  assert.equal(formatDay('2023-12-31'), '31 كانون الأول 2023');
});

test('datetime attributes are as precise as the span', () => {
  assert.equal(datetimeOf({ start: '2024-01-20', end: '2024-01-21', precision: 'days' }), '2024-01-20');
  assert.equal(datetimeOf({ start: '2024-01-01', end: '2024-01-31', precision: 'month' }), '2024-01');
  assert.equal(datetimeOf({ start: '2024-01-01', end: '2024-12-31', precision: 'year' }), '2024');
});

test('numbers in Latin digits, never Arabic-Indic', () => {
  assert.equal(formatNumber(66), '66');
  assert.doesNotMatch(formatNumber(2500), /[٠-٩]/u);
});

test('remembered answers stay apart: the same days at another precision, the same month from another day', () => {
  const days = { start: '2024-01-01', end: '2024-01-31' };
  assert.equal(formatSpan({ ...days, precision: 'days' }), '1–31 كانون الثاني 2024');
  assert.equal(formatSpan({ ...days, precision: 'month' }), 'كانون الثاني 2024');
  assert.equal(formatSpan({ ...days, precision: 'days' }), '1–31 كانون الثاني 2024', 'asked again');
  assert.equal(formatMonth('2024-01-31'), formatMonth('2024-01-01'));
  assert.equal(formatNumber(2500), formatNumber(2500));
  assert.notEqual(formatNumber(25), formatNumber(250));
});
