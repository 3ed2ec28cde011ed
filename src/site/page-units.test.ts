import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractTimeline } from '../build.js';
import { changedPages, LAYOUT_READS, pageUnits, SITE_TEMPLATES, valueDigest, type DigestMemo } from './page-units.js';
import { prepareSite, siteMemo, TEMPLATES_DIR } from './render-site.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'articles');
const source = (name: string): string => readFileSync(join(TEMPLATES_DIR, name), 'utf8');
const refs = (text: string): string[] => [...new Set(text.match(/(?<![/\w])(?:khatt|graphics)(?:\.[A-Za-z]+)+/gu) ?? [])];
const covered = (ref: string, names: readonly string[]): boolean => names.some((n) => ref === n || ref.startsWith(`${n}.`));

test('every template is listed with what it paginates over, and reads nothing the list does not name', () => {
  const listed = new Map([...SITE_TEMPLATES.paginated, ...SITE_TEMPLATES.single].map((t) => [t.template, t]));
  const files = readdirSync(TEMPLATES_DIR).filter((n) => n.endsWith('.njk')).sort();
  assert.deepEqual(files, [...listed.keys()].sort(), 'templates/ and SITE_TEMPLATES list the same templates');
  for (const t of SITE_TEMPLATES.paginated) {
    assert.match(source(t.template), new RegExp(`^  data: pages\\.${t.list}$`, 'mu'), t.template);
    const alias = /^  alias: (\w+)$/mu.exec(source(t.template))?.[1];
    assert.match(source(t.template), new RegExp(`^permalink: "\\{\\{ ${alias}\\.permalink \\}\\}"$`, 'mu'), `${t.template}: the page goes where its item says`);
  }
  for (const t of SITE_TEMPLATES.single) assert.match(source(t.template), new RegExp(`^permalink: ${t.path}$`, 'mu'), `${t.template} is written to ${t.path}`);
  for (const name of files) {
    const text = source(name);
    // what it pulls in besides the layout: its includes and macros
    const pulled = [...text.matchAll(/\{%-?\s*(?:extends|from|include|import)\s+"([^"]+)"/gu)].map((m) => m[1]!).filter((n) => n !== 'base.njk');
    const all = [text, ...pulled.map((n) => readFileSync(join(TEMPLATES_DIR, '_includes', n), 'utf8'))].join('\n');
    const names = listed.get(name)!.names;
    for (const ref of refs(all)) assert.ok(covered(ref, names) || covered(ref, LAYOUT_READS.names), `${name} reads ${ref}: add it to its entry in SITE_TEMPLATES`);
  }
  for (const ref of refs(readFileSync(join(TEMPLATES_DIR, '_includes', 'base.njk'), 'utf8'))) assert.ok(covered(ref, LAYOUT_READS.names), `base.njk reads ${ref}: add it to LAYOUT_READS`);
});

test('the same content gives the same digests; an edit changes its article page and leaves unrelated pages alone', () => {
  const site = () => {
    const x = extractTimeline(SEEDS, null);
    return { x, units: pageUnits(prepareSite({ timeline: x.timeline, docs: x.docs, extractions: x.extractions, extracted: x, outDir: '' })) };
  };
  const a = site();
  const b = site();
  assert.deepEqual(changedPages(a.units, b.units), { render: [], removed: [] });

  // A title changed: its article page, the lists that show titles; not the page of an article that shares no event with it.
  const first = a.x.docs[0]!;
  const near = new Set(a.x.timeline.events.filter((e) => e.sources.some((s) => s.article === first.article.id)).flatMap((e) => e.sources.map((s) => s.article)));
  const second = a.x.docs.find((d) => !near.has(d.article.id));
  assert.ok(second, 'the seeds have an article sharing no event with the first');
  const retitled = { ...a.x, docs: a.x.docs.map((d) => (d === first ? { ...d, article: { ...d.article, title: `${d.article.title} (تحديث)` } } : d)) };
  const timeline = { ...a.x.timeline, articles: a.x.timeline.articles.map((t) => (t.id === first.article.id ? { ...t, title: `${t.title} (تحديث)` } : t)) };
  const c = pageUnits(prepareSite({ timeline, docs: retitled.docs, extractions: a.x.extractions, extracted: { ...retitled, timeline }, outDir: '' }));
  const changed = changedPages(a.units, c).render.map((u) => u.path);
  assert.ok(changed.includes(`articles/${first.article.id}/index.html`), changed.join(' '));
  assert.ok(!changed.includes(`articles/${second.article.id}/index.html`), 'another article page is not rendered again');
  assert.ok(!changed.includes('about/index.html'));
});

test('changedPages: new and changed digests are rendered, paths no longer there are removed', () => {
  const unit = (path: string, digest: string) => ({ template: 't.njk', path, digest });
  const result = changedPages([unit('a', '1'), unit('b', '1'), unit('c', '1')], [unit('a', '1'), unit('b', '2'), unit('d', '1')]);
  assert.deepEqual(result.render.map((u) => u.path), ['b', 'd']);
  assert.deepEqual(result.removed, ['c']);
});

test('valueDigest: equal JSON, equal digest; any change in a string, a key, a number or the shape, another digest', () => {
  const long = 'ب'.repeat(500);
  const base = { a: ['ab', 'c'], n: 1, t: true, s: long, o: { x: null } };
  assert.equal(valueDigest(base), valueDigest(JSON.parse(JSON.stringify(base))));
  assert.equal(valueDigest({ ...base, u: undefined }), valueDigest(base), 'undefined is left out, as JSON leaves it');
  const variants = [
    { ...base, a: ['a', 'bc'] },
    { ...base, n: 2 },
    { ...base, n: '1' },
    { ...base, t: false },
    { ...base, s: `${long.slice(0, 250)}ت${long.slice(251)}` },
    { ...base, o: { y: null } },
    { ...base, o: [null] },
    { ...base, a: ['ab', 'c', ''] },
  ];
  const digests = new Set([base, ...variants].map(valueDigest));
  assert.equal(digests.size, variants.length + 1);
});

test('the watch session: digests through kept views and the session memo equal digests computed afresh, after an edit too', () => {
  const x = extractTimeline(SEEDS, null);
  const input = { timeline: x.timeline, docs: x.docs, extractions: x.extractions, extracted: x, outDir: '' };
  const memo: DigestMemo = new WeakMap();
  const kept = siteMemo();
  const before = pageUnits(prepareSite({ ...input, memo: kept }), memo);
  // an article retitled: seen on its page, and through the events it reports, the facet and timeline pages, the review
  const edited = x.docs[0]!.article.id;
  const timeline = { ...x.timeline, articles: x.timeline.articles.map((a) => (a.id === edited ? { ...a, title: `${a.title} (تحديث)` } : a)) };
  const docs = x.docs.map((d) => (d.article.id === edited ? { ...d, article: { ...d.article, title: `${d.article.title} (تحديث)` } } : d));
  const changed = { ...input, timeline, docs, extracted: { ...x, timeline, docs } };
  const after = pageUnits(prepareSite({ ...changed, memo: kept }), memo);
  const fresh = pageUnits(prepareSite(changed));
  assert.deepEqual(after.map((u) => [u.path, u.digest]), fresh.map((u) => [u.path, u.digest]));
  const render = changedPages(before, after).render.map((u) => u.path);
  assert.ok(render.includes(`articles/${edited}/index.html`) && render.includes('index.html') && render.some((p) => p.startsWith('review/')), render.join(' '));
  const reporting = x.timeline.events.filter((e) => e.sources.some((s) => s.article === edited));
  assert.ok(reporting.length > 0);
  for (const e of reporting) assert.ok(render.some((p) => p.startsWith(`events/`) && p.includes(e.id.slice(0, 10))), `the page of ${e.id}`);
  assert.ok(render.length < after.length, `${render.length} of ${after.length}`);
});

test('the watch session: a figure read again renders neither the article index nor the review page of another article that reports its event', () => {
  const x = extractTimeline(SEEDS, null);
  const kept = siteMemo();
  const memo: DigestMemo = new WeakMap();
  const first = prepareSite({ timeline: x.timeline, docs: x.docs, extractions: x.extractions, extracted: x, outDir: '', memo: kept });
  const before = pageUnits(first, memo);
  const figure = x.timeline.figures.find((f) => f.event && x.timeline.events.find((e) => e.id === f.event)!.sources.some((s) => s.article !== f.source.article));
  assert.ok(figure, 'the seeds have a figure whose event another article reports');
  const other = x.timeline.events.find((e) => e.id === figure.event)!.sources.find((s) => s.article !== figure.source.article)!.article;
  // read again with another value: a new id, and its event lists the new id
  const reread = { ...figure, id: `${figure.id}-2`, value: (figure.value ?? 0) + 1 };
  const timeline = {
    ...x.timeline,
    figures: x.timeline.figures.map((f) => (f === figure ? reread : f)),
    events: x.timeline.events.map((e) => (e.id === figure.event ? { ...e, figures: e.figures.map((id) => (id === figure.id ? reread.id : id)).sort() } : e)),
  };
  const second = prepareSite({ timeline, docs: x.docs, extractions: x.extractions, extracted: { ...x, timeline }, outDir: '', memo: kept });
  const render = changedPages(before, pageUnits(second, memo)).render.map((u) => u.path);
  assert.ok(render.includes(`articles/${figure.source.article}/index.html`), render.join(' '));
  assert.ok(!render.includes('articles/index.html'), 'the article index shows no figure');
  const reviewOf = (site: typeof first) => site.review.flatMap((p) => p.articles).find((a) => a.id === other);
  assert.equal(reviewOf(second), reviewOf(first), 'the review of the other article keeps its view (and with it its digest)');
});
