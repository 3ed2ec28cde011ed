/**
 * Horizontal bars for right-to-left pages: the zero line on the right,
 * bars growing leftwards, row labels right of the zero line, each bar's
 * value written under it. A bar is solid up to `low`, light from `low` to
 * `high` (a range), or ends in an arrow when `high` is null (no upper
 * bound). Used by the casualties and troops charts.
 */
import { escapeXml } from '../exports/escape-xml.js';
import { formatCount, px } from './format.js';
import { boundSvg } from './marks.js';
import { linear, niceTicks } from './scale.js';

export interface BarRow {
  /** Row label (right column); '' continues the group above. */
  label: string;
  low: number;
  /** null: no upper bound (an arrow). */
  high: number | null;
  /** Drawn dashed: the number is approximate. */
  approx?: boolean;
  /** Written under the bar. */
  valueText: string;
  /** Tooltip. */
  title: string;
  className?: string;
}

const ROW = 40;

/**
 * The rows, the value axis, and the height they take from `top`.
 *
 * @example barRowsSvg([{label: 'العراق', low: 2500, high: 2500, valueText: 'نحو 2,500', title: '…'}], 640, 10) // {svg: '<g class="khatt-bars">…', bottom: 80}
 */
export function barRowsSvg(rows: readonly BarRow[], width: number, top: number): { svg: string; bottom: number } {
  const zero = width - 150;
  const end = 24;
  const largest = Math.max(1, ...rows.map((r) => Math.max(r.low, r.high ?? 0)));
  const ticks = niceTicks(largest * (rows.some((r) => r.high === null) ? 1.15 : 1));
  const x = linear(0, ticks.max, zero, end);
  const bottom = top + rows.length * ROW;
  const parts = ['<g class="khatt-axis khatt-axis-x" font-size="11" fill="currentColor" text-anchor="middle">'];
  for (const t of ticks.ticks) {
    parts.push(`<line class="khatt-grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${top}" y2="${bottom}" stroke="currentColor" stroke-opacity="${t === 0 ? 0.6 : 0.15}"/>`);
    parts.push(`<text x="${px(x(t))}" y="${bottom + 14}">${escapeXml(formatCount(t))}</text>`);
  }
  parts.push('</g><g class="khatt-bars" font-size="12" fill="currentColor">');
  rows.forEach((row, i) => {
    const y0 = top + i * ROW + 6;
    const cls = row.className ? ` ${escapeXml(row.className)}` : '';
    parts.push(`<g class="khatt-bar-row${cls}"><title>${escapeXml(row.title)}</title>`);
    if (row.label) parts.push(`<text class="khatt-bar-label" x="${width - 8}" y="${px(y0 + 7)}" direction="rtl" text-anchor="start" dominant-baseline="middle" font-weight="bold">${escapeXml(row.label)}</text>`);
    const lowX = x(row.low);
    const dash = row.approx ? ' stroke-dasharray="3 2"' : '';
    if (row.low > 0) {
      parts.push(`<rect class="khatt-bar khatt-bar-low" x="${px(lowX)}" y="${px(y0)}" width="${px(zero - lowX)}" height="14" fill="currentColor" fill-opacity="${row.approx ? 0.35 : 0.75}" stroke="currentColor"${dash}/>`);
    }
    if (row.high !== null && row.high > row.low) {
      const highX = x(row.high);
      parts.push(`<rect class="khatt-bar khatt-bar-range" x="${px(highX)}" y="${px(y0)}" width="${px(lowX - highX)}" height="14" fill="currentColor" fill-opacity="0.15" stroke="currentColor" stroke-dasharray="3 2"/>`);
    }
    if (row.high === null) parts.push(boundSvg('up', lowX, y0 + 7, 0, null, null, 'x-left'));
    parts.push(`<text class="khatt-bar-value" x="${zero - 2}" y="${px(y0 + 25)}" direction="rtl" text-anchor="start" dominant-baseline="middle" font-size="11">${escapeXml(row.valueText)}</text>`);
    parts.push('</g>');
  });
  parts.push('</g>');
  return { svg: parts.join(''), bottom: bottom + 22 };
}
