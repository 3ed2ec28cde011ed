/**
 * US troop levels by country, with how many sources agree: each distinct
 * number reported for a country (same bounds, whatever the wording) is one
 * bar, labelled with the number as written and how many articles give it.
 * Figures with no country (several countries at once) form their own group.
 */
import type { Article, Figure } from '../../model/types.js';
import { compare } from '../exports/events-csv.js';
import { countries, countryName } from '../map/countries.js';
import { chartWords, sourcesText } from './chart-words.js';
import { emptySvg, reportText } from './attack-tally-chart.js';
import { formatChartDay } from './format.js';
import { barRowsSvg, type BarRow } from './bar-rows.js';
import { svgOpen, type Graphic } from './graphic.js';

export interface TroopLevel {
  /** ISO alpha-2, or null for figures that span several countries. */
  country: string | null;
  /** The report read first (earliest `asOf`, then id): its wording labels the bar. */
  figure: Figure;
  /** Distinct articles giving this number. */
  sources: number;
  from: string;
  to: string;
}

/** The figures the troops chart draws: US troop numbers. */
export function isTroopFigure(f: Figure): boolean {
  return f.kind === 'troops' && f.side === 'us';
}

/**
 * Distinct troop numbers per country, countries in the map table's order,
 * larger numbers first.
 *
 * @example troopLevels(figures) // [{country: 'IQ', figure: {value: 2500, qualifier: 'about', …}, sources: 2, from: '2023-11-21', to: '2024-01-23'}, …]
 */
export function troopLevels(figures: readonly Figure[]): TroopLevel[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures.filter(isTroopFigure)) {
    const key = `${f.country ?? ''}|${f.min ?? ''}|${f.max ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const order = countries().map((c) => c.code);
  const rank = (code: string | null): number => (code === null ? Number.MAX_SAFE_INTEGER : order.includes(code) ? order.indexOf(code) : order.length);
  return [...groups.values()]
    .map((reports) => {
      const sorted = [...reports].sort((a, b) => compare(a.asOf, b.asOf) || compare(a.id, b.id));
      const first = sorted[0] as Figure;
      return { country: first.country, figure: first, sources: new Set(reports.map((r) => r.source.article)).size, from: first.asOf, to: sorted[sorted.length - 1]?.asOf ?? first.asOf };
    })
    .sort((a, b) => rank(a.country) - rank(b.country) || compare(a.country ?? '', b.country ?? '') || (b.figure.max ?? b.figure.min ?? 0) - (a.figure.max ?? a.figure.min ?? 0) || compare(a.figure.id, b.figure.id));
}

export interface TroopsOptions {
  id?: string;
  width?: number;
}

/**
 * @example troopsChart(timeline.figures).table.rows[0] // ['العراق', 'نحو 2,500', 2, '21 تشرين الثاني 2023', '23 كانون الثاني 2024']
 */
export function troopsChart(figures: readonly Figure[], _articles: readonly Article[] = [], options: TroopsOptions = {}): Graphic {
  const words = chartWords();
  const id = options.id ?? 'troops';
  const width = options.width ?? 640;
  const levels = troopLevels(figures);
  const place = (code: string | null): string => (code === null ? words.multiCountry : countryName(code));
  const table = {
    head: words.troops.head,
    rows: levels.map((l) => [place(l.country), reportText(l.figure), l.sources, formatChartDay(l.from), formatChartDay(l.to)]),
  };
  if (levels.length === 0) return { id, svg: emptySvg(id, width, words.troops.title, words.troops.empty), caption: words.troops.caption, table };
  const rows: BarRow[] = levels.map((l, i) => {
    const text = `${reportText(l.figure)} · ${sourcesText(l.sources)}`;
    return {
      label: i === 0 || levels[i - 1]?.country !== l.country ? place(l.country) : '',
      low: l.figure.min ?? l.figure.value ?? 0,
      high: l.figure.max,
      approx: l.figure.qualifier === 'about',
      valueText: text,
      title: `${place(l.country)}: ${text}`,
      className: `khatt-agree-${Math.min(l.sources, 5)}`,
    };
  });
  const bars = barRowsSvg(rows, width, 12);
  const svg = `${svgOpen(id, width, Math.ceil(bars.bottom + 4), words.troops.title, words.troops.description, 'khatt-chart khatt-chart-troops')}${bars.svg}</svg>`;
  return { id, svg, caption: words.troops.caption, table };
}
