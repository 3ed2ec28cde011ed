import { location } from 'vfile-location';
import type { Position } from './message.js';

/**
 * Turns offsets into `line:column` (1-based) for a text, so nobody counts
 * lines by hand. Columns count UTF-16 code units, as editors and vfile do.
 *
 * @example
 *   const index = createLineIndex('---\ntitle: x\n---\n');
 *   index.toPosition(4) // {line: 2, column: 1}
 */
export interface LineIndex {
  toPosition(offset: number): Position;
}

export function createLineIndex(text: string): LineIndex {
  const place = location(text);
  return {
    toPosition(offset: number): Position {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const point = place.toPoint(clamped);
      if (point) return { line: point.line, column: point.column };
      return { line: 1, column: 1 };
    },
  };
}
