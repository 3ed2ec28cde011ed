import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { foldText, type FoldedText } from '../normalize/index.js';
import { splitSentences } from './split-sentences.js';

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
 * splits them into sentences. A heading's `#` markers are left out.
 */
export function extractSentences(body: string, tree: Root = parseBody(body)): Sentence[] {
  const sentences: Sentence[] = [];
  let block = 0;
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        const first = node.children[0];
        const last = node.children[node.children.length - 1];
        const start = first?.position?.start.offset;
        const end = last?.position?.end.offset;
        if (start === undefined || end === undefined) continue;
        for (const range of splitSentences(body, start, end)) {
          const text = body.slice(range.start, range.end);
          sentences.push({ index: sentences.length, start: range.start, end: range.end, text, block, blockKind: node.type, folded: foldText(text, range.start) });
        }
        block++;
      } else if ('children' in node && Array.isArray(node.children)) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return sentences;
}
