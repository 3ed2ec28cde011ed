/**
 * HTML of an article body's tree, written directly for the few elements and
 * attributes a body's tree is made of (paragraphs, headings, emphasis,
 * links, the site's sentence anchors, marks and isolates), byte for byte
 * what rehype-stringify (hast-util-to-html, default options) writes for
 * them; any other node or attribute gives `null`, and the caller uses
 * rehype-stringify. hast-util-to-html is general (a schema lookup per
 * attribute, an options object and a regular expression per text node) and
 * was most of the time a body took to render.
 */
import type { Element, ElementContent, Root } from 'hast';

/** Elements written here: none is void, none has raw text (`script`, `style`) or another namespace (`svg`). */
const ELEMENTS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'mark', 'a', 'bdi', 'em', 'strong', 'code']);

/** Properties written here, by their attribute name: strings, or lists of words (space-separated). */
const ATTRIBUTES: Readonly<Record<string, { name: string; list: boolean }>> = {
  id: { name: 'id', list: false },
  className: { name: 'class', list: true },
  href: { name: 'href', list: false },
  dir: { name: 'dir', list: false },
  rel: { name: 'rel', list: true },
};

/** Text: `<` and `&` as hexadecimal references. */
const TEXT_ESCAPES = /[<&]/gu;
/** A double-quoted attribute value: NUL, `"`, `&`, `'` and `` ` `` as hexadecimal references (hast-util-to-html's safe default). */
const ATTRIBUTE_ESCAPES = /[\0"&'`]/gu;

const reference = (c: string): string => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;

/**
 * @example simpleHtml(tree of '<p>قصف <mark class="m m-date">أمس</mark></p>') // '<p>قصف <mark class="m m-date">أمس</mark></p>'
 * @example simpleHtml(tree holding an <img>) // null
 */
export function simpleHtml(tree: Root): string | null {
  const parts: string[] = [];
  for (const child of tree.children) if (child.type === 'doctype' || !write(child as ElementContent, parts)) return null;
  return parts.join('');
}

/** Writes a node to `parts`; false for a node this module does not write. */
function write(node: ElementContent, parts: string[]): boolean {
  if (node.type === 'text') {
    parts.push(node.value.replace(TEXT_ESCAPES, reference));
    return true;
  }
  if (node.type !== 'element' || !ELEMENTS.has(node.tagName)) return false;
  const attributes = attributesOf(node);
  if (attributes === null) return false;
  parts.push(`<${node.tagName}${attributes}>`);
  for (const child of node.children) if (!write(child, parts)) return false;
  parts.push(`</${node.tagName}>`);
  return true;
}

/** ` name="value"` for each property in order (null and undefined ones left out); null for a property this module does not write. */
function attributesOf(node: Element): string | null {
  let text = '';
  for (const key in node.properties) {
    const value = node.properties[key];
    if (value === null || value === undefined) continue;
    const attribute = ATTRIBUTES[key];
    if (!attribute) return null;
    let words: string;
    if (attribute.list && Array.isArray(value) && value.every((v) => typeof v === 'string')) words = value.join(' ').trim();
    else if (typeof value === 'string') words = value;
    else return null;
    text += ` ${attribute.name}="${words.replace(ATTRIBUTE_ESCAPES, reference)}"`;
  }
  return text;
}
