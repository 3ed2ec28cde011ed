/**
 * Legends laid out right to left with wrapping. SVG has no text metrics at
 * build time, so a label's width is estimated from its length (generous,
 * for Arabic at 12px); the layout is deterministic.
 */
import { escapeXml } from '../exports/escape-xml.js';
import { px } from './format.js';

export interface LegendItem {
  /** The symbol, drawn centred on (0, 0); moved into place with a transform. */
  symbol: string;
  label: string;
  className?: string;
}

const CHAR_WIDTH = 6.4;

/** Estimated width of a label at 12px. */
export function labelWidth(label: string): number {
  return Math.ceil([...label].length * CHAR_WIDTH);
}

/**
 * Rows of items from the right edge leftwards; returns the markup and the y below the last row.
 *
 * @example legendSvg([{symbol: '<circle r="4"/>', label: 'رويترز'}], 640, 16) // {svg: '<g class="khatt-legend" …>…</g>', bottom: 38}
 */
export function legendSvg(items: readonly LegendItem[], width: number, top: number, rowHeight = 22): { svg: string; bottom: number } {
  if (items.length === 0) return { svg: '', bottom: top };
  let x = width - 8;
  let y = top + rowHeight / 2;
  const parts: string[] = [];
  for (const item of items) {
    const span = 14 + 6 + labelWidth(item.label) + 16;
    if (x - span < 8 && x < width - 8) {
      x = width - 8;
      y += rowHeight;
    }
    const cls = item.className ? ` class="${escapeXml(item.className)}"` : '';
    parts.push(`<g${cls} transform="translate(${px(x - 7)} ${px(y)})">${item.symbol}</g>`);
    parts.push(`<text x="${px(x - 20)}" y="${px(y)}" direction="rtl" text-anchor="start" dominant-baseline="middle">${escapeXml(item.label)}</text>`);
    x -= span;
  }
  return { svg: `<g class="khatt-legend" font-size="12" fill="currentColor">${parts.join('')}</g>`, bottom: y + rowHeight / 2 };
}
