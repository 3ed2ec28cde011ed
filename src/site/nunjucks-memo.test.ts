import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Eleventy from '@11ty/eleventy';
import { fragmentMemo, nunjucksMemo, type FragmentMemo, type MemoHost } from './nunjucks-memo.js';

// A real Eleventy build: one page per item, each writing its group's fragment through a counting filter.
async function buildSite(useMemo: boolean, key = 'g, level', kept: FragmentMemo | null = null, groups = [{ name: 'عين الأسد <x>' }, { name: 'التنف' }]): Promise<{ pages: Record<string, string>; rendered: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-memo-'));
  const input = join(dir, 'in');
  mkdirSync(join(input, '_includes'), { recursive: true });
  const open = useMemo ? `{% memo ${key} %}` : '';
  const close = useMemo ? '{% endmemo %}' : '';
  writeFileSync(join(input, '_includes', 'macros.njk'), `{% macro tag(g, level) %}${open}<h{{ level }}>{{ g.name | seen }}</h{{ level }}>${close}{% endmacro %}`);
  writeFileSync(
    join(input, 'item.njk'),
    '---\npagination:\n  data: items\n  size: 1\n  alias: item\npermalink: "{{ item.slug }}.html"\n---\n{% from "macros.njk" import tag %}[{{ tag(item.group, item.level) }}]',
  );
  const [g1, g2] = groups as [{ name: string }, { name: string }];
  const rendered: string[] = [];
  const out = join(dir, 'out');
  const items = [
    { slug: 'a', group: g1, level: 2 },
    { slug: 'b', group: g1, level: 2 },
    { slug: 'c', group: g2, level: 2 },
    { slug: 'd', group: g1, level: 3 },
    { slug: 'e', group: { ...g1 }, level: 2 },
  ];
  const eleventy = new Eleventy(input, out, {
    quietMode: true,
    config(config: MemoHost & { addGlobalData(n: string, v: unknown): void; addFilter(n: string, f: (s: string) => string): void }) {
      if (useMemo) nunjucksMemo(config, kept);
      config.addGlobalData('items', items);
      config.addFilter('seen', (s: string) => {
        rendered.push(s);
        return s;
      });
    },
  });
  try {
    await eleventy.write();
    return { pages: Object.fromEntries(items.map((i) => [i.slug, readFileSync(join(out, `${i.slug}.html`), 'utf8')])), rendered };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a memo body is rendered once per key, and every page gets what it gets without the memo', async () => {
  const memo = await buildSite(true);
  const stock = await buildSite(false);
  assert.deepEqual(memo.pages, stock.pages);
  assert.equal(memo.pages.a, '[<h2>عين الأسد &lt;x&gt;</h2>]', 'escaped once, kept as HTML');
  assert.equal(memo.pages.d, '[<h3>عين الأسد &lt;x&gt;</h3>]', 'another value of the second key is another fragment');
  assert.equal(memo.pages.c, '[<h2>التنف</h2>]');
  // a and b share a key; c, d and e (an equal but different object) do not.
  assert.deepEqual(memo.rendered, ['عين الأسد <x>', 'التنف', 'عين الأسد <x>', 'عين الأسد <x>']);
  assert.equal(stock.rendered.length, 5);
});

test('a key that is undefined (a misspelt name) is an error, not one fragment for every call', async () => {
  // Eleventy wraps the error; the tag's own message is down the chain.
  const messages = (error: unknown): string => (error instanceof Error ? `${error.message} ${messages(error.cause ?? (error as { originalError?: unknown }).originalError)}` : '');
  await assert.rejects(buildSite(true, 'g, levle'), (error) => /\{% memo %\}: key 2 is undefined/u.test(messages(error)));
});

test('with a FragmentMemo, fragments are kept from one run to the next for the same key objects; a new object is rendered', async () => {
  const kept = fragmentMemo();
  const groups = [{ name: 'عين الأسد <x>' }, { name: 'التنف' }];
  const first = await buildSite(true, 'g, level', kept, groups);
  assert.equal(first.rendered.length, 4);
  // the same objects: nothing rendered again, the same pages
  const second = await buildSite(true, 'g, level', kept, groups);
  assert.deepEqual(second.pages, first.pages);
  assert.deepEqual(second.rendered, ['عين الأسد <x>'], 'only item e, a new object each run');
  // one group is a new object (its view changed): it alone is rendered again
  const changed = [{ name: 'عين الأسد <y>' }, groups[1]!];
  const third = await buildSite(true, 'g, level', kept, changed);
  assert.deepEqual(third.pages, (await buildSite(false, 'g, level', null, changed)).pages);
  assert.deepEqual(third.rendered, ['عين الأسد <y>', 'عين الأسد <y>', 'عين الأسد <y>']);
});
