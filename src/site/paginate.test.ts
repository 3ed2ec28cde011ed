import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkByMonth, monthRangeText, paginate } from './paginate.js';

const month = (m: string, n: number): string[] => Array.from({ length: n }, () => m);

test('chunkByMonth keeps a month on one page where it fits and splits a month larger than a page', () => {
  const items = [...month('2023-10', 3), ...month('2023-11', 2), ...month('2023-12', 4), ...month('2024-01', 9), ...month('2024-02', 1)];
  const pages = chunkByMonth(items, (x) => x, 5);
  assert.deepEqual(pages.map((p) => p.join(',')), [
    '2023-10,2023-10,2023-10,2023-11,2023-11',
    '2023-12,2023-12,2023-12,2023-12',
    '2024-01,2024-01,2024-01,2024-01,2024-01',
    '2024-01,2024-01,2024-01,2024-01,2024-02',
  ]);
  assert.ok(pages.every((p) => p.length <= 5));
  assert.deepEqual(pages.flat(), items, 'nothing lost, nothing reordered');
  assert.deepEqual(chunkByMonth([], (x: string) => x, 5), []);
});

test('older pages keep their address and content when newer items arrive', () => {
  const before = chunkByMonth([...month('2023-10', 4), ...month('2023-11', 4)], (x) => x, 5);
  const after = chunkByMonth([...month('2023-10', 4), ...month('2023-11', 4), ...month('2023-12', 4)], (x) => x, 5);
  assert.deepEqual(after.slice(0, before.length - 1), before.slice(0, -1));
  const pages = paginate(after, '/places/x/', (items) => items[0]!);
  assert.deepEqual(pages.map((p) => p.url), ['/places/x/1/', '/places/x/2/', '/places/x/']);
  assert.deepEqual(pages.map((p) => p.permalink), ['places/x/1/index.html', 'places/x/2/index.html', 'places/x/index.html']);
});

test('the pager: older and newer links, the first, last and nearby pages with gaps', () => {
  const pages = paginate(Array.from({ length: 9 }, (_, i) => [String(i + 1)]), '/', (items) => `p${items[0]}`, '/timeline/');
  assert.equal(pages[8]!.url, '/');
  assert.equal(pages[0]!.url, '/timeline/1/');
  assert.equal(pages[0]!.pager.older, null);
  assert.deepEqual(pages[0]!.pager.newer, { url: '/timeline/2/', text: 'p2' });
  assert.deepEqual(pages[8]!.pager.older, { url: '/timeline/8/', text: 'p8' });
  assert.deepEqual(pages[4]!.pager.pages.map((l) => (l ? `${l.text}${l.current ? '*' : ''}` : '…')), ['p1', '…', 'p3', 'p4', 'p5*', 'p6', 'p7', '…', 'p9']);
  const one = paginate([['a']], '/', () => 'x');
  assert.equal(one[0]!.pager.many, false);
  assert.equal(one[0]!.url, '/');
});

test('monthRangeText names one month or the first and last', () => {
  assert.equal(monthRangeText('2024-01', '2024-01'), 'كانون الثاني 2024');
  assert.equal(monthRangeText('2023-10', '2023-12'), 'تشرين الأول 2023 – كانون الأول 2023');
});
