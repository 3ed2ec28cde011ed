/**
 * Casualties by side, with the spread between sources. For each event,
 * the reports of one kind (killed, injured) and side give a range: the
 * smallest lower bound any source gives (what every source allows) to the
 * largest upper bound (null when some source leaves it open). A side's
 * total is the sum over events. Figures tied to no event are grouped by
 * day, country, kind and side, so two articles repeating one count are
 * not added twice.
 */
import type { Article, Figure, Side } from '../../model/types.js';
import { SIDES } from '../../model/types.js';
import { chartWords, fillWords } from './chart-words.js';
import { emptySvg } from './attack-tally-chart.js';
import { formatCount } from './format.js';
import { barRowsSvg, type BarRow } from './bar-rows.js';
import { svgOpen, type Graphic } from './graphic.js';

export interface CasualtyTotal {
  side: Side;
  kind: 'killed' | 'injured';
  low: number;
  /** null: some source sets no upper bound. */
  high: number | null;
  events: number;
  reports: number;
}

const KINDS = ['killed', 'injured'] as const;

/** The figures the casualties chart may draw: the killed and the injured (of any side). */
export function isCasualtyFigure(f: Figure): boolean {
  return (KINDS as readonly string[]).includes(f.kind);
}

/**
 * Totals per side and kind, in the order of `SIDES`, killed before injured.
 *
 * @example casualtyTotals(figures) // [{side: 'us', kind: 'injured', low: 8, high: 8, events: 1, reports: 2}, …]
 */
export function casualtyTotals(figures: readonly Figure[]): CasualtyTotal[] {
  const totals: CasualtyTotal[] = [];
  for (const side of SIDES) {
    for (const kind of KINDS) {
      const own = figures.filter((f) => f.side === side && f.kind === kind);
      if (own.length === 0) continue;
      const groups = new Map<string, Figure[]>();
      for (const f of own) {
        const key = f.event ?? `${f.asOf}|${f.country ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
      let low = 0;
      let high: number | null = 0;
      for (const reports of groups.values()) {
        low += Math.min(...reports.map((f) => f.min ?? f.value ?? 0));
        const highs = reports.map((f) => f.max);
        high = high === null || highs.includes(null) ? null : high + Math.max(...(highs as number[]));
      }
      totals.push({ side, kind, low, high, events: groups.size, reports: own.length });
    }
  }
  return totals;
}

export interface CasualtiesOptions {
  id?: string;
  width?: number;
}

/**
 * @example casualtiesChart(timeline.figures).table.rows[0] // ['الأميركيون والتحالف', 'الجرحى', 2, 3, 9, 'بلا حدّ أعلى']
 */
export function casualtiesChart(figures: readonly Figure[], _articles: readonly Article[] = [], options: CasualtiesOptions = {}): Graphic {
  const words = chartWords();
  const id = options.id ?? 'casualties';
  const width = options.width ?? 640;
  const totals = casualtyTotals(figures);
  const table = {
    head: words.casualties.head,
    rows: totals.map((t) => [words.sides[t.side], words.kinds[t.kind], t.events, t.reports, t.low, t.high ?? words.unbounded]),
  };
  if (totals.length === 0) return { id, svg: emptySvg(id, width, words.casualties.title, words.casualties.empty), caption: words.casualties.caption, table };
  const rows: BarRow[] = totals.map((t, i) => {
    const text = valueText(t.low, t.high);
    const label = i === 0 || totals[i - 1]?.side !== t.side ? words.sides[t.side] : '';
    return {
      label,
      low: t.low,
      high: t.high,
      valueText: `${words.kinds[t.kind]}: ${text}`,
      title: `${words.sides[t.side]}، ${words.kinds[t.kind]}: ${text}`,
      className: `khatt-side-${t.side} khatt-kind-${t.kind}`,
    };
  });
  const bars = barRowsSvg(rows, width, 12);
  const svg = `${svgOpen(id, width, Math.ceil(bars.bottom + 4), words.casualties.title, words.casualties.description, 'khatt-chart khatt-chart-casualties')}${bars.svg}</svg>`;
  return { id, svg, caption: words.casualties.caption, table };
}

/** `8`, `8–15`, or `8 على الأقل` (no upper bound). */
function valueText(low: number, high: number | null): string {
  const words = chartWords();
  if (high === null) return fillWords(words.qualifiers['at-least'], { n: formatCount(low) });
  return high === low ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
}
