import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateTimeline, type Timeline } from '../../src/model/index.js';
import { readArticles } from '../../src/read/index.js';
import { runScript, seedCopy, snapshot, tempDir, SEEDS } from './helpers.js';

const readTimeline = (out: string): Timeline => JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8'));

test('the seeds build: exit 0, schema-valid timeline.json, every quote at its offsets, an RTL site', () => {
  const out = join(tempDir(), 'site');
  const run = runScript('build', ['--out', out]);
  assert.equal(run.status, 0, run.stderr);
  const timeline = readTimeline(out);
  assert.equal(timeline.articles.length, 5);
  const { docs } = readArticles(SEEDS);
  const bodies = new Map(docs.map((d) => [d.article.id, d.body]));
  assert.deepEqual(validateTimeline(timeline, bodies), []);
  for (const source of [...timeline.events.flatMap((e) => e.sources), ...timeline.figures.map((f) => f.source)]) {
    assert.equal(bodies.get(source.article)!.slice(source.start, source.end), source.quote);
  }
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(home, /<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
});

test('--content and --out build just the articles in that folder', () => {
  const content = seedCopy(['2024-01-23-kataib-hezbollah-strikes.md']);
  const out = join(tempDir(), 'o');
  const run = runScript('build', ['--content', content, '--out', out, '--no-site']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(readTimeline(out).articles.map((a) => a.id), ['2024-01-23-kataib-hezbollah-strikes']);
});

test('a broken article is named with its line, the others build, exit 2; --strict exits 1 and leaves the old output', () => {
  const content = seedCopy(['2023-11-22-ain-al-asad-ac130.md', '2024-01-23-kataib-hezbollah-strikes.md']);
  writeFileSync(join(content, 'broken.md'), '---\ntitle: "بلا تاريخ"\noutlet: x\n---\nنص المقال.\n');
  const out = join(tempDir(), 'o');

  const first = runScript('build', ['--content', content, '--out', out, '--no-site']);
  assert.equal(first.status, 2, first.stderr);
  assert.ok(first.stderr.split('\n').includes(`${join(content, 'broken.md')}:2:1: missing \`published\`: add \`published: YYYY-MM-DD\` (the day the article appeared) [front-matter:published-required]`), first.stderr);
  assert.doesNotMatch(first.stderr, /\n\s+at /, 'no stack trace for a content problem');
  assert.deepEqual(readTimeline(out).articles.map((a) => a.id).sort(), ['2023-11-22-ain-al-asad-ac130', '2024-01-23-kataib-hezbollah-strikes']);

  const before = snapshot(out);
  writeFileSync(join(content, 'another.md'), '---\ntitle: t\npublished: "2024-01-01"\n---\nمقال جديد.\n');
  const strict = runScript('build', ['--content', content, '--out', out, '--no-site', '--strict']);
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /nothing written/);
  assert.deepEqual(snapshot(out), before, 'a refused build leaves the previous output byte for byte');
});

test('a missing content folder is exit 1 with a message, nothing written', () => {
  const out = join(tempDir(), 'o');
  const run = runScript('build', ['--content', join(tempDir(), 'nope'), '--out', out]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /content folder .* does not exist/);
  assert.equal(existsSync(out), false);
});

test('builds are deterministic: the same content gives byte-identical output, whatever TZ and LANG', () => {
  const a = join(tempDir(), 'a');
  const b = join(tempDir(), 'b');
  assert.equal(runScript('build', ['--out', a], { TZ: 'UTC', LANG: 'C' }).status, 0);
  assert.equal(runScript('build', ['--out', b], { TZ: 'America/Los_Angeles', LANG: 'ar_IQ.UTF-8' }).status, 0);
  const sa = snapshot(a);
  const sb = snapshot(b);
  assert.deepEqual([...sa.keys()], [...sb.keys()]);
  for (const [path, bytes] of sa) assert.ok(bytes.equals(sb.get(path)!), `${path} differs between builds`);
});
