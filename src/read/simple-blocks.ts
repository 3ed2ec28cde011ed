/**
 * The paragraphs and headings of a plain body, found without the Markdown
 * parser. Most articles are plain prose: paragraphs separated by blank
 * lines, now and then an ATX heading (`## …`). For such a body the block
 * extents are known from its lines alone; anything that could start another
 * kind of block (lists, quotes, code, HTML, definitions, setext underlines,
 * thematic breaks, indentation, tabs, trailing spaces, `\r`, a byte order
 * mark at the start, which the parser skips) sends the body back to
 * remark-parse (`null`).
 *
 * Inline Markdown (emphasis, links, code spans, escapes, references) never
 * moves where a paragraph's content starts or ends, so it is left to the
 * parser's rules only inside the block, which this reader does not need.
 * A property test pins the result to remark-parse's on generated bodies.
 */

import type { TextBlock } from './text-blocks.js';

const SPACE = 0x20;
const HASH = 0x23;
const BOM = 0xfeff;

/**
 * First characters of a line that may open a block other than a paragraph
 * (or turn the paragraph above into a heading): quote `>`, setext underline
 * `=`, fence `` ` `` `~`, HTML `<`, definition `[`, and white space
 * (indentation, blank-looking lines). The list and break markers `- + * _`
 * are looked at more closely (`opensListOrBreak`): "**عاجل**" is paragraph
 * text.
 */
const RISKY_FIRST: ReadonlySet<number> = new Set([...'>=`~<[ \t\r'].map((c) => c.charCodeAt(0)));

/** `- + * _`: markers of a list item (not `_`) or of a thematic break or setext underline (not `+`). */
const MARKERS: ReadonlySet<number> = new Set([...'-+*_'].map((c) => c.charCodeAt(0)));

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * The paragraphs and headings of `body`, in order, with the body offsets of
 * their content (what remark's first child starts and last child ends at);
 * `null` when the body is not plain enough to tell without the parser.
 *
 * @example
 *   simpleBlocks('## عنوان\n\nقصف القاعدة.\nوأضاف.\n')
 *   // [{kind: 'heading', start: 3, end: 8}, {kind: 'paragraph', start: 10, end: 29}]
 */
export function simpleBlocks(body: string): TextBlock[] | null {
  if (body.includes('\r') || body.includes('\t') || body.charCodeAt(0) === BOM) return null;
  const blocks: TextBlock[] = [];
  let open: TextBlock | null = null;
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    if (lineEnd === lineStart) {
      open = null;
    } else {
      const first = body.charCodeAt(lineStart);
      if (body.charCodeAt(lineEnd - 1) === SPACE) return null;
      if (first === HASH) {
        const contentStart = headingContentStart(body, lineStart, lineEnd);
        if (contentStart < 0) return null;
        blocks.push({ kind: 'heading', start: contentStart, end: lineEnd });
        open = null;
      } else if (RISKY_FIRST.has(first) || (isDigit(first) && opensOrderedList(body, lineStart, lineEnd)) || (MARKERS.has(first) && opensListOrBreak(body, lineStart, lineEnd))) {
        return null;
      } else if (open) {
        open.end = lineEnd;
      } else {
        open = { kind: 'paragraph', start: lineStart, end: lineEnd };
        blocks.push(open);
      }
    }
    if (lineEnd === body.length) break;
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/**
 * Where the content of an ATX heading line starts: one to six `#`, spaces,
 * then content that does not end in `#` (no closing sequence to strip).
 * -1 for any other line that starts with `#`.
 */
function headingContentStart(body: string, lineStart: number, lineEnd: number): number {
  let i = lineStart;
  while (i < lineEnd && body.charCodeAt(i) === HASH) i++;
  const level = i - lineStart;
  if (level > 6 || i === lineEnd || body.charCodeAt(i) !== SPACE) return -1;
  while (i < lineEnd && body.charCodeAt(i) === SPACE) i++;
  if (i === lineEnd || body.charCodeAt(lineEnd - 1) === HASH) return -1;
  return i;
}

/**
 * A line that starts with `- + * _` and may be a list item (the marker then
 * a space or the line's end) or a thematic break or setext underline (the
 * marker and spaces only, however many).
 */
function opensListOrBreak(body: string, lineStart: number, lineEnd: number): boolean {
  const marker = body.charCodeAt(lineStart);
  if (marker !== UNDERSCORE && (lineStart + 1 === lineEnd || body.charCodeAt(lineStart + 1) === SPACE)) return true;
  for (let i = lineStart + 1; i < lineEnd; i++) {
    const code = body.charCodeAt(i);
    if (code !== marker && code !== SPACE) return false;
  }
  return true;
}

const UNDERSCORE = 0x5f;

/** A line that starts with digits then `.` or `)` (an ordered list item, whatever follows). */
function opensOrderedList(body: string, lineStart: number, lineEnd: number): boolean {
  let i = lineStart;
  while (i < lineEnd && isDigit(body.charCodeAt(i))) i++;
  const next = body.charCodeAt(i);
  return next === 0x2e || next === 0x29;
}
