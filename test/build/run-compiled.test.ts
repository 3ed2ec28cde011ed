import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { compiledScript, sourceStamp } from '../../scripts/run.mjs';
import { ROOT, runScript, snapshot, tempDir } from './helpers.js';


test('the source stamp changes when a source file is edited, added or removed, and only then', () => {
  const root = tempDir('khatt-stamp-');
  mkdirSync(join(root, 'src', 'a'), { recursive: true });
  writeFileSync(join(root, 'src', 'a', 'one.ts'), 'export const one = 1;\n');
  const first = sourceStamp(root);
  assert.equal(sourceStamp(root), first, 'nothing changed');
  writeFileSync(join(root, 'src', 'a', 'one.ts'), 'export const one = 11;\n');
  const edited = sourceStamp(root);
  assert.notEqual(edited, first);
  writeFileSync(join(root, 'src', 'two.yml'), '- x\n');
  const added = sourceStamp(root);
  assert.notEqual(added, edited);
  rmSync(join(root, 'src', 'two.yml'));
  assert.equal(sourceStamp(root), edited, 'back to the same files and times');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  assert.notEqual(sourceStamp(root), edited, 'new dependencies compile again');
});

test('a compiled script finds the files beside its modules, is reused until a source changes, and the stale bundle goes', async () => {
  const root = tempDir('khatt-compiled-');
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(join(root, 'scripts'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'src', 'words.yml'), 'خط\n');
  const lib = (greeting: string): string =>
    `import { readFileSync } from 'node:fs';\nexport const words = (): string => '${greeting} ' + readFileSync(new URL('./words.yml', import.meta.url), 'utf8').trim() + ' ' + import.meta.dirname.endsWith('/src');\n`;
  writeFileSync(join(root, 'src', 'words.ts'), lib('hello'));
  writeFileSync(join(root, 'scripts', 'hello.ts'), "import { words } from '../src/words.js';\nconsole.log(words(), process.argv.slice(2).join(','));\n");
  const run = (file: string): string => spawnSync(process.execPath, [file, 'a', 'b'], { encoding: 'utf8' }).stdout.trim();

  const bundle = await compiledScript('hello', root);
  const cache = dirname(bundle);
  assert.equal(dirname(cache), join(root, 'node_modules', '.cache', 'khatt'));
  assert.ok(basename(bundle).startsWith('hello-'));
  assert.equal(run(bundle), 'hello خط true a,b', 'read its YAML beside the source, not beside the bundle');
  assert.equal(await compiledScript('hello', root), bundle, 'nothing changed: the same bundle');

  writeFileSync(join(root, 'src', 'words.ts'), lib('salaam'));
  const again = await compiledScript('hello', root);
  assert.notEqual(again, bundle);
  assert.equal(run(again), 'salaam خط true a,b');
  assert.ok(!existsSync(bundle), 'the stale bundle is removed');
  assert.deepEqual(readdirSync(cache).filter((f) => f.startsWith('hello-')), [basename(again)]);
  rmSync(join(root, 'node_modules'));
  await assert.rejects(compiledScript('nope', root), /no script scripts\/nope\.ts/);
});

test('npm run build (the compiled script) writes the same site as the script run from its sources', () => {
  const compiled = join(tempDir(), 'compiled');
  const fromSources = join(tempDir(), 'sources');
  const a = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.mjs'), 'build', '--out', compiled, '--no-search', '--no-cache', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(a.status, 0, a.stderr);
  const b = runScript('build', ['--out', fromSources, '--no-search', '--no-cache', '--quiet']);
  assert.equal(b.status, 0, b.stderr);
  const left = snapshot(compiled);
  const right = snapshot(fromSources);
  assert.ok(left.size > 50);
  assert.deepEqual([...left.keys()], [...right.keys()]);
  for (const [file, bytes] of left) assert.ok(bytes.equals(right.get(file)!), `${file} differs`);
  assert.ok(readFileSync(join(compiled, 'data', 'timeline.json'), 'utf8').includes('"articles"'));
});
