import type { Root, RootContent } from 'mdast';

/** A paragraph or heading of the body: body offsets of its content. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  /** Where the block's first inline node starts. */
  start: number;
  /** Where its last inline node ends. */
  end: number;
}

/**
 * The paragraphs and headings of a parsed body (also inside lists and block
 * quotes), in document order; blocks without content are left out.
 *
 * @example
 *   textBlocks(parseBody('## عنوان\n\n- بند.\n'))
 *   // [{kind: 'heading', start: 3, end: 8}, {kind: 'paragraph', start: 12, end: 16}]
 */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        const start = node.children[0]?.position?.start.offset;
        const end = node.children[node.children.length - 1]?.position?.end.offset;
        if (start !== undefined && end !== undefined) blocks.push({ kind: node.type, start, end });
      } else if ('children' in node && Array.isArray(node.children)) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return blocks;
}
