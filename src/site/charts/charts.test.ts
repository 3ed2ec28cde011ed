import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../model/types.js';
import { allElements, childElements, parseXml, textOf, type XmlElement } from '../exports/parse-xml.js';
import { sampleTimeline } from '../exports/sample-timeline.js';
import { attackTallyChart, isTallyFigure, reportText } from './attack-tally-chart.js';
import { casualtiesChart, casualtyTotals, isCasualtyFigure } from './casualties-chart.js';
import { sourcesText } from './chart-words.js';
import { graphicHtml } from './graphic.js';
import { markValue, QUALIFIER_MARKS } from './marks.js';
import { monthTicks, niceTicks } from './scale.js';
import { isTroopFigure, troopLevels, troopsChart } from './troops-chart.js';

function svgOf(markup: string): XmlElement {
  const svg = parseXml(markup);
  assert.equal(svg.name, 'svg');
  assert.equal(svg.attributes.role, 'img');
  const [titleId, descId] = (svg.attributes['aria-labelledby'] ?? '').split(' ');
  assert.equal(childElements(svg, 'title')[0]?.attributes.id, titleId);
  assert.equal(childElements(svg, 'desc')[0]?.attributes.id, descId);
  for (const el of allElements(svg)) {
    assert.ok(!['script', 'image', 'use', 'foreignObject', 'style'].includes(el.name), el.name);
    for (const [key, value] of Object.entries(el.attributes)) {
      if (key !== 'xmlns') assert.doesNotMatch(value, /^(?:https?:)?\/\/|url\(/u, `${el.name} ${key}`);
      assert.doesNotMatch(key, /^on/u);
    }
  }
  return svg;
}

const reports = (svg: XmlElement): XmlElement[] => allElements(svg).filter((el) => el.attributes.class === 'khatt-report');

test('tally chart: one mark per report, drawn by qualifier; a table row per report', () => {
  const t = sampleTimeline();
  const chart = attackTallyChart(t.figures, t.articles, { articleHref: (id) => `../articles/${id}/` });
  const svg = svgOf(chart.svg);
  const marks = reports(svg);
  assert.equal(marks.length, 6);
  const byQualifier = Object.fromEntries(marks.map((m) => [m.attributes['data-qualifier'], m]));
  const bound = (m: XmlElement | undefined): string | undefined => allElements(m ?? svg).find((el) => el.attributes.class?.startsWith('khatt-bound'))?.attributes.class;
  const fill = (m: XmlElement | undefined): string | undefined => allElements(m ?? svg).find((el) => el.attributes.class?.startsWith('khatt-mark'))?.attributes.class;
  assert.equal(bound(byQualifier['more-than']), 'khatt-bound khatt-bound-up');
  assert.equal(fill(byQualifier['more-than']), 'khatt-mark khatt-mark-open');
  assert.equal(bound(byQualifier['at-least']), 'khatt-bound khatt-bound-up');
  assert.equal(fill(byQualifier['at-least']), 'khatt-mark khatt-mark-solid');
  assert.equal(fill(byQualifier.about), 'khatt-mark khatt-mark-approx');
  assert.equal(bound(byQualifier.about), undefined);
  assert.equal(bound(byQualifier.dozens), 'khatt-bound khatt-bound-range');
  assert.equal(bound(byQualifier['up-to']), 'khatt-bound khatt-bound-down');
  assert.equal(fill(byQualifier.exact), 'khatt-mark khatt-mark-solid');
  assert.equal(bound(byQualifier.exact), undefined);
  assert.deepEqual(chart.table.head.length, 7);
  assert.equal(chart.table.rows.length, 6);
  assert.deepEqual(chart.table.rows[1]?.slice(0, 6), ['21 تشرين الثاني 2023', '=HYPERLINK("http://x")', 'أكثر من 60', 61, 'بلا حدّ أعلى', '17 تشرين الأول 2023']);
  assert.deepEqual(chart.table.rows[1]?.[6], { text: 'هجوم على <script>alert(1)</script> عين الأسد', href: '../articles/a1/' });
});

test('tally chart: time runs right to left, values grow upwards, the value axis is on the right', () => {
  const t = sampleTimeline();
  const svg = svgOf(attackTallyChart(t.figures, t.articles).svg);
  const centre = (id: string): [number, number] => {
    const mark = reports(svg).find((m) => m.attributes['data-figure'] === id);
    const shape = allElements(mark ?? svg).find((el) => el.attributes.class?.startsWith('khatt-mark'));
    if (shape?.name === 'circle') return [Number(shape.attributes.cx), Number(shape.attributes.cy)];
    const points = (shape?.attributes.points ?? `${shape?.attributes.x},${shape?.attributes.y}`).split(' ').map((p) => p.split(',').map(Number));
    return [points.reduce((s, p) => s + (p[0] ?? 0), 0) / points.length, points.reduce((s, p) => s + (p[1] ?? 0), 0) / points.length];
  };
  const early = centre('f-tally-6'); // 2023-11-10, 40
  const late = centre('f-tally-5'); // 2024-08-06, 170
  assert.ok(early[0] > late[0], `earlier is further right: ${early[0]} > ${late[0]}`);
  assert.ok(early[1] > late[1], 'a larger number is higher');
  const yLabels = allElements(svg).filter((el) => el.attributes.class === 'khatt-axis khatt-axis-y').flatMap((g) => childElements(g, 'text'));
  assert.deepEqual(yLabels.map(textOf), ['0', '50', '100', '150', '200']);
  assert.ok(yLabels.every((l) => Number(l.attributes.x) > early[0]));
  const months = allElements(svg).filter((el) => el.attributes.class === 'khatt-axis khatt-axis-x').flatMap((g) => childElements(g, 'text'));
  const xs = months.map((m) => Number(m.attributes.x));
  assert.deepEqual(xs, [...xs].sort((a, b) => b - a), 'month ticks run right to left');
  assert.match(textOf(months[0] ?? svg), /2023$/u);
});

test('tally chart: outlets are told apart by shape and class; untrusted text is escaped', () => {
  const t = sampleTimeline();
  const chart = attackTallyChart(t.figures, t.articles);
  const svg = svgOf(chart.svg);
  const series = allElements(svg).filter((el) => el.name === 'g' && el.attributes['data-series'] !== undefined);
  assert.equal(series.length, 4);
  const shapes = series.map((g) => allElements(g).find((el) => el.attributes.class?.startsWith('khatt-mark'))?.name);
  assert.deepEqual(shapes, ['circle', 'rect', 'polygon', 'polygon']);
  assert.doesNotMatch(chart.svg, /<script/u);
  assert.ok(allElements(svg).some((el) => el.name === 'text' && textOf(el) === '=HYPERLINK("http://x")'));
});

test('tally chart: deterministic, and independent of input order', () => {
  const t = sampleTimeline();
  const a = attackTallyChart(t.figures, t.articles).svg;
  assert.equal(attackTallyChart([...t.figures].reverse(), [...t.articles].reverse()).svg, a);
});

test('charts with nothing to draw say so, and keep an empty table', () => {
  for (const chart of [attackTallyChart([], []), casualtiesChart([]), troopsChart([])]) {
    const svg = svgOf(chart.svg);
    assert.ok(textOf(svg).includes('لم ترد'));
    assert.deepEqual(chart.table.rows, []);
  }
});

test('casualty totals: per event the smallest lower bound to the largest upper bound; open when a source is', () => {
  const t = sampleTimeline();
  assert.deepEqual(casualtyTotals(t.figures), [
    { side: 'us', kind: 'injured', low: 9, high: null, events: 2, reports: 3 },
    { side: 'militia', kind: 'killed', low: 1, high: 10, events: 2, reports: 2 },
  ]);
  const f = t.figures.find((x) => x.id === 'f-inj-1') as Figure;
  const unattached: Figure[] = [
    { ...f, id: 'u1', event: null, source: { ...f.source, article: 'a1' } },
    { ...f, id: 'u2', event: null, source: { ...f.source, article: 'a2' } },
  ];
  assert.deepEqual(casualtyTotals(unattached), [{ side: 'us', kind: 'injured', low: 8, high: 8, events: 1, reports: 2 }], 'one count repeated by two articles is not added twice');
});

test('casualties chart: a bar row per side and kind, an arrow for an open upper bound, a range for a spread', () => {
  const chart = casualtiesChart(sampleTimeline().figures);
  const svg = svgOf(chart.svg);
  const rows = allElements(svg).filter((el) => el.attributes.class?.startsWith('khatt-bar-row'));
  assert.equal(rows.length, 2);
  assert.ok(allElements(rows[0] ?? svg).some((el) => el.attributes.class === 'khatt-bound khatt-bound-up'));
  assert.ok(allElements(rows[1] ?? svg).some((el) => el.attributes.class === 'khatt-bar khatt-bar-range'));
  assert.deepEqual(chart.table.rows, [
    ['الأميركيون والتحالف', 'الجرحى', 2, 3, 9, 'بلا حدّ أعلى'],
    ['الفصائل', 'القتلى', 2, 2, 1, 10],
  ]);
  const low = allElements(rows[1] ?? svg).find((el) => el.attributes.class === 'khatt-bar khatt-bar-low');
  const zero = Number(low?.attributes.x) + Number(low?.attributes.width);
  assert.ok(zero > Number(low?.attributes.x), 'bars grow leftwards from the zero line');
});

test('troop levels: distinct numbers per country with how many sources agree', () => {
  const levels = troopLevels(sampleTimeline().figures);
  assert.deepEqual(levels.map((l) => [l.country, l.figure.value, l.sources, l.from, l.to]), [
    ['IQ', 2500, 2, '2023-11-21', '2024-01-23'],
    ['IQ', 2000, 1, '2024-08-06', '2024-08-06'],
    ['SY', 900, 1, '2024-01-23', '2024-01-23'],
  ]);
  const chart = troopsChart(sampleTimeline().figures);
  const svg = svgOf(chart.svg);
  assert.deepEqual(chart.table.rows[0], ['العراق', 'نحو 2,500', 2, '21 تشرين الثاني 2023', '23 كانون الثاني 2024']);
  const values = allElements(svg).filter((el) => el.attributes.class === 'khatt-bar-value').map(textOf);
  assert.deepEqual(values, ['نحو 2,500 · مصدران', '2,000 · مصدر واحد', 'نحو 900 · مصدر واحد']);
  const labels = allElements(svg).filter((el) => el.attributes.class === 'khatt-bar-label').map(textOf);
  assert.deepEqual(labels, ['العراق', 'سوريا']);
});

test('graphicHtml: figure, caption, and the data table, all escaped', () => {
  const t = sampleTimeline();
  const html = graphicHtml(attackTallyChart(t.figures, t.articles, { articleHref: (id) => `../a/${id}/` }), { dataLabel: 'البيانات' });
  const root = parseXml(html.replace(/<svg[\s\S]*<\/svg>/u, '<svg/>'));
  assert.equal(root.name, 'figure');
  assert.equal(childElements(root, 'figcaption').length, 1);
  const table = allElements(root).find((el) => el.name === 'table');
  assert.ok(table);
  assert.equal(allElements(table).filter((el) => el.name === 'th').length, 7);
  assert.equal(allElements(table).filter((el) => el.name === 'tr').length, 7);
  assert.ok(allElements(table).some((el) => el.name === 'a' && el.attributes.href === '../a/a1/' && textOf(el).includes('<script>')));
  assert.doesNotMatch(html, /<script/u);
});

test('marks: every qualifier has a drawing; the mark sits on the number as written', () => {
  assert.equal(Object.keys(QUALIFIER_MARKS).length, 8);
  assert.equal(markValue({ qualifier: 'more-than', value: 60, min: 61, max: null }), 60);
  assert.equal(markValue({ qualifier: 'at-least', value: 151, min: 151, max: null }), 151);
  assert.equal(markValue({ qualifier: 'dozens', value: null, min: 20, max: 99 }), 59.5);
  assert.equal(markValue({ qualifier: 'several', value: null, min: 2, max: null }), 2);
  assert.equal(reportText({ qualifier: 'about', value: 2500, min: 2500 }), 'نحو 2,500');
  assert.equal(reportText({ qualifier: 'dozens', value: null, min: 20 }), 'عشرات');
});

test('scales: round ticks, month ticks framing the days', () => {
  assert.deepEqual(niceTicks(170), { max: 200, ticks: [0, 50, 100, 150, 200] });
  assert.deepEqual(niceTicks(7), { max: 8, ticks: [0, 2, 4, 6, 8] });
  assert.deepEqual(niceTicks(0), { max: 1, ticks: [0, 1] });
  assert.deepEqual(monthTicks('2023-12-17', '2024-01-23'), ['2023-12-01', '2024-01-01', '2024-02-01']);
  assert.ok(monthTicks('2020-01-01', '2024-12-31').length <= 8);
  assert.deepEqual([sourcesText(1), sourcesText(2), sourcesText(3), sourcesText(11), sourcesText(103)], ['مصدر واحد', 'مصدران', '3 مصادر', '11 مصدرًا', '103 مصادر']);
});

test('each chart drawn from only the figures it shows (isTallyFigure, isCasualtyFigure, isTroopFigure) is the chart drawn from all', () => {
  const { figures, articles } = sampleTimeline();
  const href = { articleHref: (id: string) => `/articles/${id}/` };
  assert.deepEqual(attackTallyChart(figures.filter(isTallyFigure), articles, href), attackTallyChart(figures, articles, href));
  assert.deepEqual(casualtiesChart(figures.filter(isCasualtyFigure), articles), casualtiesChart(figures, articles));
  assert.deepEqual(troopsChart(figures.filter(isTroopFigure), articles), troopsChart(figures, articles));
  // each predicate keeps some figures of the sample and leaves others out
  for (const draws of [isTallyFigure, isCasualtyFigure, isTroopFigure]) {
    const kept = figures.filter(draws).length;
    assert.ok(kept > 0 && kept < figures.length, `${draws.name}: ${kept} of ${figures.length}`);
  }
});
