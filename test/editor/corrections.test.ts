import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateTimeline, type Timeline } from '../../src/model/index.js';
import { readArticles } from '../../src/read/index.js';
import { runScript, SEEDS, tempDir } from '../build/helpers.js';

const readTimeline = (out: string): Timeline => JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8'));

test('a build applies --corrections to the seeds: figures corrected, events merged, stale ones reported with their line', () => {
  const plain = join(tempDir(), 'plain');
  assert.equal(runScript('build', ['--out', plain, '--no-site']).status, 0);
  const before = readTimeline(plain);

  // Corrections written against whatever the extractors read today.
  const lines: string[] = ['# corrections for the test', '- drop: {event: 1999-01-01-attack-gone}'];
  const figure = before.figures[0];
  const side = figure?.side === 'militia' ? 'other' : 'militia';
  if (figure) lines.push(`- figure: ${figure.id}`, `  set: {side: ${side}}`);
  const [first, second] = before.events;
  if (first && second) lines.push(`- merge: [${first.id}, ${second.id}]`);
  const file = join(tempDir(), 'corrections.yaml');
  writeFileSync(file, `${lines.join('\n')}\n`);

  const out = join(tempDir(), 'corrected');
  const run = runScript('build', ['--out', out, '--no-site', '--corrections', file]);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(run.stderr.split('\n').includes(`${file}:2:3: warning: event \`1999-01-01-attack-gone\` is not in this build: its id changed or it is no longer read; update or remove this correction [corrections:stale]`), run.stderr);
  const after = readTimeline(out);
  const { docs } = readArticles(SEEDS);
  assert.deepEqual(validateTimeline(after, new Map(docs.map((d) => [d.article.id, d.body]))), []);
  if (figure) assert.equal(after.figures.find((f) => f.id === figure.id)!.side, side);
  if (first && second) {
    assert.equal(after.events.length, before.events.length - 1);
    assert.equal(after.events.some((e) => e.id === second.id), false);
    assert.equal(after.events.find((e) => e.id === first.id)!.sources.length, new Set([...first.sources, ...second.sources].map((s) => `${s.article}:${s.start}:${s.end}`)).size);
  }
});

test('a malformed corrections file is reported and the build still writes the rest; --strict refuses it', () => {
  const file = join(tempDir(), 'corrections.yaml');
  writeFileSync(file, '- drop: {event: x}\n- remove: {event: y}\n');
  const out = join(tempDir(), 'o');
  const run = runScript('build', ['--content', SEEDS, '--out', out, '--no-site', '--corrections', file]);
  assert.ok(run.stderr.split('\n').includes(`${file}:2:3: a correction needs one of drop, figure, event, merge, split (found \`remove\`) [corrections:entry]`), run.stderr);
  assert.equal(readTimeline(out).articles.length, 5);
  const strict = runScript('build', ['--content', SEEDS, '--out', join(tempDir(), 's'), '--no-site', '--strict', '--corrections', file]);
  assert.equal(strict.status, 1);
});
