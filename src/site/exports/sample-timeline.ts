/**
 * A small timeline for the tests of exports, charts and maps: a running
 * tally reported by several outlets with every kind of qualifier,
 * casualties on several sides, troop levels, places inside and outside the
 * map, and hostile text (markup, formula starts, quotes, CR/LF) wherever an
 * article's words end up in output.
 */
import type { Article, Figure, FigureKind, Qualifier, Side, Timeline, TimelineEvent } from '../../model/types.js';

const articles: Article[] = [
  { id: 'a1', title: 'هجوم على <script>alert(1)</script> عين الأسد', outlet: '=HYPERLINK("http://x")', url: 'https://news.example/a1?x=1&y=2', published: '2023-11-21' },
  { id: 'a2', title: 'ضربة "دقيقة" & رد', outlet: 'الجزيرة', url: null, published: '2023-11-22T18:30:00+03:00' },
  { id: 'a3', title: 'تقرير عن الجنود', outlet: 'رويترز', url: 'https://news.example/a3', published: '2024-01-23' },
  { id: 'a4', title: '-ملخص', outlet: null, url: null, published: '2024-08-06' },
];

function figure(id: string, kind: FigureKind, side: Side, qualifier: Qualifier, value: number | null, min: number | null, max: number | null, asOf: string, article: string, extra: Partial<Figure> = {}): Figure {
  return {
    id,
    kind,
    side,
    value,
    min,
    max,
    qualifier,
    country: 'IQ',
    since: null,
    asOf,
    event: null,
    source: { article, quote: `"${kind}" ${value ?? ''}\r\nسطر ثان`, start: 0, end: 10 },
    ...extra,
  };
}

const figures: Figure[] = [
  figure('f-tally-1', 'attacks', 'us', 'more-than', 60, 61, null, '2023-11-21', 'a1', { since: '2023-10-17', country: null }),
  figure('f-tally-2', 'attacks', 'us', 'about', 66, 66, 66, '2023-11-22', 'a2', { since: '2023-10-17', country: null }),
  figure('f-tally-3', 'attacks', 'us', 'at-least', 151, 151, null, '2024-01-23', 'a3', { country: null }),
  figure('f-tally-4', 'attacks', 'us', 'dozens', null, 20, 99, '2023-11-22', 'a1', { country: null }),
  figure('f-tally-5', 'attacks', 'us', 'exact', 170, 170, 170, '2024-08-06', 'a4', { country: null }),
  figure('f-tally-6', 'attacks', 'us', 'up-to', 40, 0, 40, '2023-11-10', 'a2', { country: null }),
  figure('f-inj-1', 'injured', 'us', 'exact', 8, 8, 8, '2023-11-21', 'a1', { event: 'e-attack-1' }),
  figure('f-inj-2', 'injured', 'us', 'exact', 7, 7, 7, '2023-11-21', 'a2', { event: 'e-attack-1' }),
  figure('f-inj-3', 'injured', 'us', 'several', null, 2, null, '2024-08-05', 'a4', { event: 'e-attack-2' }),
  figure('f-kil-1', 'killed', 'militia', 'exact', 1, 1, 1, '2023-11-22', 'a2', { event: 'e-strike-1' }),
  figure('f-kil-2', 'killed', 'militia', 'less-than', 10, 0, 9, '2024-01-23', 'a3', { event: 'e-strike-2' }),
  figure('f-tr-1', 'troops', 'us', 'about', 2500, 2500, 2500, '2023-11-21', 'a1'),
  figure('f-tr-2', 'troops', 'us', 'about', 2500, 2500, 2500, '2024-01-23', 'a3'),
  figure('f-tr-3', 'troops', 'us', 'about', 900, 900, 900, '2024-01-23', 'a3', { country: 'SY' }),
  figure('f-tr-4', 'troops', 'us', 'exact', 2000, 2000, 2000, '2024-08-06', 'a4'),
];

function event(id: string, kind: TimelineEvent['kind'], start: string, place: TimelineEvent['place'], sources: string[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    kind,
    date: { start, end: start, precision: 'day' },
    place,
    actors: [{ name: '@المقاومة', role: 'claimant' }, { name: 'القوات الأميركية', role: 'target' }],
    summary: `حدث <b>${id}</b>`,
    figures: figures.filter((f) => f.event === id).map((f) => f.id),
    sources: sources.map((article) => ({ article, quote: 'نص', start: 0, end: 2 })),
    ...extra,
  };
}

const ainAlAsad = { name: 'قاعدة عين الأسد', country: 'IQ', lat: 33.8, lon: 42.44, id: 'ain-al-asad' };

const events: TimelineEvent[] = [
  event('e-attack-1', 'attack', '2023-11-21', ainAlAsad, ['a1', 'a2']),
  event('e-strike-1', 'strike', '2023-11-21', { name: 'أبو غريب', country: 'IQ', lat: 33.29, lon: 44.06 }, ['a2']),
  event('e-strike-2', 'strike', '2024-01-23', { name: 'القائم', country: 'IQ', lat: 34.37, lon: 41.09 }, ['a3']),
  event('e-attack-2', 'attack', '2024-08-05', ainAlAsad, ['a4'], { date: { start: '2024-08-03', end: '2024-08-04', precision: 'days' } }),
  event('e-context-1', 'context', '2023-10-07', { name: 'واشنطن', country: 'US', lat: 38.9, lon: -77.04 }, ['a1']),
  event('e-context-2', 'context', '2024-01-01', null, ['a3'], { date: { start: '2024-01-01', end: '2024-01-31', precision: 'month' } }),
];

/** The sample timeline (a fresh copy each call). */
export function sampleTimeline(): Timeline {
  return structuredClone({ version: 1, articles, events, figures });
}
