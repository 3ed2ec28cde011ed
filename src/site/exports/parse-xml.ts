/**
 * A tiny strict XML reader, for tests: it checks that a document is
 * well-formed (one root, tags balanced, attributes quoted and unique,
 * entities known or numeric, no stray `<` or `&`) and returns its element
 * tree. It is not a full XML parser (no DTDs, no namespaces resolution) and
 * throws an `Error` naming the offset of the first problem.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses `xml` strictly; throws on the first well-formedness error.
 *
 * @example parseXml('<feed><title>خط</title></feed>').children // [{name: 'title', …}]
 */
export function parseXml(xml: string): XmlElement {
  let at = 0;
  const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;

  const fail = (reason: string): never => {
    throw new Error(`xml: ${reason} at offset ${at}`);
  };
  const skipSpace = (): void => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(text);
    if (!m) return fail('expected a name');
    at = NAME.lastIndex;
    return m[0];
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;&<]*);|&/gu, (whole, entity: string | undefined) => {
      if (entity === undefined) return fail(`bare & in ${JSON.stringify(raw.slice(0, 40))}`);
      const named = PREDEFINED[entity];
      if (named !== undefined) return named;
      const num = /^#x([0-9A-Fa-f]+)$|^#([0-9]+)$/u.exec(entity);
      if (!num) return fail(`unknown entity ${whole}`);
      return String.fromCodePoint(Number.parseInt(num[1] ?? num[2] ?? '', num[1] ? 16 : 10));
    });
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<?', at)) {
        const end = text.indexOf('?>', at);
        if (end < 0) fail('unclosed processing instruction');
        at = end + 2;
      } else if (text.startsWith('<!--', at)) {
        const end = text.indexOf('-->', at);
        if (end < 0) fail('unclosed comment');
        at = end + 3;
      } else if (text.startsWith('<!DOCTYPE', at)) {
        const end = text.indexOf('>', at);
        if (end < 0) fail('unclosed doctype');
        at = end + 1;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (text[at] !== '<') fail('expected <');
    at += 1;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text[at] === '>') {
        at += 1;
        break;
      }
      if (at === before) fail('expected space before attribute');
      const key = name();
      skipSpace();
      if (text[at] !== '=') fail(`attribute ${key} without =`);
      at += 1;
      skipSpace();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") return fail(`attribute ${key} not quoted`);
      const end = text.indexOf(quote, at + 1);
      if (end < 0) fail('unclosed attribute value');
      const raw = text.slice(at + 1, end);
      if (raw.includes('<')) fail(`< in attribute ${key}`);
      if (Object.hasOwn(attributes, key)) fail(`duplicate attribute ${key}`);
      attributes[key] = decode(raw);
      at = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (at >= text.length) fail(`unclosed <${tag}>`);
      if (text.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        if (text[at] !== '>') fail('expected >');
        at += 1;
        return { name: tag, attributes, children };
      }
      if (text.startsWith('<!--', at)) {
        const end = text.indexOf('-->', at);
        if (end < 0) fail('unclosed comment');
        at = end + 3;
      } else if (text.startsWith('<![CDATA[', at)) {
        const end = text.indexOf(']]>', at);
        if (end < 0) fail('unclosed CDATA');
        children.push(text.slice(at + 9, end));
        at = end + 3;
      } else if (text[at] === '<') {
        children.push(element());
      } else {
        const next = text.indexOf('<', at);
        const raw = text.slice(at, next < 0 ? text.length : next);
        if (raw.includes(']]>')) fail(']]> in text');
        children.push(decode(raw));
        at += raw.length;
      }
    }
  };

  skipMisc();
  const root = element();
  skipMisc();
  if (at !== text.length) fail('content after the root element');
  return root;
}

/** The direct child elements of `element` named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** Every element in the tree (depth first, the root included). */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...childElements(element).flatMap(allElements)];
}

/** The text content of an element, entities decoded. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
