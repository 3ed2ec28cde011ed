/**
 * What every chart and map returns, and how it becomes HTML: the inline
 * SVG, a caption, and the same data as an accessible table (the table is
 * the text alternative; the SVG carries `role="img"` with a title and a
 * description).
 */
import { escapeXml } from '../exports/escape-xml.js';
import { formatCount } from './format.js';

/** A table cell: text, a number (formatted on output), or a link. */
export type Cell = string | number | null | { text: string; href: string };

export interface DataTable {
  /** Column headings. */
  head: string[];
  rows: Cell[][];
}

export interface Graphic {
  /** The `<svg>` element, standalone (namespaced) and safe to inline. */
  svg: string;
  /** One sentence saying what the graphic shows. */
  caption: string;
  /** The same data, one row per mark. */
  table: DataTable;
  /** The id prefix used inside the SVG (unique per page). */
  id: string;
}

/**
 * A figure: the SVG, its caption, and the data table in a `<details>`.
 *
 * @example graphicHtml(attackTallyChart(timeline), {dataLabel: 'البيانات'}) // '<figure class="khatt-graphic" id="attack-tally">…<table>…</table></details></figure>'
 */
export function graphicHtml(graphic: Graphic, words: { dataLabel: string }): string {
  const id = escapeXml(graphic.id);
  return [
    `<figure class="khatt-graphic" id="${id}" aria-labelledby="${id}-caption">`,
    graphic.svg,
    `<figcaption id="${id}-caption">${escapeXml(graphic.caption)}</figcaption>`,
    `<details class="khatt-graphic-data"><summary>${escapeXml(words.dataLabel)}</summary>`,
    tableHtml(graphic.table, graphic.caption),
    '</details>',
    '</figure>',
  ].join('\n');
}

/**
 * An HTML table with a caption, column headers (`scope="col"`) and escaped cells.
 *
 * @example tableHtml({head: ['المكان', 'الأحداث'], rows: [['عين الأسد', 3]]}, 'الأماكن') // '<table class="khatt-data-table"><caption>الأماكن</caption>…'
 */
export function tableHtml(table: DataTable, caption: string): string {
  const head = table.head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`);
  return `<table class="khatt-data-table"><caption>${escapeXml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cellHtml(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return escapeXml(formatCount(cell));
  if (typeof cell === 'string') return escapeXml(cell);
  return `<a href="${escapeXml(cell.href)}">${escapeXml(cell.text)}</a>`;
}

/**
 * The opening `<svg>` tag with its accessible name and description.
 *
 * @example svgOpen('attack-tally', 640, 360, 'الهجمات', 'عدد الهجمات…', 'khatt-chart') // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" …><title id="attack-tally-title">الهجمات</title>…'
 */
export function svgOpen(id: string, width: number, height: number, title: string, description: string, className: string): string {
  const safe = escapeXml(id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="${escapeXml(className)}" role="img" aria-labelledby="${safe}-title ${safe}-desc">` +
    `<title id="${safe}-title">${escapeXml(title)}</title><desc id="${safe}-desc">${escapeXml(description)}</desc>`
  );
}
