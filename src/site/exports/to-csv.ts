/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, a UTF-8
 * byte-order mark first (so Excel shows Arabic), and formula neutralisation
 * (OWASP "CSV injection"): a cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading `'`, so no spreadsheet evaluates it.
 */

/** What a cell may hold; `null` is an empty cell. Numbers are written with `String()`. */
export type CsvValue = string | number | null;

/** The byte-order mark every CSV file starts with. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/**
 * One cell, neutralised and quoted as needed. Numbers are data, not text:
 * a negative number stays a number (`-3`), only text is neutralised.
 *
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 * @example csvCell('عين الأسد، العراق') // 'عين الأسد، العراق' (the Arabic comma needs no quotes)
 * @example csvCell(-3) // '-3'
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(value);
  }
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/**
 * A whole file: BOM, a header row, the rows; every line ends in CRLF.
 *
 * @example toCsv(['place', 'count'], [['عين الأسد', 3]]) // '\uFEFFplace,count\r\nعين الأسد,3\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvFile(header, rows.map(csvLine));
}

/**
 * A whole file from rows already written as lines (`csvLine`).
 *
 * @example csvFile(['place', 'count'], [csvLine(['عين الأسد', 3])]) // '\uFEFFplace,count\r\nعين الأسد,3\r\n'
 */
export function csvFile(header: readonly string[], lines: readonly string[]): string {
  return BOM + csvLine(header) + lines.join('');
}

/**
 * One row as a line, CRLF included.
 *
 * @example csvLine(['عين الأسد', 3]) // 'عين الأسد,3\r\n'
 */
export function csvLine(row: readonly CsvValue[]): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}
