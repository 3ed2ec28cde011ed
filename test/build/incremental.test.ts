import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScript, seedCopy, snapshot, tempDir } from './helpers.js';

function same(a: string, b: string): void {
  const sa = snapshot(a);
  const sb = snapshot(b);
  assert.deepEqual([...sa.keys()], [...sb.keys()]);
  for (const [path, bytes] of sa) assert.ok(bytes.equals(sb.get(path)!), `${path} differs`);
}

test('a rebuild from the extraction cache is byte-identical to a clean build, before and after an edit', () => {
  const content = seedCopy();
  const cache = join(tempDir(), 'cache');
  const clean = join(tempDir(), 'clean');
  const cached = join(tempDir(), 'cached');

  const cold = runScript('build', ['--content', content, '--out', cached, '--cache', cache]);
  assert.equal(cold.status, 0, cold.stderr);
  assert.doesNotMatch(cold.stderr, /from the cache/);
  const warm = runScript('build', ['--content', content, '--out', cached, '--cache', cache]);
  assert.equal(warm.status, 0, warm.stderr);
  assert.match(warm.stderr, /5 articles \(5 from the cache\)/);
  assert.equal(runScript('build', ['--content', content, '--out', clean, '--no-cache']).status, 0);
  same(clean, cached);

  // Edit one article: only it is extracted again, and the result is still a clean build's.
  const file = join(content, '2024-08-06-ain-al-asad-rockets-seven-injured.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('أصيب سبعة أميركيين', 'أصيب ثمانية أميركيين'));
  const edited = runScript('build', ['--content', content, '--out', cached, '--cache', cache]);
  assert.equal(edited.status, 0, edited.stderr);
  assert.match(edited.stderr, /5 articles \(4 from the cache\)/);
  assert.equal(runScript('build', ['--content', content, '--out', clean, '--no-cache']).status, 0);
  same(clean, cached);
  assert.match(readFileSync(join(cached, 'data', 'timeline.json'), 'utf8'), /"value": 8,[\s\S]*أصيب ثمانية أميركيين/);
});
