import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../scripts/bench/generate-corpus.js';
import { PARALLEL_MIN_ARTICLES } from '../../src/workers/extraction-pool.js';
import { runScript, SEEDS, tempDir } from './helpers.js';

test('a build on worker threads writes the same timeline and messages as a build in one thread', () => {
  const content = tempDir('khatt-threads-');
  generateCorpus({ seedsDir: SEEDS, outDir: content, articles: PARALLEL_MIN_ARTICLES + 12, seed: 7 });
  const one = join(tempDir(), 'one');
  const three = join(tempDir(), 'three');
  const a = runScript('build', ['--content', content, '--out', one, '--no-site', '--no-cache', '--threads', '1']);
  const b = runScript('build', ['--content', content, '--out', three, '--no-site', '--no-cache', '--threads', '3']);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  assert.equal(b.stderr.replaceAll(three, one), a.stderr);
  assert.ok(readFileSync(join(three, 'data', 'timeline.json')).equals(readFileSync(join(one, 'data', 'timeline.json'))), 'timeline.json differs');
});

test('--threads refuses what is not a whole number from 1, and says what it takes', () => {
  for (const bad of ['0', 'two', '1.5']) {
    const run = runScript('build', ['--content', SEEDS, '--out', join(tempDir(), 'out'), '--threads', bad]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--threads takes a whole number from 1/u);
  }
});
