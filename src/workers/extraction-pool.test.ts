import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractArticle } from '../extract/extract-article.js';
import { readArticles, type ArticleDoc } from '../read/index.js';
import { claimJob } from './extraction-protocol.js';
import { startExtractionPool } from './extraction-pool.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['content/articles', 'test/fixtures/heldout/articles', 'test/fixtures/heldout-2/articles', 'test/fixtures/heldout-3/articles'];

function fixtureDocs(): ArticleDoc[] {
  return FOLDERS.flatMap((folder) => readArticles(join(ROOT, folder)).docs);
}

test('claimJob hands out each job once, in order, and never one the thread cannot see yet', () => {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  assert.equal(claimJob(counter, 0), null);
  assert.equal(claimJob(counter, 2), 0);
  assert.equal(claimJob(counter, 2), 1);
  assert.equal(claimJob(counter, 2), null);
  assert.equal(claimJob(counter, 3), 2);
  assert.equal(Atomics.load(counter, 0), 3);
});

test('articles extracted on worker threads equal those extracted in this thread', async () => {
  const docs = fixtureDocs();
  assert.ok(docs.length >= 20, `only ${docs.length} fixture articles`);
  const pool = startExtractionPool(2);
  for (const doc of docs) pool.submit(doc);
  const result = await pool.finish(null); // this thread takes none: every article goes through a worker
  assert.deepEqual(result.failed, []);
  assert.equal(result.extractions.size, docs.length);
  for (const doc of docs) assert.deepEqual(result.extractions.get(doc.article.id), extractArticle(doc), doc.article.id);
  assert.deepEqual(result.lexicon, []);
});

test('this thread and a worker share the articles, and together extract each once', async () => {
  const docs = fixtureDocs();
  const pool = startExtractionPool(1);
  for (const doc of docs) pool.submit(doc);
  const here: string[] = [];
  const result = await pool.finish((doc) => (here.push(doc.article.id), extractArticle(doc)));
  assert.deepEqual(result.failed, []);
  assert.deepEqual([...result.extractions.keys()].sort(), docs.map((d) => d.article.id).sort());
  assert.equal(new Set(here).size, here.length, 'an article was extracted twice in this thread');
});

test('an article whose extraction throws in a worker comes back as failed, for the build to extract (and fail) in its own thread', async () => {
  const [good, other] = fixtureDocs();
  const broken: ArticleDoc = { ...other!, anchor: 'not a day' };
  assert.throws(() => extractArticle(broken), /not a calendar day/u);
  const pool = startExtractionPool(1);
  pool.submit(good!);
  pool.submit(broken);
  const result = await pool.finish(null);
  assert.deepEqual(result.failed.map((d) => d.article.id), [broken.article.id]);
  assert.deepEqual([...result.extractions.keys()], [good!.article.id]);
});
