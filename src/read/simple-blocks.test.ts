import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseBody } from './sentences.js';
import { simpleBlocks } from './simple-blocks.js';
import { splitFrontMatter } from './split-front-matter.js';
import { textBlocks } from './text-blocks.js';

const parsed = (body: string) => textBlocks(parseBody(body));

test('paragraphs and ATX headings of a plain body, as remark-parse finds them', () => {
  const body = '## عنوان فرعي\n\nقصف القاعدة.\nوأضاف المتحدث.\n\n\nفقرة *ثانية* [رابط](x) `رمز`\n# عنوان\nفقرة بعد العنوان';
  const blocks = simpleBlocks(body);
  assert.deepEqual(blocks, parsed(body));
  assert.deepEqual(blocks?.map((b) => [b.kind, body.slice(b.start, b.end)]), [
    ['heading', 'عنوان فرعي'],
    ['paragraph', 'قصف القاعدة.\nوأضاف المتحدث.'],
    ['paragraph', 'فقرة *ثانية* [رابط](x) `رمز`'],
    ['heading', 'عنوان'],
    ['paragraph', 'فقرة بعد العنوان'],
  ]);
});

test('any line that may open another block sends the body to the parser', () => {
  for (const line of ['- بند', '* بند', '+ بند', '-', '*', '- - -', '* * *', '_ _ _', '+++', '1. بند', '12) بند', '> اقتباس', '    رمز', '```', '~~~', '<div>', '[x]: /u', '***', '___', '===', '--', '#عنوان', '####### سبعة', '## عنوان ##', '##', 'سطر ', ' سطر', 'سطر\tآخر', 'سطر\r']) {
    assert.equal(simpleBlocks(`فقرة.\n${line}\nفقرة.`), null, JSON.stringify(line));
  }
  // a byte order mark opening the body is skipped by the parser
  assert.equal(simpleBlocks('\uFEFFفقرة.'), null);
});

test('a line that starts with a list or break marker but is neither is paragraph text', () => {
  const body = '**عاجل:** قصف القاعدة\n*مائل* في السطر\n-5 درجات\n+964 رقم\n__مسطر__\n--قبل\n\n** نص';
  const blocks = simpleBlocks(body);
  assert.notEqual(blocks, null);
  assert.deepEqual(blocks, parsed(body));
  assert.deepEqual(blocks?.map((b) => b.kind), ['paragraph', 'paragraph']);
});

test('the seed and held-out articles are plain: read without the parser, as the parser reads them', () => {
  for (const folder of ['../../content/articles/', '../../test/fixtures/heldout/articles/', '../../test/fixtures/heldout-2/articles/', '../../test/fixtures/heldout-3/articles/']) {
    const dir = new URL(folder, import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const split = splitFrontMatter(readFileSync(new URL(name, dir), 'utf8'));
      assert.ok(split.ok);
      const body = split.value.body;
      assert.notEqual(simpleBlocks(body), null, name);
      assert.deepEqual(simpleBlocks(body), parsed(body), name);
    }
  }
});

test('property: whenever the lines alone tell, they tell what remark-parse finds', () => {
  const unit = fc.constantFrom(...'اب قصف.،:"”()/%-+*_#=`~<>[]!\\&;1 2\n\n\n\u00a0\u2028'.split(''), '**', '__', '--', '* ', '+ ', '---', '***', '___', '\f', '\v', '\u0085', '\u001f', '\u3000', '\uFEFF', '😀', '##', '# ', '\n\n', '&amp;', '\\\n', '  \n', '\t', '\r\n', '1. ', '- ', '[a]: /u', '<b>', '\u200f');
  let told = 0;
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 60 }), (body) => {
      const blocks = simpleBlocks(body);
      if (blocks === null) return;
      told++;
      assert.deepEqual(blocks, parsed(body), JSON.stringify(body));
    }),
    { numRuns: 20000 },
  );
  assert.ok(told > 2000, `only ${told} bodies read without the parser`);
});

test('property: paragraphs of words, headings and blank lines are always read without the parser', () => {
  const word = fc.string({ unit: fc.constantFrom(...'ابتقصف0123456789."”()،:/%*_[]!&'.split('')), minLength: 1, maxLength: 6 }).filter((w) => !/^\d+[.)]/.test(w) && !/^[*_[]/.test(w));
  const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
  const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), line).filter(([, l]) => !l.endsWith('#')).map(([n, l]) => `${'#'.repeat(n)} ${l}`);
  const lines = fc.array(fc.oneof(line, line, heading, fc.constant('')), { maxLength: 12 });
  fc.assert(
    fc.property(lines, fc.boolean(), (ls, finalBreak) => {
      const body = ls.join('\n') + (finalBreak ? '\n' : '');
      const blocks = simpleBlocks(body);
      assert.notEqual(blocks, null, JSON.stringify(body));
      assert.deepEqual(blocks, parsed(body), JSON.stringify(body));
    }),
    { numRuns: 3000 },
  );
});
