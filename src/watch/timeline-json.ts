/**
 * The text of `data/timeline.json` exactly as `writeTimeline` (src/build.ts)
 * writes it, `JSON.stringify(timeline, null, 2)` and a newline, put together
 * from the JSON of each article, event and figure, kept by object for the
 * watch session: a rebuild serialises again only the entries that are new
 * objects (the site model's timeline keeps unchanged entries as the last
 * build's objects, see `ModelMemo` in src/site/site-model.ts).
 * `test/build/watch.test.ts` compares the file with a full build's.
 */
import type { Timeline } from '../model/index.js';

/** The JSON of timeline entries already serialised, by object. Only for objects never changed once serialised. */
export type EntryJsonMemo = WeakMap<object, string>;

/**
 * @example timelineJson(timeline, new WeakMap()) === `${JSON.stringify(timeline, null, 2)}\n` // true
 */
export function timelineJson(timeline: Timeline, memo: EntryJsonMemo): string {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(timeline) as Array<[string, unknown]>) {
    if (value === undefined || typeof value === 'function') continue; // as JSON leaves them out
    const text = Array.isArray(value) ? listJson(value, memo) : JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
    fields.push(`  ${JSON.stringify(key)}: ${text}`);
  }
  return fields.length === 0 ? '{}\n' : `{\n${fields.join(',\n')}\n}\n`;
}

/** A list at the second level: each entry on its own lines, indented by four spaces. */
function listJson(items: readonly unknown[], memo: EntryJsonMemo): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `    ${entryJson(item, memo)}`).join(',\n')}\n  ]`;
}

function entryJson(item: unknown, memo: EntryJsonMemo): string {
  if (typeof item !== 'object' || item === null) return JSON.stringify(item) ?? 'null'; // undefined in a list is null
  let text = memo.get(item);
  if (text === undefined) memo.set(item, (text = JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')));
  return text;
}
