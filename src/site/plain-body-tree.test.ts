import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { plainBodyTree } from './plain-body-tree.js';
import { renderBody, renderMarkdownBody, type BodyAnchor, type BodyMark, type RenderBodyOptions } from './render-body.js';

const none = { marks: [], anchors: [] };

test('paragraphs and headings of a plain body, without the parser, as the parser renders them', () => {
  const body = '## عنوان فرعي\n\nقصف القاعدة.\nوأضاف المتحدث.\n\n\nفقرة ثانية C-130 و2023-10-17\n# عنوان\nفقرة بعد العنوان!';
  assert.notEqual(plainBodyTree(body), null);
  assert.equal(
    renderBody(body, none),
    '<h2>عنوان فرعي</h2>\n<p>قصف القاعدة.\nوأضاف المتحدث.</p>\n<p>فقرة ثانية <bdi dir="ltr">C-130</bdi> و<bdi dir="ltr">2023-10-17</bdi></p>\n<h2>عنوان</h2>\n<p>فقرة بعد العنوان!</p>',
  );
  assert.equal(renderBody(body, none), renderMarkdownBody(body, none));
  assert.deepEqual(plainBodyTree(''), { type: 'root', children: [] });
});

test('a body with inline markup or another kind of block goes to the parser', () => {
  for (const body of ['قصف **القاعدة**', 'قصف _القاعدة_', 'رمز `x`', 'سطر\\\nآخر', 'أ &amp; ب', 'نص <b>غامق</b>', '[رابط](https://example.com)', 'صورة ![x](y)', 'قوس ] وحده', 'حرف \0 فارغ', '- بند', '> اقتباس', 'سطر \nآخر']) {
    assert.equal(plainBodyTree(body), null, JSON.stringify(body));
  }
});

/** Marks and anchors at random body offsets (in any order; overlapping, nested or empty). */
function rangesOf(body: string): fc.Arbitrary<RenderBodyOptions> {
  const range = fc.tuple(fc.nat({ max: body.length }), fc.nat({ max: body.length })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const mark = fc.tuple(range, fc.constantFrom('date', 'figure', 'place') as fc.Arbitrary<BodyMark['kind']>, fc.nat(99)).map(
    ([[start, end], kind, n]): BodyMark => ({ start, end, kind, id: `m-${n}`, label: n % 3 === 0 ? `${kind} <${n}> & "${n}"` : `${kind} ${n}`, href: n % 5 === 0 ? `/q?a=${n}&b="${n}"` : `#x${n}` }),
  );
  const anchor = fc.tuple(range, fc.nat(99)).map(([[start, end], n]): BodyAnchor => ({ start, end, id: `s-${n}` }));
  return fc.record({ marks: fc.array(mark, { maxLength: 6 }), anchors: fc.array(anchor, { maxLength: 4 }) });
}

test('property: a plain body renders as through the parser, marks and anchors included', () => {
  const word = fc.string({ unit: fc.constantFrom(...'ابتقصف AZaz0123456789.-/:"”()،!%#=+~>'.split('')), minLength: 1, maxLength: 7 });
  const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
  const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`);
  const body = fc.tuple(fc.array(fc.oneof(line, line, heading, fc.constant('')), { maxLength: 10 }), fc.boolean()).map(([ls, end]) => ls.join('\n') + (end ? '\n' : ''));
  let plain = 0;
  fc.assert(
    fc.property(body.chain((b) => fc.tuple(fc.constant(b), rangesOf(b))), ([b, options]) => {
      if (plainBodyTree(b) === null) return;
      plain++;
      assert.equal(renderBody(b, options), renderMarkdownBody(b, options), JSON.stringify(b));
    }),
    { numRuns: 3000 },
  );
  assert.ok(plain > 1000, `only ${plain} bodies rendered without the parser`);
});

test('property: a body of any characters renders as through the parser and rehype-stringify (plain or not)', () => {
  const unit = fc.constantFrom(...'اب قصف.،:"”()/%-+*_#=`~<>[]!\\&;1 2Aa\n\n\n\u00a0\u2028\f\v\u0085\u3000\uFEFF\u200f'.split(''), '😀', '## ', '# ', '\n\n', '&amp;', '  \n', '\t', '\r\n', '1. ', '- ', '\0', '[أ](https://x.org/?a=1&b="2")', '![ص](https://x.org/p.png)', '<https://x.org>', '**غ**', '`ر`', '> ', '    ');
  let plain = 0;
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 60 }).chain((b) => fc.tuple(fc.constant(b), rangesOf(b))), ([b, options]) => {
      if (plainBodyTree(b) !== null) plain++;
      assert.equal(renderBody(b, options), renderMarkdownBody(b, options), JSON.stringify(b));
    }),
    { numRuns: 6000 },
  );
  assert.ok(plain > 100, `only ${plain} bodies rendered without the parser`);
});
