import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { editArticle } from '../../scripts/bench/run-bench.js';
import { build } from '../../src/build.js';
import { indexSite } from '../../src/site/search/index.js';
import { startWatchBuild } from '../../src/watch/index.js';
import { seedCopy, snapshot, tempDir } from './helpers.js';

/** The watch output equals a full build of the same content, file by file (search index included). */
async function sameAsFullBuild(content: string, watched: string): Promise<void> {
  const full = join(tempDir(), 'full');
  const result = await build({ contentDir: content, outDir: full, cacheDir: null });
  assert.ok(existsSync(join(full, 'index.html')));
  assert.notEqual(result.exitCode, 1);
  const a = snapshot(full);
  const b = snapshot(watched);
  assert.deepEqual([...b.keys()], [...a.keys()], 'the same files');
  const differ = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  assert.deepEqual(differ, [], 'the same bytes');
}

test('watch mode: each rebuild writes what a full build writes, rendering only the pages an edit touched', async () => {
  // content/articles inside a folder of its own: the corrections file goes beside it
  const content = join(tempDir(), 'articles');
  cpSync(seedCopy(), content, { recursive: true });
  const out = join(tempDir(), 'watched');
  const watch = await startWatchBuild({ contentDir: content, outDir: out });
  assert.equal(watch.first.exitCode, 0);
  const total = watch.first.pagesWritten;
  assert.ok(total > 50, `${total} pages`);

  // Nothing changed: nothing rendered.
  const idle = await watch.rebuild();
  assert.deepEqual([idle.pagesWritten, idle.pagesRemoved], [0, 0]);

  // A number in one article's body: its page and the pages showing what was read from it, not the site.
  const name = '2024-08-06-ain-al-asad-rockets-seven-injured.md';
  const file = join(content, name);
  writeFileSync(file, editArticle(readFileSync(file, 'utf8'), 0));
  const edited = await watch.rebuild();
  assert.equal(edited.exitCode, 0);
  assert.ok(edited.pagesWritten > 0 && edited.pagesWritten < total / 2, `${edited.pagesWritten} of ${total} pages rendered`);
  await watch.searchIdle();
  await sameAsFullBuild(content, out);

  // An article taken away: its pages are removed; put back, they return.
  const aside = join(tempDir(), name);
  renameSync(file, aside);
  const removed = await watch.rebuild();
  assert.ok(removed.pagesRemoved >= 1, 'the article page is removed');
  await watch.searchIdle();
  await sameAsFullBuild(content, out);
  renameSync(aside, file);
  await watch.rebuild();
  await watch.searchIdle();
  await sameAsFullBuild(content, out);

  // A broken article: named, left out (exit 2), the rest still built as a full build builds it.
  const other = join(content, '2023-11-22-ain-al-asad-ac130.md');
  const good = readFileSync(other, 'utf8');
  writeFileSync(other, good.replace(/^published: .*$/mu, 'published: "not a date"'));
  const broken = await watch.rebuild();
  assert.equal(broken.exitCode, 2);
  assert.ok(broken.messages.some((m) => m.severity === 'error' && m.file.endsWith('2023-11-22-ain-al-asad-ac130.md') && m.place !== null));
  await watch.searchIdle();
  await sameAsFullBuild(content, out);

  // The editors' corrections file: an event dropped.
  writeFileSync(other, good);
  await watch.rebuild();
  const timeline = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as { events: { id: string }[] };
  const dropped = timeline.events[0]!.id;
  writeFileSync(join(content, '..', 'corrections.yaml'), `- drop: {event: ${dropped}}\n`);
  const corrected = await watch.rebuild();
  assert.ok(corrected.pagesRemoved >= 1, 'the dropped event page is removed');
  await watch.searchIdle();
  await sameAsFullBuild(content, out);
  rmSync(join(content, '..', 'corrections.yaml'));
});

test('watch mode: a save made while the search refresh runs is written at once; the refresh queued after it gives a full build\'s index', async () => {
  const content = join(tempDir(), 'articles');
  cpSync(seedCopy(), content, { recursive: true });
  const out = join(tempDir(), 'watched');
  // refreshes after the first build wait at a gate until the test opens it
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const started: number[] = [];
  const watch = await startWatchBuild({
    contentDir: content,
    outDir: out,
    searchIndexer: async (dir) => {
      started.push(started.length);
      if (started.length > 1) await gate;
      return indexSite(dir);
    },
  });
  const file = join(content, '2024-08-06-ain-al-asad-rockets-seven-injured.md');
  writeFileSync(file, editArticle(readFileSync(file, 'utf8'), 0));
  await watch.rebuild();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the refresh has started, and waits at the gate
  assert.equal(started.length, 2);
  writeFileSync(file, editArticle(readFileSync(file, 'utf8'), 1));
  // the refresh is held until after this rebuild: a rebuild that waited for it would never end
  const waited = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the rebuild waited for the search refresh')), 30_000).unref());
  const second = await Promise.race([watch.rebuild(), waited]);
  assert.ok(second.pagesWritten > 0, 'pages written while the refresh is held');
  open();
  await watch.searchIdle();
  assert.equal(started.length, 3, 'one more refresh, after the pages');
  await sameAsFullBuild(content, out);
});
