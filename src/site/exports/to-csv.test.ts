import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCsv } from './parse-csv.js';
import { BOM, csvCell, toCsv } from './to-csv.js';

test('formula starts are neutralised with a leading quote', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    assert.equal(csvCell(`${start}SUM(A1)`).replace(/^"/u, '')[0], "'", JSON.stringify(start));
  }
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('@cmd'), "'@cmd");
});

test('ordinary text, Arabic, and a formula character inside a cell are left alone', () => {
  assert.equal(csvCell('عين الأسد'), 'عين الأسد');
  assert.equal(csvCell('a=b'), 'a=b');
  assert.equal(csvCell('قاعدة، العراق'), 'قاعدة، العراق');
  assert.equal(csvCell(' =x'), ' =x');
});

test('numbers are data: negative numbers are not neutralised; null and NaN are empty', () => {
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(33.8), '33.8');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(Number.NaN), '');
});

test('RFC 4180 quoting: comma, quote, CR and LF force quotes; quotes are doubled', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line\nnext'), '"line\nnext"');
  assert.equal(csvCell('x\ry'), '"x\ry"');
  assert.equal(csvCell('=a,"b"'), '"\'=a,""b"""');
});

test('a file starts with the BOM and every line ends with CRLF', () => {
  const csv = toCsv(['a', 'b'], [['x', 1]]);
  assert.equal(csv, `${BOM}a,b\r\nx,1\r\n`);
  assert.equal(Buffer.from(csv, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
});

test('property: any cells read back as written (text that starts a formula gets its quote)', () => {
  const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('=1', '+x', '-', '@', '\t', '\r\n', '"', ',', 'عين "الأسد"'));
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
      const back = parseCsv(toCsv(['a', 'b', 'c'], rows));
      assert.deepEqual(back[0], ['a', 'b', 'c']);
      const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/u.test(c) ? `'${c}` : c)));
      assert.deepEqual(back.slice(1), expected);
    }),
  );
});

test('the test reader refuses malformed CSV', () => {
  assert.throws(() => parseCsv('a,b\nc,d\n'), /unexpected/u);
  assert.throws(() => parseCsv('a,"b\r\n'), /unclosed quote/u);
  assert.throws(() => parseCsv('a,b"c\r\n'), /quote in an unquoted cell/u);
  assert.throws(() => parseCsv('a,b\r\nc\r\n'), /row 2 has 1 cells/u);
  assert.throws(() => parseCsv('a,b'), /last line without CRLF/u);
});
