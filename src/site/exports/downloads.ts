/**
 * The catalogue of published data files for the downloads page: each file's
 * path (relative to the site root), media type, title, description and, for
 * CSV files, a description of every column. The words live in
 * `downloads.yml`; the column lists are checked against the CSV writers.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface DownloadColumn {
  name: string;
  description: string;
}

export interface Download {
  /** Path from the site root, no leading slash: `data/events.csv`. */
  file: string;
  /** Media type: `text/csv`, `application/json`, `application/atom+xml`. */
  format: string;
  title: string;
  description: string;
  columns: DownloadColumn[];
}

let cached: Download[] | null = null;

/**
 * The downloads, in the order the page lists them.
 *
 * @example downloads().find((d) => d.file === 'data/events.csv')?.columns[0] // {name: 'event_date', description: 'اليوم الأول للحدث (YYYY-MM-DD).'}
 */
export function downloads(): Download[] {
  cached ??= parse(readFileSync(new URL('./downloads.yml', import.meta.url), 'utf8')) as Download[];
  return cached.map((d) => ({ ...d, columns: d.columns.map((c) => ({ ...c })) }));
}
