/**
 * Wraps body ranges of a hast tree (made by remark-rehype, so text nodes
 * carry body positions) in new elements: source sentences in anchors, dates
 * and figures in `<mark>`. Text nodes are split at body offsets; a range
 * that crosses an element boundary is wrapped piece by piece (an element
 * wholly inside the range goes into the piece whole).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * Body offset of every character boundary of a text node, never
 * decreasing: `start + i` for boundary `i` when the value is the body text
 * verbatim (most text: no array is kept), else one entry per boundary
 * (`value.length + 1` entries).
 */
type OffsetMap = { start: number; offsets: null } | { start: number; offsets: number[] };

/** Body offset of boundary `i`. */
function offsetAt(map: OffsetMap, i: number): number {
  return map.offsets === null ? map.start + i : map.offsets[i]!;
}

/** The map of boundaries `from` to `to` (inclusive), for the piece of a split text node. */
function sliceMap(map: OffsetMap, from: number, to: number): OffsetMap {
  return map.offsets === null ? { start: map.start + from, offsets: null } : { start: map.offsets[from]!, offsets: map.offsets.slice(from, to + 1) };
}

interface Mapped {
  khattMap?: OffsetMap;
}

/** What one piece of a wrapped range becomes. */
export interface RangeWrapper {
  start: number;
  end: number;
  /**
   * Makes the wrapper of one piece.
   * @param first the first piece of the range (it carries the id)
   * @param last the last piece (it carries an accessible label)
   * @param inLink an ancestor or a child of the piece is a link (so no link may be added)
   */
  make(children: ElementContent[], piece: { first: boolean; last: boolean; inLink: boolean }): Element;
}

/**
 * Gives every positioned text node an offset map, aligning its value with
 * the body it came from (values may drop escapes and entities).
 */
export function mapOffsets(tree: Root, body: string): void {
  visitText(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const source = body.slice(start, end);
    let map: OffsetMap = { start, offsets: null };
    if (source !== node.value) {
      const offsets: number[] = [];
      let j = 0;
      for (let i = 0; i < node.value.length; i++) {
        while (j < source.length && source[j] !== node.value[i]) j++;
        offsets.push(start + Math.min(j, source.length));
        if (j < source.length) j++;
      }
      offsets.push(start + Math.min(j, source.length));
      map = { start: offsets[0]!, offsets };
    }
    (node.data as Mapped | undefined) ??= {};
    (node.data as Mapped).khattMap = map;
  });
}

/**
 * A text node holding `value`, the body's text verbatim from `start`: mapped
 * as `mapOffsets` maps such a node (boundary `i` at `start + i`).
 *
 * @example verbatimText('قصف القاعدة.', 10) // text node, boundary 3 at body offset 13
 */
export function verbatimText(value: string, start: number): Text {
  return { type: 'text', value, data: { khattMap: { start, offsets: null } } as Text['data'] };
}

/** Wraps each range in turn (give outer ranges first so inner ones nest). */
export function wrapRanges(tree: Root, ranges: readonly RangeWrapper[]): void {
  const extent = extents();
  for (const range of ranges) {
    if (range.end <= range.start) continue;
    const pieces: Array<{ parent: Root | Element; index: number; count: number; inLink: boolean }> = [];
    splitAt(tree, range.start, extent);
    splitAt(tree, range.end, extent);
    collect(tree, range, false, pieces, extent);
    // Replace from the last piece backwards so earlier indexes stay valid.
    const total = pieces.length;
    for (let k = total - 1; k >= 0; k--) {
      const piece = pieces[k]!;
      const children = piece.parent.children.slice(piece.index, piece.index + piece.count) as ElementContent[];
      const inLink = piece.inLink || children.some(containsLink);
      const wrapper = range.make(children, { first: k === 0, last: k === total - 1, inLink });
      (piece.parent.children as RootContent[]).splice(piece.index, piece.count, wrapper);
    }
  }
}

function mapOf(node: Text): OffsetMap | undefined {
  return (node.data as Mapped | undefined)?.khattMap;
}

/** Body extent of a node's positioned text, or null. */
type Extent = (node: RootContent | ElementContent) => readonly [number, number] | null;

