/**
 * The running tally of attacks on US and coalition forces, as each outlet
 * reported it: one mark per report (figures of kind `attacks`, side `us`),
 * placed on the day it describes (`asOf`), drawn by qualifier
 * (`marks.ts`), shaped and coloured by outlet, with each outlet's reports
 * joined in time order. Time runs right to left (see `scale.ts`).
 */
import type { Article, Figure } from '../../model/types.js';
import { escapeXml } from '../exports/escape-xml.js';
import { compare } from '../exports/events-csv.js';
import { chartWords, fillWords } from './chart-words.js';
import { dayNumber, formatChartDay, formatCount, formatMonthTick, px } from './format.js';
import { svgOpen, type Cell, type Graphic } from './graphic.js';
import { legendSvg, type LegendItem } from './legend.js';
import { QUALIFIER_MARKS, SHAPES, boundSvg, markValue, shapeSvg, type MarkFill, type Shape } from './marks.js';
import { linear, monthTicks, niceTicks } from './scale.js';

export interface TallyOptions {
  id?: string;
  width?: number;
  height?: number;
  /** Link from a table row to the article (relative links are fine). */
  articleHref?: (articleId: string) => string | null;
}

interface Report {
  figure: Figure;
  article: Article | undefined;
  outlet: string;
  series: number;
}

/** The figures the tally draws: attacks on US forces, as each article counts them. */
export function isTallyFigure(f: Figure): boolean {
  return f.kind === 'attacks' && f.side === 'us';
}

/**
 * @example attackTallyChart(timeline.figures, timeline.articles).svg // '<svg … role="img" aria-labelledby="attack-tally-title attack-tally-desc">…'
 */
