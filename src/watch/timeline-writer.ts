/**
 * `data/timeline.json` for the watch mode: the same bytes as `writeTimeline`
 * (src/build.ts, `JSON.stringify(timeline, null, 2)` and a newline), but an
 * event, figure or article that is the same object as in an earlier rebuild
 * is not serialised again: its JSON, as UTF-8 bytes, is kept (in a WeakMap,
 * so it goes with the object). The site model keeps unchanged ones as the
 * same objects from one rebuild to the next (`ModelMemo`), so after an edit
 * only the changed parts of the 15 MB file are serialised.
 */
import { closeSync, mkdirSync, openSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../model/index.js';

/** Writes `data/timeline.json` under an output folder. */
export type TimelineWriter = (outDir: string, timeline: Timeline) => void;

/**
 * A writer that remembers each list item's JSON between calls.
 *
 * @example
 *   const write = timelineWriter();
 *   write('dist', timeline); // every item serialised
 *   write('dist', next);     // only the items that are new objects
 */
export function timelineWriter(): TimelineWriter {
  const items = new WeakMap<object, Buffer>();
  return (outDir, timeline) => {
    mkdirSync(join(outDir, 'data'), { recursive: true });
    // the pieces written as they are, not first copied into one 15 MB buffer
    const fd = openSync(join(outDir, 'data', 'timeline.json'), 'w');
    try {
      writevSync(fd, [...timelineJsonParts(timeline, items), NEWLINE]);
    } finally {
      closeSync(fd);
    }
  };
}

const NEWLINE = Buffer.from('\n');
/** An item of a top-level list sits two levels deep: 4 spaces. */
const ITEM_INDENT = '\n    ';

/**
 * `JSON.stringify(value, null, 2)` of a top-level object as UTF-8 pieces:
 * the items of its top-level arrays are taken from `items` when known
 * (JSON strings never hold a raw line break, so indenting an item's own
 * JSON by its depth is a replacement of its line breaks).
 */
export function timelineJsonParts(value: object, items: WeakMap<object, Buffer>): Buffer[] {
  const parts: string[] = ['{'];
  const out: Buffer[] = [];
  const flush = (): void => {
    if (parts.length > 0) out.push(Buffer.from(parts.join('')));
    parts.length = 0;
  };
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    const json = Array.isArray(field) ? null : JSON.stringify(field, null, 2);
    if (json === undefined) continue; // undefined, a function or a symbol: left out, as JSON.stringify does
    parts.push(first ? '\n  ' : ',\n  ', JSON.stringify(key), ': ');
    first = false;
    if (json !== null) {
      parts.push(json.replaceAll('\n', '\n  '));
      continue;
    }
    const list = field as unknown[];
    if (list.length === 0) {
      parts.push('[]');
      continue;
    }
    parts.push('[');
    for (let i = 0; i < list.length; i++) {
      parts.push(i === 0 ? ITEM_INDENT : `,${ITEM_INDENT}`);
      const item = list[i];
      if (typeof item !== 'object' || item === null) {
        parts.push((JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', ITEM_INDENT));
        continue;
      }
      let bytes = items.get(item);
      if (bytes === undefined) items.set(item, (bytes = Buffer.from(JSON.stringify(item, null, 2).replaceAll('\n', ITEM_INDENT))));
      flush();
      out.push(bytes);
    }
    parts.push('\n  ]');
  }
  parts.push(first ? '}' : '\n}');
  flush();
  return out;
}
