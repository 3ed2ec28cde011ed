import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderBody, type BodyMark } from './render-body.js';

const none = { marks: [], anchors: [] };

test('Markdown becomes HTML; raw HTML is dropped, never passed through', () => {
  assert.equal(renderBody('أصيب **8** أفراد', none), '<p>أصيب <strong>8</strong> أفراد</p>');
  const html = renderBody('نص <script>alert(1)</script> و<img src=x onerror=alert(1)> هنا\n\n<div onclick="x()">كتلة</div>', none);
  assert.doesNotMatch(html, /<script|<img|onerror|onclick|<div/u);
});

test('only absolute http(s) links survive, with rel="noopener noreferrer"', () => {
  const html = renderBody('[أ](https://example.com/a) [ب](javascript:alert(1)) [ج](/local) [د](mailto:x@y.z) [هـ](data:text/html,x)', none);
  assert.match(html, /<a href="https:\/\/example\.com\/a" rel="noopener noreferrer">أ<\/a>/u);
  assert.doesNotMatch(html, /javascript:|href="\/local"|mailto:|data:/u);
  assert.match(html, /ب/u);
});

test('images become nothing that loads (no request leaves the site)', () => {
  const html = renderBody('![صورة](http://example.com/x.png)', none);
  assert.doesNotMatch(html, /<img|example\.com/u);
});

test('body headings start at h2 and never skip a level', () => {
  const html = renderBody('# أ\n\n### ب\n\n###### ج', none);
  assert.match(html, /<h2>أ<\/h2>\n<h3>ب<\/h3>\n<h4>ج<\/h4>/u);
  assert.match(renderBody('### ب', none), /<h2>ب<\/h2>/u);
});

test('marks wrap body offsets, link to their target and carry an accessible label', () => {
  const body = 'أصيب 8 أفراد في قاعدة عين الأسد أمس.';
  const start = body.indexOf('8 أفراد');
  const mark: BodyMark = { start, end: start + '8 أفراد'.length, kind: 'figure', id: 'm-f-1', label: 'رقم: 8 جرحى', href: '/events/x/' };
  const html = renderBody(body, { marks: [mark], anchors: [{ start: 0, end: body.length, id: 's-0' }] });
  assert.equal(html, '<p><span id="s-0" class="src">أصيب <mark id="m-f-1" class="m m-figure"><a href="/events/x/">8 أفراد</a><span class="vh"> (رقم: 8 جرحى)</span></mark> في قاعدة عين الأسد أمس.</span></p>');
});

test('a mark across emphasis is wrapped piece by piece; around or inside a link it adds no link', () => {
  const body = 'في *قاعدة عين* الأسد و[أمس](https://example.com)';
  const a = body.indexOf('عين');
  const b = body.indexOf('الأسد') + 'الأسد'.length;
  const html = renderBody(body, { marks: [{ start: a, end: b, kind: 'place', id: 'm-p', label: 'مكان', href: '/places/p/' }, { start: body.indexOf('أمس'), end: body.indexOf('أمس') + 3, kind: 'date', id: 'm-d', label: 'تاريخ', href: '#d' }], anchors: [] });
  assert.match(html, /<em>قاعدة <mark id="m-p" class="m m-place"><a href="\/places\/p\/">عين<\/a><\/mark><\/em><mark class="m m-place"><a href="\/places\/p\/"> الأسد<\/a><span class="vh"> \(مكان\)<\/span><\/mark>/u);
  assert.match(html, /<mark id="m-d" class="m m-date"><a href="https:\/\/example\.com" rel="noopener noreferrer">أمس<\/a><span class="vh"> \(تاريخ\)<\/span><\/mark>/u);
  const inner = renderBody('[قال أمس](https://example.com)', { marks: [{ start: 5, end: 8, kind: 'date', id: 'm-i', label: 'تاريخ', href: '#d' }], anchors: [] });
  assert.match(inner, /<a href="https:\/\/example\.com" rel="noopener noreferrer">قال <mark id="m-i" class="m m-date">أمس<span class="vh"> \(تاريخ\)<\/span><\/mark><\/a>/u);
  assert.doesNotMatch(html, /<a [^>]*>[^<]*<mark[^>]*><a /u);
});

test('offsets hold past escapes and entities in the Markdown', () => {
  const body = 'قال \\*المتحدث\\* &amp; أضاف إن 8 أفراد أصيبوا';
  const start = body.indexOf('8 أفراد');
  const html = renderBody(body, { marks: [{ start, end: start + 7, kind: 'figure', id: 'm', label: 'رقم', href: '#f' }], anchors: [] });
  assert.match(html, /\*المتحدث\* &#x26; أضاف إن <mark id="m" class="m m-figure"><a href="#f">8 أفراد<\/a>/u);
});

test('Latin runs inside Arabic are isolated', () => {
  assert.match(renderBody('طائرة من طراز C-130 Hercules على المدرج', none), /<bdi dir="ltr">C-130 Hercules<\/bdi> على/u);
});
