import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Timeline } from '../../src/model/index.js';
import { readArticle } from '../../src/read/index.js';
import { formatMessage } from '../../src/report/index.js';
import { tempDir } from '../build/helpers.js';
import { buildHostile } from './build-hostile.js';
import { CASES, GOOD_ARTICLE, type BuiltCase, type RefusedCase } from './cases.js';

const build = buildHostile();
const timeline: Timeline = JSON.parse(readFileSync(join(build.out, 'data', 'timeline.json'), 'utf8'));
const ids = new Set(timeline.articles.map((a) => a.id));
const stem = (file: string) => file.replace(/\.(md|markdown)$/, '');
const linesFor = (file: string) => build.lines.filter((l) => l.startsWith(`${join(build.content, file)}:`));

function outputFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) outputFiles(path, out);
    else out.push(path);
  }
  return out;
}

test('the build with every hostile case exits 2, names each bad file, prints no stack trace', () => {
  assert.equal(build.run.status, 2, build.run.stderr);
  assert.doesNotMatch(build.run.stderr, /\n\s+at .+:\d+:\d+\)?\n/);
  assert.ok(build.lines.every((l) => !l.includes('Error:')), build.run.stderr);
});

test('the good article is in timeline.json and on the site', () => {
  assert.ok(ids.has(stem(GOOD_ARTICLE.file)));
  const pages = outputFiles(build.out).filter((p) => p.endsWith('.html'));
  assert.ok(pages.some((p) => readFileSync(p, 'utf8').includes('مقال سليم')), 'the good article has a page');
});

const groups = [...new Set(CASES.map((c) => c.group))];
for (const group of groups) {
  describe(`hostile input: ${group}`, () => {
    for (const c of CASES.filter((x) => x.group === group)) {
      if ('refused' in c) {
        test(`${c.name}: refused with its position and rule id`, () => {
          const r = (c as RefusedCase).refused;
          const where = r.line === null ? join(build.content, c.file) : `${join(build.content, c.file)}:${r.line}:${r.column}`;
          const lines = linesFor(c.file);
          assert.equal(lines.length, 1, `one message for ${c.file}:\n${build.run.stderr}`);
          const line = lines[0]!;
          assert.ok(line.startsWith(`${where}: `), line);
          assert.ok(line.endsWith(`[${r.ruleId}]`), line);
          if (r.reason) assert.match(line, r.reason);
          assert.equal(ids.has(stem(c.file)) && c.file !== 'dup.md', false, `${c.file} must not be in timeline.json`);
        });
      } else {
        test(`${c.name}: builds${(c as BuiltCase).warnings.length ? ' with a warning' : ''}`, () => {
          assert.ok(ids.has(stem(c.file)), `${c.file} is in timeline.json`);
          const lines = linesFor(c.file);
          assert.deepEqual(lines.map((l) => /\[([^\]]+)\]$/.exec(l)?.[1]).filter((r) => r?.startsWith('front-matter') || r?.startsWith('read')), (c as BuiltCase).warnings, lines.join('\n'));
          assert.ok(lines.every((l) => l.includes(': warning: ')), 'only warnings');
        });
      }
    }
  });
}

describe('nothing hostile reaches the output', () => {
  const files = outputFiles(build.out);
  const markup = files.filter((f) => /\.(html|xml|svg)$/.test(f));
  const hostile = CASES.flatMap((c) => ('hostile' in c ? c.hostile ?? [] : []));
  test('no hostile string in any HTML, XML or SVG file', () => {
    assert.ok(markup.length > 0);
    for (const file of markup) {
      const text = readFileSync(file, 'utf8');
      for (const h of hostile) assert.ok(!text.includes(h), `${h} found in ${file}`);
    }
  });
  test('no element anywhere carries an event-handler attribute or a javascript: URL', () => {
    for (const file of markup) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /<[a-zA-Z][^<>]*\son[a-z]+\s*=/, `event handler attribute in ${file}`);
      assert.doesNotMatch(text, /<[a-zA-Z][^<>]*(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i, `script URL in ${file}`);
    }
  });
  test('every inline JSON-LD block parses and holds no raw "<"', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
        assert.ok(!m[1]!.includes('<'), `raw < in JSON-LD of ${file}`);
        JSON.parse(m[1]!);
      }
    }
  });
  test('only http(s), relative and fragment links; outbound links are noopener noreferrer', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<a\b[^>]*>/g)) {
        const href = /href="([^"]*)"/.exec(m[0])?.[1];
        if (href === undefined) continue;
        assert.match(href, /^(https?:\/\/|\/|#|\.\.?\/|[^:]*$)/, `${href} in ${file}`);
        if (/^https?:/.test(href)) assert.match(m[0], /rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/, `${m[0]} in ${file}`);
      }
      assert.doesNotMatch(html, /<img[^>]+src="https?:/, `remote image in ${file}`);
    }
  });
  test('CSV cells never start a formula', () => {
    for (const file of files.filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(file, 'utf8');
      for (const cell of text.split(/,|\r?\n/)) {
        const unquoted = cell.replace(/^"/, '');
        assert.doesNotMatch(unquoted, /^[=+\-@\t\r]/, `${cell} in ${file}`);
      }
    }
  });
});

describe('property: the reader never throws and never prints a stack', () => {
  const dir = tempDir('khatt-fuzz-');
  let n = 0;
  const readBytes = (bytes: Uint8Array) => {
    const path = join(dir, `f${n++}.md`);
    writeFileSync(path, bytes);
    return readArticle(path, 'f.md');
  };
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = readBytes(bytes);
        for (const m of result.messages) assert.doesNotMatch(formatMessage(m), /\n|\bat .*\.ts:\d+/);
      }),
      { numRuns: 300 },
    );
  });
  test('random front matter', () => {
    const key = fc.constantFrom('title', 'published', 'url', 'outlet', 'x', '&a', '*a', '!!js/function', '? ', '-', '<<');
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('2024-01-23', '"2024-02-30"', '[1, 2]', '{a: 1}', '*a', '&a x', '|', '>', 'null', '~', 'javascript:x', '"\\u202E"'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), fc.string({ maxLength: 40 }), (pairs, body) => {
        const yaml = pairs.map(([k, v]) => `${k}: ${v}`).join('\n');
        const result = readBytes(new TextEncoder().encode(`---\n${yaml}\n---\n${body}`));
        if (result.ok) {
          assert.equal(typeof result.doc.article.published, 'string');
          assert.ok(result.doc.article.title.length > 0);
        }
        for (const m of result.messages) assert.doesNotMatch(formatMessage(m), /\n/);
      }),
      { numRuns: 300 },
    );
  });
});

test('---js front matter never runs', () => {
  assert.equal(existsSync('/tmp/khatt-pwned'), false);
});
