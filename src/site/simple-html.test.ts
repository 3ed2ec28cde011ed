import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { simpleHtml } from './simple-html.js';

const stringify = unified().use(rehypeStringify);
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

test('the elements and attributes of a body, escaped as rehype-stringify escapes them', () => {
  const tree: Root = {
    type: 'root',
    children: [
      el('h2', {}, [text('عنوان & <وسم>')]),
      text('\n'),
      el('p', {}, [el('span', { id: 's-0', className: ['src'] }, [el('mark', { id: 'm"1', className: ['m', 'm-date'] }, [el('a', { href: '/a?b=1&c="2"', rel: ['noopener', 'noreferrer'] }, [text('أمس')])]), el('bdi', { dir: 'ltr' }, [text('C-130')])])]),
    ],
  };
  const html = simpleHtml(tree);
  assert.equal(html, '<h2>عنوان &#x26; &#x3C;وسم></h2>\n<p><span id="s-0" class="src"><mark id="m&#x22;1" class="m m-date"><a href="/a?b=1&#x26;c=&#x22;2&#x22;" rel="noopener noreferrer">أمس</a></mark><bdi dir="ltr">C-130</bdi></span></p>');
  assert.equal(html, stringify.stringify(tree));
});

test('any other element or attribute is left to rehype-stringify (null)', () => {
  for (const node of [el('img', { src: 'x' }, []), el('br', {}, []), el('p', { title: 'x' }, []), el('p', { dataX: 'y' }, []), el('ul', {}, [el('li', {}, [])]), el('svg', {}, [])]) {
    assert.equal(simpleHtml({ type: 'root', children: [el('p', {}, [node])] }), null, JSON.stringify(node));
  }
  assert.equal(simpleHtml({ type: 'root', children: [{ type: 'comment', value: 'x' }] }), null);
});

test('property: what simpleHtml writes, rehype-stringify writes', () => {
  const words = fc.string({ unit: fc.constantFrom(...'اب Aa1 &<>"\'\0`='.split(''), '😀', '\uD800'), maxLength: 8 });
  const properties = fc.record(
    { id: words, className: fc.array(words, { maxLength: 3 }), href: words, dir: fc.constantFrom('ltr', 'rtl', ''), rel: fc.array(words, { maxLength: 2 }) },
    { requiredKeys: [] },
  );
  const tag = fc.constantFrom('p', 'h2', 'h6', 'span', 'mark', 'a', 'bdi', 'em', 'strong', 'code');
  const node: fc.Memo<ElementContent> = fc.memo((depth) =>
    depth <= 1 ? words.map(text) : fc.oneof(words.map(text), fc.tuple(tag, properties, fc.array(node(depth - 1), { maxLength: 3 })).map(([t, p, c]) => el(t, p, c))),
  );
  fc.assert(
    fc.property(fc.array(node(4), { maxLength: 4 }), (children) => {
      const tree: Root = { type: 'root', children };
      assert.equal(simpleHtml(tree), stringify.stringify(tree));
    }),
    { numRuns: 3000 },
  );
});
