import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Eleventy from '@11ty/eleventy';
import { compiledTemplates, nunjucksCompiledOnce, type CompiledOnceHost, type CompiledTemplates } from './nunjucks-compiled-once.js';

// A real Eleventy build of a paginated template with a layout, a macro import, a filter and a computed permalink.
// With `kept`, the compiled code of earlier runs over the same folder.
async function buildSite(usePlugin: boolean, kept?: { code: CompiledTemplates; dir: string }, marker?: object): Promise<{ out: string; compiled: (string | null)[] }> {
  const dir = kept?.dir ?? mkdtempSync(join(tmpdir(), 'khatt-njk-'));
  const input = join(dir, 'in');
  mkdirSync(join(input, '_includes'), { recursive: true });
  writeFileSync(join(input, '_includes', 'base.njk'), '<title>{% block title %}{% endblock %}</title><main>{% block main %}{% endblock %}</main>');
  writeFileSync(join(input, '_includes', 'macros.njk'), '{% macro tag(x) %}<b>{{ x }}</b>{% endmacro %}');
  writeFileSync(
    join(input, 'item.njk'),
    '---\npagination:\n  data: items\n  size: 1\n  alias: item\npermalink: "items/{{ item.slug }}/index.html"\n---\n{% extends "base.njk" %}{% from "macros.njk" import tag %}{% block title %}{{ item.name }}{% endblock %}{% block main %}{{ tag(item.name | shout) }}{% endblock %}',
  );
  const compiled: (string | null)[] = [];
  const out = mkdtempSync(join(dir, 'out-'));
  const eleventy = new Eleventy(input, out, {
    quietMode: true,
    config(config: CompiledOnceHost & { addGlobalData(n: string, v: unknown): void; addFilter(n: string, f: (s: string) => string): void }) {
      if (usePlugin) nunjucksCompiledOnce(config, { onCompile: (path) => compiled.push(path === null ? null : basename(path)), ...(kept ? { kept: kept.code } : {}) });
      config.addGlobalData('items', [{ slug: 'a', name: 'عين الأسد <x>' }, { slug: 'b', name: 'التنف' }, { slug: 'c', name: 'حرير' }]);
      config.addFilter('shout', (s: string) => `${s}!`);
      if (marker) config.addGlobalData('marker', marker);
    },
  });
  await eleventy.write();
  return { out, compiled };
}

test('each template and each permalink is compiled once, and the pages are what stock Eleventy writes', async () => {
  const fast = await buildSite(true);
  const stock = await buildSite(false);
  for (const slug of ['a', 'b', 'c']) {
    const page = readFileSync(join(fast.out, 'items', slug, 'index.html'), 'utf8');
    assert.equal(page, readFileSync(join(stock.out, 'items', slug, 'index.html'), 'utf8'));
  }
  assert.equal(readFileSync(join(fast.out, 'items', 'a', 'index.html'), 'utf8'), '<title>عين الأسد &lt;x&gt;</title><main><b>عين الأسد &lt;x&gt;!</b></main>');
  assert.deepEqual(fast.compiled.filter((p) => p === 'item.njk'), ['item.njk'], 'three pages, one compilation');
  assert.equal(fast.compiled.filter((p) => p === null).length, 1, 'one permalink compilation');
  for (const { out } of [fast, stock]) rmSync(join(out, '..'), { recursive: true, force: true });
});

test('with kept code (the watch mode), a second run compiles nothing and writes the same pages', async () => {
  const kept = { code: compiledTemplates(), dir: mkdtempSync(join(tmpdir(), 'khatt-njk-')) };
  const first = await buildSite(true, kept);
  const second = await buildSite(true, kept);
  const stock = await buildSite(false);
  assert.deepEqual([...first.compiled].sort(), ['base.njk', 'item.njk', 'macros.njk', null].sort(), 'the template, its permalink, its layout and its macros');
  assert.deepEqual(second.compiled, []);
  for (const slug of ['a', 'b', 'c']) {
    const page = readFileSync(join(stock.out, 'items', slug, 'index.html'), 'utf8');
    assert.equal(readFileSync(join(first.out, 'items', slug, 'index.html'), 'utf8'), page);
    assert.equal(readFileSync(join(second.out, 'items', slug, 'index.html'), 'utf8'), page);
  }
  for (const dir of [kept.dir, join(stock.out, '..')]) rmSync(dir, { recursive: true, force: true });
});

test('nothing of a run is kept once it ends: Eleventy keeps no render function of the plugin, which would keep the run', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const dir = mkdtempSync(join(tmpdir(), 'khatt-njk-'));
  const run = async (): Promise<WeakRef<object>> => {
    const marker = { data: 'the run’s global data' };
    await buildSite(true, { code: compiledTemplates(), dir }, marker);
    return new WeakRef(marker);
  };
  const runs = [await run(), await run()];
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  assert.deepEqual(runs.map((r) => r.deref()), [undefined, undefined]);
  rmSync(dir, { recursive: true, force: true });
});