export function attackTallyChart(figures: readonly Figure[], articles: readonly Article[], options: TallyOptions = {}): Graphic {
  const words = chartWords();
  const id = options.id ?? 'attack-tally';
  const width = options.width ?? 640;
  const height = options.height ?? 420;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const tally = figures.filter(isTallyFigure);
  const outletOf = (f: Figure): string => byId.get(f.source.article)?.outlet ?? words.unknownOutlet;
  const outlets = [...new Set(tally.map(outletOf))].sort(compare);
  const reports: Report[] = tally
    .map((figure) => ({ figure, article: byId.get(figure.source.article), outlet: outletOf(figure), series: outlets.indexOf(outletOf(figure)) }))
    .sort((a, b) => compare(a.figure.asOf, b.figure.asOf) || a.series - b.series || compare(a.figure.id, b.figure.id));

  const table = {
    head: words.tally.head,
    rows: reports.map(({ figure, article, outlet }): Cell[] => {
      const href = options.articleHref?.(figure.source.article) ?? null;
      const title = article?.title ?? figure.source.article;
      return [formatChartDay(figure.asOf), outlet, reportText(figure), figure.min, figure.max ?? words.unbounded, figure.since ? formatChartDay(figure.since) : null, href ? { text: title, href } : title];
    }),
  };

  const first = reports[0]?.figure.asOf;
  const last = reports[reports.length - 1]?.figure.asOf;
  if (!first || !last) {
    return { id, svg: emptySvg(id, width, words.tally.title, words.tally.empty), caption: words.tally.caption, table };
  }
  const description = fillWords(words.tally.description, { from: formatChartDay(first), to: formatChartDay(last), reports: reports.length, outlets: outlets.length });

  // legend: one item per outlet, then what the marks mean
  const shapeOf = (series: number): Shape => SHAPES[series % SHAPES.length] ?? 'circle';
  const items: LegendItem[] = [
    ...outlets.map((outlet, i) => ({ symbol: shapeSvg(shapeOf(i), 0, 0, 5, 'solid'), label: outlet, className: `khatt-series khatt-series-${i % 8}` })),
    { symbol: shapeSvg('circle', 0, 0, 5, 'solid'), label: words.marks.exact },
    { symbol: shapeSvg('circle', 0, 0, 5, 'open'), label: words.marks.open },
    { symbol: shapeSvg('circle', 0, 0, 5, 'approx'), label: words.marks.approx },
    { symbol: boundSvg('up', 0, 9, 0, null, null, 'y').replace('M0 9V', 'M0 6V'), label: words.marks.bound },
    { symbol: boundSvg('range', 0, 0, 0, 7, -7, 'y'), label: words.marks.range },
  ];
  const legend = legendSvg(items, width, 4);

  const top = legend.bottom + 24;
  const bottom = height - 34;
  const right = width - 52;
  const left = 16;
  const months = monthTicks(first, last);
  const x = linear(dayNumber(months[0] ?? first), dayNumber(months[months.length - 1] ?? last), right - 10, left + 10);
  const largest = Math.max(...reports.map(({ figure }) => Math.max(figure.value ?? 0, figure.min ?? 0, figure.max ?? 0)));
  const ticks = niceTicks(largest * 1.12);
  const y = linear(0, ticks.max, bottom, top);

  const parts = [svgOpen(id, width, height, words.tally.title, description, 'khatt-chart khatt-chart-tally'), legend.svg];
  parts.push(`<text class="khatt-axis-title" x="${width - 8}" y="${px(top - 12)}" direction="rtl" text-anchor="start" font-size="12" fill="currentColor">${escapeXml(words.tally.axis)}</text>`);
  parts.push(`<g class="khatt-axis khatt-axis-y" font-size="11" fill="currentColor">`);
  for (const t of ticks.ticks) {
    parts.push(`<line class="khatt-grid" x1="${left}" x2="${right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="currentColor" stroke-opacity="${t === 0 ? 0.6 : 0.15}"/>`);
    parts.push(`<text x="${right + 6}" y="${px(y(t))}" dominant-baseline="middle">${escapeXml(formatCount(t))}</text>`);
  }
  parts.push('</g>', `<g class="khatt-axis khatt-axis-x" font-size="11" fill="currentColor" text-anchor="middle">`);
  months.forEach((m, i) => {
    const at = px(x(dayNumber(m)));
    parts.push(`<line x1="${at}" x2="${at}" y1="${bottom}" y2="${bottom + 4}" stroke="currentColor" stroke-opacity="0.6"/>`);
    parts.push(`<text x="${at}" y="${bottom + 18}" direction="rtl">${escapeXml(formatMonthTick(m, i === 0))}</text>`);
  });
  parts.push('</g>');

  // Reports of one day from several outlets would hide each other: each outlet is nudged sideways a little.
  const dodge = (series: number): number => Math.max(-12, Math.min(12, (series - (outlets.length - 1) / 2) * 5));
  outlets.forEach((_, series) => {
    const own = reports.filter((r) => r.series === series);
    parts.push(`<g class="khatt-series khatt-series-${series % 8}" data-series="${series}">`);
    if (own.length > 1) {
      const points = own.map(({ figure }) => `${px(x(dayNumber(figure.asOf)) + dodge(series))},${px(y(markValue(figure)))}`).join(' ');
      parts.push(`<polyline class="khatt-series-line" points="${points}" fill="none" stroke="currentColor" stroke-opacity="0.45" stroke-width="1.2"/>`);
    }
    for (const { figure, outlet } of own) {
      const style = QUALIFIER_MARKS[figure.qualifier];
      const cx = x(dayNumber(figure.asOf)) + dodge(series);
      const cy = y(markValue(figure));
      const fill: MarkFill = style.fill;
      const tip = `${outlet}: ${reportText(figure)} (${formatChartDay(figure.asOf)})`;
      parts.push(
        `<g class="khatt-report" data-figure="${escapeXml(figure.id)}" data-qualifier="${figure.qualifier}"><title>${escapeXml(tip)}</title>` +
          boundSvg(style.bound, cx, cy, 5, figure.min === null ? null : y(figure.min), figure.max === null ? null : y(figure.max), 'y') +
          shapeSvg(shapeOf(series), cx, cy, 5, fill) +
          '</g>',
      );
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return { id, svg: parts.join(''), caption: words.tally.caption, table };
}

/**
 * A report as the text put it: the qualifier's words around the number.
 *
 * @example reportText({qualifier: 'more-than', value: 60, …}) // 'أكثر من 60'
 */
export function reportText(figure: Pick<Figure, 'qualifier' | 'value' | 'min'>): string {
  const n = figure.value ?? figure.min;
  return fillWords(chartWords().qualifiers[figure.qualifier], { n: n === null ? '' : formatCount(n) });
}

/** An SVG that says there is nothing to draw yet. */
export function emptySvg(id: string, width: number, title: string, message: string): string {
  return `${svgOpen(id, width, 60, title, message, 'khatt-chart khatt-chart-empty')}<text x="${width / 2}" y="30" direction="rtl" text-anchor="middle" dominant-baseline="middle" font-size="13" fill="currentColor">${escapeXml(message)}</text></svg>`;
}
