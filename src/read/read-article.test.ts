import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatMessage } from '../report/index.js';
import { readArticle } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'khatt-read-'));
let n = 0;
function write(text: string | Uint8Array, name = `a${n++}.md`): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const ok = (text: string) => {
  const result = readArticle(write(text), 'x.md');
  assert.ok(result.ok, result.messages.map(formatMessage).join('\n'));
  return result;
};
const bad = (text: string | Uint8Array) => {
  const result = readArticle(write(text), 'x.md');
  assert.equal(result.ok, false);
  return result.messages.filter((m) => m.severity === 'error').map(formatMessage);
};

test('reads front matter with published as a string and the body after the fence', () => {
  const r = ok('---\ntitle: "عنوان"\noutlet: وكالة\nurl: https://example.org/a\npublished: 2024-01-23\n---\nقال أوستن.\n');
  assert.equal(r.doc.article.published, '2024-01-23');
  assert.equal(typeof r.doc.article.published, 'string');
  assert.equal(r.doc.article.outlet, 'وكالة');
  assert.equal(r.doc.body, 'قال أوستن.\n');
  assert.equal(r.doc.anchor, '2024-01-23');
});

test('accepts a date-time with an offset; the anchor is the day as written', () => {
  const r = ok('---\ntitle: t\npublished: "2024-01-23T23:30:00-05:00"\n---\nنص\n');
  assert.equal(r.doc.anchor, '2024-01-23');
});

test('BOM removed and CRLF kept: offsets stay in body coordinates', () => {
  const r = ok('\uFEFF---\r\ntitle: t\r\npublished: 2024-01-23\r\n---\r\nالجملة الأولى. الجملة الثانية.\r\n\r\nفقرة ثانية.\r\n');
  assert.equal(r.doc.body.startsWith('الجملة'), true);
  for (const s of r.doc.sentences) assert.equal(r.doc.body.slice(s.start, s.end), s.text);
  assert.deepEqual(r.doc.sentences.map((s) => s.text), ['الجملة الأولى.', 'الجملة الثانية.', 'فقرة ثانية.']);
  assert.deepEqual(r.doc.positionOf(r.doc.sentences[2]!.start), { line: 7, column: 1 });
});

test('missing published names the file, line and column', () => {
  assert.deepEqual(bad('---\ntitle: t\n---\nنص\n'), ['x.md:2:1: missing `published`: add `published: YYYY-MM-DD` (the day the article appeared) [front-matter:published-required]']);
});

test('impossible and textual published dates are refused at the value', () => {
  assert.deepEqual(bad('---\ntitle: t\npublished: 2024-02-30\n---\nنص\n'), ['x.md:3:12: `published` is `2024-02-30`, which is not a day of the calendar [front-matter:published-format]']);
  assert.match(bad('---\ntitle: t\npublished: أمس\n---\nنص\n')[0]!, /^x\.md:3:12: `published` is `أمس`: write YYYY-MM-DD/);
});

test('missing title, bad url, unclosed front matter, ---js, aliases, duplicate keys', () => {
  assert.match(bad('---\npublished: 2024-01-01\n---\nنص\n')[0]!, /\[front-matter:title-required\]$/);
  assert.match(bad('---\ntitle: t\nurl: "javascript:alert(1)"\npublished: 2024-01-01\n---\nنص\n')[0]!, /^x\.md:3:6: `url` must be http or https/);
  assert.match(bad('---\ntitle: t\nurl: " java\tscript:alert(1)"\npublished: 2024-01-01\n---\nنص\n')[0]!, /\[front-matter:url\]$/);
  assert.match(bad('---\ntitle: t\npublished: 2024-01-01\nنص\n')[0]!, /^x\.md:1:1: front matter is not closed/);
  assert.match(bad('---js\n{title: "t", published: require("fs")}\n---\nنص\n')[0]!, /\[front-matter:language\]$/);
  assert.match(bad('---\ntitle: &a t\nouter: *a\npublished: 2024-01-01\n---\nنص\n')[0]!, /\[front-matter:alias\]$/);
  assert.match(bad('---\ntitle: t\ntitle: u\npublished: 2024-01-01\n---\nنص\n')[0]!, /^x\.md:3:1: .*\[front-matter:duplicate-key\]$/);
});

test('empty, binary and invalid UTF-8 files are refused with a reason', () => {
  assert.match(bad('')[0]!, /\[read:empty\]$/);
  assert.match(bad(new Uint8Array([0x2d, 0x00, 0x01]))[0]!, /\[read:binary\]$/);
  assert.match(bad(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]))[0]!, /^x\.md:2:1: file is not valid UTF-8 \(byte 4\)/);
});

test('a file that ends inside a character leaves nothing behind for the next file', () => {
  const cut = new TextEncoder().encode('---\ntitle: t\npublished: 2024-01-01\n---\nنص').subarray(0, -1);
  assert.match(bad(cut)[0]!, /file is not valid UTF-8/);
  assert.equal(ok('---\ntitle: t\npublished: 2024-01-01\n---\nنص\n').doc.body, 'نص\n');
});

test('bidi controls are removed from the title and reported', () => {
  const result = readArticle(write('---\ntitle: "عنوان\u202Eمقلوب"\npublished: 2024-01-01\n---\nنص\n'), 'x.md');
  assert.ok(result.ok);
  assert.equal(result.doc.article.title, 'عنوانمقلوب');
  assert.ok(result.messages.some((m) => m.ruleId === 'front-matter:bidi-control' && m.severity === 'warning'));
});

test('an English-only body is a warning, not an error', () => {
  const result = readArticle(write('---\ntitle: t\npublished: 2024-01-01\n---\nOnly English here.\n'), 'x.md');
  assert.ok(result.ok);
  assert.deepEqual(result.messages.map((m) => m.ruleId), ['read:no-arabic']);
});
