import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Timeline } from '../../src/model/index.js';
import { articleFileName, newArticleText } from '../../src/editor/index.js';
import { runScript, tempDir } from '../build/helpers.js';

test('new then build: the article is written with valid front matter and builds into the timeline', () => {
  const content = tempDir('khatt-new-');
  const text = join(tempDir(), 'body.md');
  writeFileSync(text, 'أصيب سبعة أميركيين بقصف صاروخي استهدف أمس الاثنين قاعدة عين الأسد في العراق.\n');
  const title = 'إصابة سبعة أميركيين في قصف "صاروخي" على عين الأسد';
  const made = runScript('new', ['--content', content, '--title', title, '--published', '2024-08-06', '--outlet', 'وكالة مثال', '--url', 'https://example.org/news/1', '--slug', 'ain-al-asad-rockets', '--text', text]);
  assert.equal(made.status, 0, made.stderr);
  const path = join(content, '2024-08-06-ain-al-asad-rockets.md');
  assert.equal(made.stdout.trim(), path);
  assert.equal(readFileSync(path, 'utf8'), [
    '---',
    'title: "إصابة سبعة أميركيين في قصف \\"صاروخي\\" على عين الأسد"',
    'outlet: "وكالة مثال"',
    'url: "https://example.org/news/1"',
    'published: "2024-08-06"',
    '---',
    'أصيب سبعة أميركيين بقصف صاروخي استهدف أمس الاثنين قاعدة عين الأسد في العراق.',
    '',
  ].join('\n'));

  const out = join(tempDir(), 'o');
  const built = runScript('build', ['--content', content, '--out', out, '--no-site']);
  assert.equal(built.status, 0, built.stderr);
  const timeline = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as Timeline;
  assert.deepEqual(timeline.articles, [{ id: '2024-08-06-ain-al-asad-rockets', title, outlet: 'وكالة مثال', url: 'https://example.org/news/1', published: '2024-08-06' }]);

  const again = runScript('new', ['--content', content, '--title', 'آخر', '--published', '2024-08-06', '--slug', 'ain-al-asad-rockets']);
  assert.equal(again.status, 1);
  assert.equal(again.stderr.trim(), `khatt: ${path} already exists: choose another --slug, or edit that file`);
  assert.equal(readFileSync(path, 'utf8').includes('آخر'), false, 'never overwritten');
});

test('new refuses a bad date, a non-http url, a non-ASCII slug and missing options; nothing is written', () => {
  const content = tempDir('khatt-new-');
  const cases: [string[], RegExp][] = [
    [['--title', 'خبر', '--published', '2024-02-30'], /`published` is `2024-02-30`, which is not a day of the calendar/],
    [['--title', 'خبر', '--published', '06/08/2024'], /write YYYY-MM-DD/],
    [['--title', 'خبر', '--published', '2024-08-06', '--url', 'javascript:alert(1)'], /`--url` must be http or https/],
    [['--title', 'خبر', '--published', '2024-08-06', '--slug', 'عين-الأسد'], /must be ASCII/],
    [['--title', '   ', '--published', '2024-08-06'], /`--title` is empty/],
    [['--published', '2024-08-06'], /--title and --published are required/],
  ];
  for (const [args, reason] of cases) {
    const run = runScript('new', ['--content', content, ...args]);
    assert.equal(run.status, 1, args.join(' '));
    assert.match(run.stderr, reason);
  }
  assert.deepEqual(readdirSync(content), []);
});

test('an Arabic title without --slug gets a short hash, never a transliteration; the empty body is left to fill', () => {
  const name = articleFileName({ title: 'ضربات أميركية على ثلاث منشآت', published: '2024-01-23T10:00:00+03:00' });
  assert.match(name as string, /^2024-01-23-article-[0-9a-f]{6}\.md$/);
  assert.equal(articleFileName({ title: 'ضربات  أميركية على ثلاث منشآت ', published: '2024-01-23' }), (name as string), 'the same title, the same name');
  assert.notEqual(articleFileName({ title: 'ضربات أخرى', published: '2024-01-23' }), name);
  assert.equal(newArticleText({ title: 'عنوان\u202Eمقلوب\n', published: '2024-01-23' }), '---\ntitle: "عنوان مقلوب"\noutlet: null\nurl: null\npublished: "2024-01-23"\n---\n');
});
