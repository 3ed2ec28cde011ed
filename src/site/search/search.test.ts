import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEXED_PAGES, indexSite, REPEATED_TEXT } from './index-site.js';
import { normalizeQuery, queryVariants, searchAll } from './search-client.js';

test('normalizeQuery removes diacritics and tatweel and unifies alef forms', () => {
  assert.equal(normalizeQuery('الهُجُومُ'), 'الهجوم');
  assert.equal(normalizeQuery('الأمريكيـــة'), 'الامريكية');
  assert.equal(normalizeQuery('إصابة  آخر ٱلقاعدة'), 'اصابة اخر القاعدة');
  assert.equal(normalizeQuery('  Ain   al-Asad '), 'Ain al-Asad');
});

test('queryVariants adds the query without a leading و/ف, only where it is a proclitic', () => {
  assert.deepEqual(queryVariants('والهجوم'), ['والهجوم', 'الهجوم']);
  assert.deepEqual(queryVariants('فالضربات'), ['فالضربات', 'الضربات']);
  assert.deepEqual(queryVariants('وبالهجوم'), ['وبالهجوم', 'بالهجوم']);
  assert.deepEqual(queryVariants('وللقوات'), ['وللقوات', 'للقوات']);
  assert.deepEqual(queryVariants('وهاجمت'), ['وهاجمت', 'هاجمت']);
  // must not strip: و/ف that belongs to a short word, or a query with none
  assert.deepEqual(queryVariants('وقع'), ['وقع']);
  assert.deepEqual(queryVariants('فيلق'), ['فيلق']);
  assert.deepEqual(queryVariants('الهجوم'), ['الهجوم']);
  assert.deepEqual(queryVariants('  '), []);
});

test('the browser script is small, has no inline-eval and fetches nothing but the local bundle', () => {
  const source = readFileSync(new URL('./search-client.js', import.meta.url), 'utf8');
  assert.ok(statSync(new URL('./search-client.js', import.meta.url)).size <= 5 * 1024);
  assert.doesNotMatch(source, /\beval\(|new Function|innerHTML|https?:\/\//u);
});

function page(title: string, body: string, more = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>الصفحة الرئيسية</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p>${more}</main></body></html>`;
}

test('each part of a page left out of the index as repeated text is a class the event or article template writes', () => {
  const templates = join(import.meta.dirname, '..', '..', '..', 'templates');
  const source = ['event.njk', 'article.njk'].map((name) => readFileSync(join(templates, name), 'utf8')).join('\n');
  for (const selector of REPEATED_TEXT) assert.match(source, new RegExp(`class="${selector.slice(1)}"`, 'u'), selector);
});

test('the pages Pagefind reads are the pages whose templates mark a body', () => {
  const templates = join(import.meta.dirname, '..', '..', '..', 'templates');
  for (const name of readdirSync(templates).filter((n) => n.endsWith('.njk'))) {
    const source = readFileSync(join(templates, name), 'utf8');
    // event and article pages are written under events/ and articles/ (their items' permalinks, site-model.ts)
    const indexed = /^  data: pages\.(articles|events)$/mu.test(source);
    assert.equal(source.includes('data-pagefind-body'), indexed, `${name}: data-pagefind-body only (and always) on pages under ${INDEXED_PAGES}`);
  }
});

test('indexSite + Pagefind find Arabic words with and without diacritics, hamza forms and proclitics', async () => {
  const site = mkdtempSync(join(tmpdir(), 'khatt-search-'));
  try {
    mkdirSync(join(site, 'articles', 'a'), { recursive: true });
    mkdirSync(join(site, 'events', 'b'), { recursive: true });
    mkdirSync(join(site, 'review'), { recursive: true });
    writeFileSync(join(site, 'articles', 'a', 'index.html'), page('هجوم على عين الأسد', 'أعلن الجيش الأمريكي إصابة ثمانية من أفراده في الهجوم الصاروخي على القاعدة.'));
    // The event page quotes its source: the quote is left out (REPEATED_TEXT), found on its article's page only.
    writeFileSync(join(site, 'events', 'b', 'index.html'), page('ضربات أميركية', 'شنّت القوات ضرباتٍ على مواقعَ في القائم ردًّا على الهجمات.', '<ol class="sources"><li><q>أصاب الصاروخي مستودعاً.</q></li></ol>'));
    // Only article and event pages are read (INDEXED_PAGES): a page elsewhere is not, even with a body marked.
    writeFileSync(join(site, 'review', 'index.html'), page('مراجعة', 'واشنطن والقائم وإصابة.'));
    const result = await indexSite(site);
    assert.equal(result.pages, 2);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    assert.deepEqual(Object.keys(entry.languages), ['ar']);

    const server = createServer((req, res) => {
      readFile(join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)))
        .then((body) => res.end(body))
        .catch(() => {
          res.statusCode = 404;
          res.end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const pagefind = (await import(pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href)) as {
        options(o: object): Promise<void>;
        init(language: string): Promise<void>;
        search(q: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] } | null>;
      };
      await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/` });
      await pagefind.init('ar');
      const find = async (q: string): Promise<string[]> => {
        const results = await searchAll(pagefind, q);
        return (await Promise.all(results.map((r) => r.data()))).map((d) => new URL(d.url, 'http://x').pathname).sort();
      };
      assert.deepEqual(await find('إصابة'), ['/articles/a/']);
      assert.deepEqual(await find('اصابة'), ['/articles/a/']);
      assert.deepEqual(await find('إِصَابَة'), ['/articles/a/']);
      assert.deepEqual(await find('الامريكي'), ['/articles/a/']);
      assert.deepEqual(await find('الصاروخي'), ['/articles/a/'], 'the event page quotes it in its sources, which are not indexed');
      assert.deepEqual(await find('مستودعا'), [], 'a word only in an event page\'s source quotes');
      assert.deepEqual(await find('والهجوم'), ['/articles/a/'], 'a conjunction before the article');
      assert.deepEqual(await find('الضربات'), ['/events/b/']);
      assert.deepEqual(await find('ضربات'), ['/events/b/']);
      assert.deepEqual(await find('القائم'), ['/events/b/']);
      assert.deepEqual(await find('الرئيسية'), [], 'the nav (outside data-pagefind-body) is not indexed');
      assert.deepEqual(await find('واشنطن'), [], 'pages outside articles/ and events/ are not indexed');
      // without the script's normalisation the conjunction hides the word
      assert.equal((await pagefind.search('والهجوم'))?.results.length ?? 0, 0);
    } finally {
      server.close();
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
