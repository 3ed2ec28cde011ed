/**
 * `data/figures.csv`: one figure (one number as one article states it) a
 * row. Rows sorted by `as_of`, then kind, then id.
 */
import type { Article, Figure, Timeline } from '../../model/types.js';
import { compare } from './events-csv.js';
import { memoLine, type LineMemo } from './line-memo.js';
import { csvFile, csvLine, type CsvValue } from './to-csv.js';

/** The header row, in order (described in `downloads.yml`). */
export const FIGURES_CSV_COLUMNS = [
  'figure_id',
  'kind',
  'side',
  'value',
  'min',
  'max',
  'qualifier',
  'country',
  'since',
  'as_of',
  'event_id',
  'article_id',
  'outlet',
  'published',
  'quote',
] as const;

/**
 * The figures file, BOM and CRLF included. With `lines` (the watch mode),
 * the rows of unchanged figures are kept from the last build.
 *
 * @example figuresCsv(timeline).split('\r\n')[1] // 'f-…,injured,us,8,8,8,exact,IQ,,2023-11-21,…,"أصيب ثمانية أفراد…"'
 */
export function figuresCsv(timeline: Timeline, lines: LineMemo | null = null): string {
  const articles = new Map(timeline.articles.map((a) => [a.id, a]));
  const figures = [...timeline.figures].sort((a, b) => compare(a.asOf, b.asOf) || compare(a.kind, b.kind) || compare(a.id, b.id));
  return csvFile(FIGURES_CSV_COLUMNS, figures.map((f) => {
    const article = articles.get(f.source.article);
    return memoLine(lines, f, [article], () => csvLine(figureRow(f, article)));
  }));
}

function figureRow(figure: Figure, article: Article | undefined): CsvValue[] {
  return [
    figure.id,
    figure.kind,
    figure.side,
    figure.value,
    figure.min,
    figure.max,
    figure.qualifier,
    figure.country,
    figure.since,
    figure.asOf,
    figure.event,
    figure.source.article,
    article?.outlet ?? null,
    article?.published ?? null,
    figure.source.quote,
  ];
}
