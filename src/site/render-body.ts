/**
 * An article body as HTML: Markdown through remark-rehype (raw HTML is
 * dropped, never passed through), rehype-sanitize (a plain body, most
 * articles, gets the same tree without the parser: `plainBodyTree`), then the site's own
 * additions on the clean tree (sentence anchors, marks, isolated Latin
 * runs), then rehype-stringify (or `simpleHtml`, which writes the same bytes
 * for the elements bodies are made of). Only http/https links survive; outbound
 * links get `rel="noopener noreferrer"`; images become their alt text (no
 * request may leave the site).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { bidiParts, mayIsolate } from './bidi.js';
import { plainBodyTree } from './plain-body-tree.js';
import { simpleHtml } from './simple-html.js';
import { mapOffsets, visitText, wrapRanges, type RangeWrapper } from './wrap-ranges.js';

/** A range of the body marked for readers: a date, a figure or a place. */
export interface BodyMark {
  start: number;
  end: number;
  kind: 'date' | 'figure' | 'place';
  /** Element id of the mark (`m-…`); the first piece carries it. */
  id: string;
  /** What it was read as, for assistive technology ("تاريخ: 21 تشرين الثاني 2023"). */
  label: string;
  /** Where it leads: its event page, or its line in the article's notes. */
  href: string;
}

/** A source sentence: an anchor event pages link to (`#s-<start>`). */
export interface BodyAnchor {
  start: number;
  end: number;
  id: string;
}

const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'input', 'picture', 'source', 'video', 'audio', 'iframe'].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'], src: [], cite: ['http', 'https'], longDesc: [] },
};

const toHast = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema);
const toHtml = unified().use(rehypeStringify);

const ABSOLUTE_HTTP = /^https?:\/\//iu;

export interface RenderBodyOptions {
  marks: readonly BodyMark[];
  anchors: readonly BodyAnchor[];
}

/**
 * @example renderBody('أصيب **8** أفراد', {marks: [], anchors: []}) // '<p>أصيب <strong>8</strong> أفراد</p>'
 */
export function renderBody(body: string, options: RenderBodyOptions): string {
  const tree = withSiteMarkup(plainBodyTree(body) ?? markdownTree(body), options);
  return simpleHtml(tree) ?? toHtml.stringify(tree);
}

/**
 * `renderBody` always through the Markdown parser and rehype-stringify,
 * never `plainBodyTree` or `simpleHtml`: what those are tested against.
 */
export function renderMarkdownBody(body: string, options: RenderBodyOptions): string {
  return toHtml.stringify(withSiteMarkup(markdownTree(body), options));
}

/** The sanitised hast tree of `body` through remark-rehype, its text nodes mapped to body offsets. */
function markdownTree(body: string): Root {
  const tree = toHast.runSync(toHast.parse(body)) as Root;
  mapOffsets(tree, body);
  return tree;
}

/** The site's additions on a clean tree with mapped text. */
function withSiteMarkup(tree: Root, options: RenderBodyOptions): Root {
  cleanLinks(tree);
  demoteHeadings(tree);
  const anchors = [...options.anchors].sort(byOuterFirst).map(anchorWrapper);
  const marks = [...options.marks].sort(byOuterFirst).map(markWrapper);
  wrapRanges(tree, [...anchors, ...marks]);
  isolateLatin(tree);
  return tree;
}

function byOuterFirst(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function anchorWrapper(anchor: BodyAnchor): RangeWrapper {
  return {
    start: anchor.start,
    end: anchor.end,
    make: (children, piece) => el('span', piece.first ? { id: anchor.id, className: ['src'] } : { className: ['src'] }, children),
  };
}

function markWrapper(mark: BodyMark): RangeWrapper {
  return {
    start: mark.start,
    end: mark.end,
    make(children, piece) {
      const inner: ElementContent[] = piece.inLink ? children : [el('a', { href: mark.href }, children)];
      if (piece.last) inner.push(el('span', { className: ['vh'] }, [{ type: 'text', value: ` (${mark.label})` }]));
      return el('mark', piece.first ? { id: mark.id, className: ['m', `m-${mark.kind}`] } : { className: ['m', `m-${mark.kind}`] }, inner);
    },
  };
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** Links: absolute http(s) only (others become their text), outbound with rel. */
function cleanLinks(node: Root | Element): void {
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i]!;
    if (child.type !== 'element') continue;
    cleanLinks(child);
    if (child.tagName !== 'a') continue;
    const href = typeof child.properties.href === 'string' ? child.properties.href : '';
    if (ABSOLUTE_HTTP.test(href)) {
      child.properties = { href, rel: ['noopener', 'noreferrer'] };
    } else {
      (node.children as RootContent[]).splice(i, 1, ...child.children);
      i--;
    }
  }
}

/**
 * The page title is the only `h1`: body headings start at `h2` and never
 * skip a level (a `###` after the title becomes `h2`).
 */
function demoteHeadings(tree: Root): void {
  let previous = 1;
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const level = /^h([1-6])$/u.exec(child.tagName)?.[1];
      if (level) {
        const next = Math.max(2, Math.min(Number(level) + 1, previous + 1));
        child.tagName = `h${next}`;
        previous = next;
      }
      walk(child);
    }
  };
  walk(tree);
}

/** Latin names and addresses inside Arabic go into `<bdi>` so bidi never scrambles them. */
function isolateLatin(tree: Root): void {
  const jobs: Array<{ parent: Root | Element; index: number; parts: ElementContent[] }> = [];
  visitText(tree, (text, parent, index) => {
    if (parent.type === 'element' && ['bdi', 'code', 'pre'].includes(parent.tagName)) return;
    if (!mayIsolate(text.value)) return;
    const split = bidiParts(text.value);
    if (!split.some((p) => p.ltr)) return;
    const parts: ElementContent[] = split.map((p) => (p.ltr ? el('bdi', { dir: 'ltr' }, [{ type: 'text', value: p.text }]) : { type: 'text', value: p.text }));
    jobs.push({ parent, index, parts });
  });
  for (const job of jobs.reverse()) (job.parent.children as RootContent[]).splice(job.index, 1, ...job.parts);
}