/**
 * Body extents, each element's computed once. Wrapping never changes an
 * element's extent: splitting a text node keeps the union of its offsets,
 * and a wrapper only moves children inside the same parent. So an extent
 * stays true for the whole `wrapRanges` call, however many ranges it wraps.
 */
function extents(): Extent {
  const known = new WeakMap<Element, readonly [number, number] | null>();
  const extent: Extent = (node) => {
    if (node.type === 'text') {
      const map = mapOf(node);
      if (!map || node.value.length === 0) return null;
      return [offsetAt(map, 0), offsetAt(map, node.value.length)];
    }
    if (node.type !== 'element') return null;
    const cached = known.get(node);
    if (cached !== undefined) return cached;
    let lo = Infinity;
    let hi = -Infinity;
    for (const child of node.children) {
      const e = extent(child);
      if (!e) continue;
      lo = Math.min(lo, e[0]);
      hi = Math.max(hi, e[1]);
    }
    const result = lo === Infinity ? null : ([lo, hi] as const);
    known.set(node, result);
    return result;
  };
  return extent;
}

/**
 * Splits the text node that straddles `offset` into two. Only elements
 * whose extent holds `offset` are entered: a text node is cut only where
 * its first offset is before `offset`, and offsets never decrease.
 */
function splitAt(parent: Root | Element, offset: number, extent: Extent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type === 'element') {
      const e = extent(child);
      if (e !== null && e[0] < offset && offset <= e[1]) splitAt(child, offset, extent);
      continue;
    }
    if (child.type !== 'text') continue;
    const map = mapOf(child);
    // Cut where the map first reaches `offset`: after the first character, before the end.
    const length = child.value.length;
    if (!map || !(offsetAt(map, 0) < offset && offsetAt(map, length - 1) >= offset)) continue;
    const cut = firstAtLeast(map, length - 1, offset);
    const a: Text = { type: 'text', value: child.value.slice(0, cut), data: { khattMap: sliceMap(map, 0, cut) } as Text['data'] };
    const b: Text = { type: 'text', value: child.value.slice(cut), data: { khattMap: sliceMap(map, cut, length) } as Text['data'] };
    (parent.children as RootContent[]).splice(i, 1, a, b);
    i++;
  }
}

/** The first boundary up to `last` whose offset is at least `offset` (boundary `last`'s is). */
function firstAtLeast(map: OffsetMap, last: number, offset: number): number {
  if (map.offsets === null) return Math.max(0, offset - map.start);
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.offsets[mid]! >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Elements a wrapper may hold whole; any other element is entered, never wrapped. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

function collect(
  parent: Root | Element,
  range: { start: number; end: number },
  inLink: boolean,
  out: Array<{ parent: Root | Element; index: number; count: number; inLink: boolean }>,
  extent: Extent,
): void {
  let runStart = -1;
  const flush = (i: number): void => {
    if (runStart >= 0) out.push({ parent, index: runStart, count: i - runStart, inLink });
    runStart = -1;
  };
  parent.children.forEach((child, i) => {
    const e = child.type === 'text' || child.type === 'element' ? extent(child) : null;
    const inline = child.type === 'text' || (child.type === 'element' && INLINE.has(child.tagName));
    const inside = inline && e !== null && e[0] >= range.start && e[1] <= range.end;
    const blank = child.type === 'text' && !mapOf(child) && runStart >= 0 && child.value.trim() === '';
    if (inside || blank) {
      if (runStart < 0) runStart = i;
      return;
    }
    flush(i);
    if (child.type === 'element' && e !== null && e[1] > range.start && e[0] < range.end) {
      collect(child, range, inLink || child.tagName === 'a', out, extent);
    }
  });
  flush(parent.children.length);
}

function containsLink(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'a' || node.children.some(containsLink));
}

/** Calls `fn` on every text node. */
export function visitText(node: Root | Element, fn: (text: Text, parent: Root | Element, index: number) => void): void {
  node.children.forEach((child, i) => {
    if (child.type === 'text') fn(child, node, i);
    else if (child.type === 'element') visitText(child, fn);
  });
}
