import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { foldRanges, type FoldedText } from '../normalize/index.js';
import { simpleBlocks } from './simple-blocks.js';
import { splitSentences } from './split-sentences.js';
import { textBlocks, type TextBlock } from './text-blocks.js';

/** A sentence of an article body with its offsets and folded text. */
export interface Sentence {
  /** Position in the article, from 0. */
  index: number;
  /** Body offsets (UTF-16): `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Index of the block (paragraph or heading) it belongs to. */
  block: number;
  blockKind: 'paragraph' | 'heading';
  /** Folded for matching; its offsets are body offsets. */
  folded: FoldedText;
}

const parser = unified().use(remarkParse);

/** Parses the body with remark-parse (raw HTML is a node, never rendered). */
export function parseBody(body: string): Root {
  return parser.parse(body);
}

/**
 * Collects paragraphs and headings (also inside lists and block quotes) and
 * splits them into sentences. A heading's `#` markers are left out. A plain
 * body's blocks are found from its lines (`simpleBlocks`); any other body is
 * parsed with remark-parse.
 */
export function extractSentences(body: string): Sentence[] {
  const blocks = simpleBlocks(body) ?? textBlocks(parseBody(body));
  const ranges: { start: number; end: number; block: number; kind: TextBlock['kind'] }[] = [];
  blocks.forEach(({ kind, start, end }, block) => {
    for (const range of splitSentences(body, start, end)) ranges.push({ start: range.start, end: range.end, block, kind });
  });
  const folded = foldRanges(body, ranges);
  const sentences = ranges.map(({ start, end, block, kind }, index): Sentence => ({
    index, start, end, text: body.slice(start, end), block, blockKind: kind, folded: folded[index]!,
  }));
  return sentences;
}
