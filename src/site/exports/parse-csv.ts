/**
 * A strict RFC 4180 reader, for tests: it reads back what `toCsv` wrote and
 * throws on anything malformed (a quote inside an unquoted cell, an
 * unclosed quote, a bare LF where CRLF is required, rows of unequal length).
 */

/**
 * Parses CSV text (a leading BOM is removed) into rows of cells.
 *
 * @example parseCsv('\uFEFFa,b\r\n"x,1",2\r\n') // [['a', 'b'], ['x,1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  const fail = (reason: string): never => {
    throw new Error(`csv: ${reason} at offset ${at}`);
  };
  while (at < body.length) {
    let cell = '';
    if (body[at] === '"') {
      at += 1;
      for (;;) {
        const quote = body.indexOf('"', at);
        if (quote < 0) fail('unclosed quote');
        cell += body.slice(at, quote);
        at = quote + 1;
        if (body[at] === '"') {
          cell += '"';
          at += 1;
        } else break;
      }
    } else {
      const m = /[^,\r\n]*/uy;
      m.lastIndex = at;
      cell = m.exec(body)?.[0] ?? '';
      if (cell.includes('"')) fail('quote in an unquoted cell');
      at += cell.length;
    }
    row.push(cell);
    if (body[at] === ',') {
      at += 1;
    } else if (body.startsWith('\r\n', at)) {
      at += 2;
      rows.push(row);
      row = [];
    } else if (at >= body.length) {
      fail('last line without CRLF');
    } else {
      fail(`unexpected ${JSON.stringify(body[at])}`);
    }
  }
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, i) => {
    if (r.length !== width) throw new Error(`csv: row ${i + 1} has ${r.length} cells, the header ${width}`);
  });
  return rows;
}
