/**
 * The HTML tree of a plain body, made without the Markdown parser. Most
 * articles are plain prose: paragraphs and ATX headings (which the reader
 * already finds from the lines alone, `simpleBlocks`) whose text holds no
 * character that could start inline Markdown. For such a body remark-rehype
 * and rehype-sanitize would give one `<p>` or `<hN>` per block, holding the
 * block's text verbatim, with a `\n` text node between blocks: this module
 * builds that tree directly, each text node already mapped to its body
 * offsets (as `mapOffsets` would map it). Any other body gives `null` and
 * goes through the parser. An equivalence property test pins the rendered
 * HTML to the parser's.
 */
import type { Element, Root, RootContent } from 'hast';
import { simpleBlocks } from '../read/index.js';
import { verbatimText } from './wrap-ranges.js';

/**
 * Characters that may start (or end) an inline construct of CommonMark:
 * emphasis `* _`, code spans `` ` ``, escapes and hard breaks `\`,
 * character references `&`, raw HTML and autolinks `<`, links and images
 * `[ ]`, and NUL (which the parser replaces). A body without them has no
 * inline Markdown: every block's text is its source.
 */
const INLINE_MARKUP = /[*_`\\&<[\]\0]/u;

const HASH = 0x23;

/**
 * The hast tree remark-rehype and rehype-sanitize would make of `body`,
 * with body offsets on its text nodes; `null` when the body is not plain
 * (a block other than a paragraph or ATX heading, or any inline markup).
 *
 * @example
 *   plainBodyTree('## عنوان\n\nقصف القاعدة.')
 *   // root: <h2>عنوان</h2>, '\n', <p>قصف القاعدة.</p>
 *   plainBodyTree('قصف **القاعدة**') // null
 */
export function plainBodyTree(body: string): Root | null {
  if (INLINE_MARKUP.test(body)) return null;
  const blocks = simpleBlocks(body);
  if (blocks === null) return null;
  const children: RootContent[] = [];
  for (const { kind, start, end } of blocks) {
    if (children.length > 0) children.push({ type: 'text', value: '\n' });
    const tagName = kind === 'paragraph' ? 'p' : `h${headingLevel(body, start)}`;
    const element: Element = { type: 'element', tagName, properties: {}, children: [verbatimText(body.slice(start, end), start)] };
    children.push(element);
  }
  return { type: 'root', children };
}

/** The number of `#` that open the heading line whose content starts at `contentStart`. */
function headingLevel(body: string, contentStart: number): number {
  let level = 0;
  for (let i = body.lastIndexOf('\n', contentStart - 1) + 1; body.charCodeAt(i) === HASH; i++) level++;
  return level;
}
