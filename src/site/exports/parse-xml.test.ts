import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml } from './escape-xml.js';
import { parseXml, textOf } from './parse-xml.js';

test('escapeXml escapes the five specials and drops forbidden controls', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  assert.equal(escapeXml('a\u0000b\u0007c\td\ne'), 'abc\td\ne');
  assert.equal(escapeXml('عين الأسد'), 'عين الأسد');
});

test('escaped text round-trips through the parser', () => {
  const hostile = `<script>alert("x")</script> & 'ضربة' ]]>`;
  const root = parseXml(`<r a="${escapeXml(hostile)}">${escapeXml(hostile)}</r>`);
  assert.equal(root.attributes.a, hostile);
  assert.equal(textOf(root), hostile);
});

test('the parser accepts declarations, comments, CDATA and numeric entities', () => {
  const root = parseXml('\uFEFF<?xml version="1.0"?>\n<!-- c --><a x=\'1\'><b/><![CDATA[<x>]]>&#x627;&#1576;</a>\n');
  assert.equal(root.name, 'a');
  assert.equal(textOf(root), '<x>اب');
});

test('the parser refuses what is not well-formed', () => {
  const bad: [string, RegExp][] = [
    ['<a><b></a>', /closes/u],
    ['<a>x & y</a>', /bare &/u],
    ['<a>&nbsp;</a>', /unknown entity/u],
    ['<a x=1></a>', /not quoted/u],
    ['<a x="1" x="2"></a>', /duplicate/u],
    ['<a x="<"></a>', /< in attribute/u],
    ['<a></a><b></b>', /after the root/u],
    ['<a>', /unclosed/u],
    ['<a x="1"y="2"/>', /space before attribute/u],
  ];
  for (const [xml, reason] of bad) assert.throws(() => parseXml(xml), reason, xml);
});
