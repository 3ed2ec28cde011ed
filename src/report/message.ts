/**
 * Messages about content and lexicons: one line each, with a position and a
 * rule id, printed `path:line:column: reason [rule-id]` (as vfile does).
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number;
  column: number;
}

export interface Message {
  /** Path as shown to the user (relative to the working directory when possible). */
  file: string;
  place: Position | null;
  reason: string;
  ruleId: string;
  severity: Severity;
}

/**
 * @example
 *   formatMessage({file: 'content/articles/x.md', place: {line: 3, column: 12},
 *     reason: 'missing `published`', ruleId: 'front-matter:published-required', severity: 'error'})
 *   // 'content/articles/x.md:3:12: missing `published` [front-matter:published-required]'
 */
export function formatMessage(message: Message): string {
  const where = message.place ? `${message.file}:${message.place.line}:${message.place.column}` : message.file;
  const prefix = message.severity === 'error' ? '' : `${message.severity}: `;
  return `${where}: ${prefix}${oneLine(message.reason)} [${message.ruleId}]`;
}

/** Collapses line breaks so every message stays on one line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Stable order: by file, then line, then column, then rule id. */
export function compareMessages(a: Message, b: Message): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const al = a.place?.line ?? 0;
  const bl = b.place?.line ?? 0;
  if (al !== bl) return al - bl;
  const ac = a.place?.column ?? 0;
  const bc = b.place?.column ?? 0;
  if (ac !== bc) return ac - bc;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
