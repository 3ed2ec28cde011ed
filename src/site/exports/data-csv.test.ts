import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloads } from './downloads.js';
import { EVENTS_CSV_COLUMNS, eventsCsv } from './events-csv.js';
import { FIGURES_CSV_COLUMNS, figuresCsv } from './figures-csv.js';
import { parseCsv } from './parse-csv.js';
import { sampleTimeline } from './sample-timeline.js';

function records(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

test('events.csv opens with the ACLED-like columns the issue names, in order', () => {
  const csv = eventsCsv(sampleTimeline());
  assert.ok(csv.startsWith('\uFEFFevent_date,end_date,precision,kind,place,country,latitude,longitude,actors,figures,sources,source_count,'));
  const [header] = parseCsv(csv);
  assert.deepEqual(header, [...EVENTS_CSV_COLUMNS]);
});

test('events.csv: one row per event, sorted by day, values read back', () => {
  const timeline = sampleTimeline();
  const rows = records(eventsCsv(timeline));
  assert.equal(rows.length, timeline.events.length);
  assert.deepEqual(rows.map((r) => r.event_date), ['2023-10-07', '2023-11-21', '2023-11-21', '2024-01-01', '2024-01-23', '2024-08-03']);
  const attack = rows.find((r) => r.event_id === 'e-attack-1');
  assert.deepEqual(attack, {
    event_date: '2023-11-21',
    end_date: '2023-11-21',
    precision: 'day',
    kind: 'attack',
    place: 'قاعدة عين الأسد',
    country: 'IQ',
    latitude: '33.8',
    longitude: '42.44',
    actors: "'@المقاومة (claimant); القوات الأميركية (target)",
    figures: 'f-inj-1; f-inj-2',
    sources: 'a1; a2',
    source_count: '2',
    summary: 'حدث <b>e-attack-1</b>',
    outlets: "'=HYPERLINK(\"http://x\"); الجزيرة",
    event_id: 'e-attack-1',
  });
  const span = rows.find((r) => r.event_id === 'e-attack-2');
  assert.equal(span?.end_date, '2024-08-04');
  assert.equal(span?.precision, 'days');
  const noPlace = rows.find((r) => r.event_id === 'e-context-2');
  assert.deepEqual([noPlace?.place, noPlace?.country, noPlace?.latitude], ['', '', '']);
});

test('figures.csv: columns, escaped cells, and quotes with CR/LF read back intact', () => {
  const timeline = sampleTimeline();
  const csv = figuresCsv(timeline);
  const [header] = parseCsv(csv);
  assert.deepEqual(header, [...FIGURES_CSV_COLUMNS]);
  const rows = records(csv);
  assert.equal(rows.length, timeline.figures.length);
  const more = rows.find((r) => r.figure_id === 'f-tally-1');
  assert.equal(more?.value, '60');
  assert.equal(more?.min, '61');
  assert.equal(more?.max, '');
  assert.equal(more?.qualifier, 'more-than');
  assert.equal(more?.since, '2023-10-17');
  assert.equal(more?.country, '');
  assert.equal(more?.outlet, "'=HYPERLINK(\"http://x\")");
  assert.equal(more?.quote, '"attacks" 60\r\nسطر ثان');
  const dozens = rows.find((r) => r.figure_id === 'f-tally-4');
  assert.deepEqual([dozens?.value, dozens?.min, dozens?.max], ['', '20', '99']);
  assert.deepEqual(
    rows.map((r) => r.as_of),
    [...rows.map((r) => r.as_of)].sort(),
  );
  for (const row of rows) for (const cell of Object.values(row)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/u);
});

test('CSV output is deterministic and independent of input order', () => {
  const a = sampleTimeline();
  const b = sampleTimeline();
  b.events.reverse();
  b.figures.reverse();
  b.articles.reverse();
  assert.equal(eventsCsv(a), eventsCsv(b));
  assert.equal(figuresCsv(a), figuresCsv(b));
});

test('an empty timeline gives a header-only file', () => {
  const empty = { version: 1 as const, articles: [], events: [], figures: [] };
  assert.deepEqual(parseCsv(eventsCsv(empty)), [[...EVENTS_CSV_COLUMNS]]);
  assert.deepEqual(parseCsv(figuresCsv(empty)), [[...FIGURES_CSV_COLUMNS]]);
});

test('the downloads catalogue describes every CSV column, in the header order', () => {
  const list = downloads();
  assert.deepEqual(list.map((d) => d.file), ['data/timeline.json', 'data/events.csv', 'data/figures.csv', 'feed.xml']);
  assert.deepEqual(list.find((d) => d.file === 'data/events.csv')?.columns.map((c) => c.name), [...EVENTS_CSV_COLUMNS]);
  assert.deepEqual(list.find((d) => d.file === 'data/figures.csv')?.columns.map((c) => c.name), [...FIGURES_CSV_COLUMNS]);
  for (const d of list) {
    assert.ok(d.title && d.description, d.file);
    for (const c of d.columns) assert.ok(c.description.length > 5, c.name);
  }
});
