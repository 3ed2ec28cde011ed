import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseFrontMatter, parseWithYaml } from './parse-front-matter.js';

test('simple front matter is read without the YAML parser, as YAML reads it', () => {
  const yaml = 'title: "الجيش الأمريكي يعلن \\"قاعدة\\" \\\\"\noutlet: "الجزيرة"\nurl: null\npublished: "2023-11-21"\n';
  const read = parseFrontMatter(yaml);
  assert.deepEqual(read, parseWithYaml(yaml));
  assert.deepEqual(read.fields, { title: 'الجيش الأمريكي يعلن "قاعدة" \\', outlet: 'الجزيرة', url: null, published: '2023-11-21' });
});

test('property: any front matter gets the fields and problems the YAML parser gives', () => {
  const key = fc.constantFrom('title', 'outlet', 'url', 'published', 'author', 'note', 'null', 'true', 'Title', 'tags', 'x_1');
  const text = fc.string({ unit: fc.constantFrom(...'ab قصف#:-&*!%\'"\\\t'.split(''), '\\"', '\\\\', '\\n', '\\u0041', '\u202B', '\u200F', '\u0085', '\u2028', '\uFEFF', '\u0001', '😀'), maxLength: 12 });
  const value = fc.oneof(
    text.map((t) => `"${t}"`),
    fc.constantFrom('null', 'NULL', '~', '', '"2024-01-23"', '2024-01-23', '"2024-02-30"', '"2024-01-23T10:00:00+03:00"', '"https://example.org/a b"', '"https://example.org/x"', '"javascript:alert(1)"', '[1, 2]', '"x" # c', '12'),
  );
  const line = fc.oneof(
    fc.tuple(key, fc.constantFrom(' ', '  ', '\t'), value, fc.constantFrom('', ' ')).map(([k, sp, v, end]) => `${k}:${sp}${v}${end}`),
    fc.constantFrom('', '# comment', '  title: "indented"', '---', '- item'),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, finalBreak) => {
      const yaml = lines.join('\n') + (finalBreak ? '\n' : '');
      assert.deepEqual(parseFrontMatter(yaml), parseWithYaml(yaml), JSON.stringify(yaml));
    }),
    { numRuns: 3000 },
  );
});
