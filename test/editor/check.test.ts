import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScript, tempDir } from '../build/helpers.js';

const LINE = /^(.+):(\d+):(\d+): (?:warning: |info: )?.+ \[[a-z-]+:[a-z0-9-]+\]$/;

/** A content folder with one problem per file, and a corrections file beside it. */
function problemContent(): { root: string; articles: string } {
  const root = tempDir('khatt-check-');
  const articles = join(root, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, 'broken.md'), '---\ntitle: "بلا تاريخ"\noutlet: x\n---\nنص المقال.\n');
  writeFileSync(join(articles, 'english.md'), '---\ntitle: "x"\npublished: "2024-08-06"\n---\nOnly English here.\n');
  writeFileSync(join(articles, 'future.md'), '---\ntitle: "مقال"\noutlet: null\npublished: "2030-01-01"\n---\nنص المقال.\n');
  writeFileSync(join(articles, 'fine.md'), '---\ntitle: "مقال"\npublished: "2024-08-06"\n---\nنص قصير.\n');
  writeFileSync(join(root, 'corrections.yaml'), '# corrections\n- drop: {event: 2023-10-17-attack-gone}\n- figure: f1\n  sett: {side: us}\n');
  return { root, articles };
}

test('check on a temp content folder: one line per problem, path:line:col: reason [rule-id], errors exit 1', () => {
  const { root, articles } = problemContent();
  const run = runScript('check', ['--content', articles, '--today', '2024-08-10']);
  assert.equal(run.status, 1, run.stderr);
  const ours = run.stdout.split('\n').filter((l) => l.startsWith(root));
  assert.deepEqual(ours, [
    `${join(articles, 'broken.md')}:2:1: missing \`published\`: add \`published: YYYY-MM-DD\` (the day the article appeared) [front-matter:published-required]`,
    `${join(articles, 'english.md')}:5:1: warning: the body has no Arabic text: nothing will be extracted from it [read:no-arabic]`,
    `${join(articles, 'future.md')}:4:12: warning: \`published\` is 2030-01-01, after today (2024-08-10): check the year and month [check:published-future]`,
    `${join(root, 'corrections.yaml')}:2:3: warning: event \`2023-10-17-attack-gone\` is not in this build: its id changed or it is no longer read; update or remove this correction [corrections:stale]`,
    `${join(root, 'corrections.yaml')}:3:3: a \`figure\` correction needs \`set:\` with what to change [corrections:entry]`,
    `${join(root, 'corrections.yaml')}:4:3: unknown key \`sett\` in a \`figure\` correction (allowed: figure, set, note) [corrections:unknown-key]`,
  ]);
  for (const line of run.stdout.split('\n').filter(Boolean)) assert.match(line, LINE);
  assert.match(run.stderr, /khatt check: 3 articles read, \d+ errors, \d+ warnings/);
});

test('check --json gives the same messages as data; --corrections names another file; warnings alone exit 0', () => {
  const { root, articles } = problemContent();
  writeFileSync(join(articles, 'broken.md'), '---\ntitle: "بتاريخ"\npublished: "2024-08-06"\n---\nنص المقال.\n');
  const other = join(root, 'other.yaml');
  writeFileSync(other, '- merge: [a, b]\n');
  const run = runScript('check', ['--content', articles, '--today', '2024-08-10', '--corrections', other, '--json']);
  const data = JSON.parse(run.stdout) as { messages: { file: string; line: number | null; column: number | null; severity: string; ruleId: string; reason: string }[]; errors: number; warnings: number };
  const ours = data.messages.filter((m) => m.file.startsWith(root));
  assert.deepEqual(ours.map((m) => [m.file, m.line, m.column, m.severity, m.ruleId]), [
    [join(articles, 'english.md'), 5, 1, 'warning', 'read:no-arabic'],
    [join(articles, 'future.md'), 4, 12, 'warning', 'check:published-future'],
    [other, 1, 11, 'warning', 'corrections:stale'],
    [other, 1, 14, 'warning', 'corrections:stale'],
  ]);
  assert.equal(run.status, data.errors > 0 ? 1 : 0);
  assert.equal(data.errors, data.messages.filter((m) => m.severity === 'error').length);
});

test('check on the seeds: every line is path:line:col: reason [rule-id] and the review has every article', () => {
  const run = runScript('check', ['--today', '2024-08-10', '--review']);
  const review = JSON.parse(run.stdout) as { articles: { id: string; dates: { rule: string; explanation: string }[]; figures: { rule: string | null }[] }[] };
  assert.equal(review.articles.length, 5);
  for (const article of review.articles) for (const date of article.dates) assert.ok(date.rule.startsWith('dates:') && date.explanation !== '');
  const text = runScript('check', ['--today', '2024-08-10']);
  for (const line of text.stdout.split('\n').filter(Boolean)) assert.match(line, LINE);
  assert.doesNotMatch(text.stdout + text.stderr, /\n\s+at /, 'no stack trace');
});

test('check refuses a missing content folder, a missing corrections file and a bad --today', () => {
  const dir = tempDir();
  assert.match(runScript('check', ['--content', join(dir, 'nope')]).stderr, /content folder .* does not exist/);
  const bad = runScript('check', ['--content', dir, '--corrections', join(dir, 'none.yaml'), '--today', '2024-13-01']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /corrections file .* does not exist/);
});
