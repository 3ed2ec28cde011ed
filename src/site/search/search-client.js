// Khatt search: progressive enhancement over Pagefind. Load with
// <script type="module" src=".../search-client.js"> (no inline script).
// Enhances (the form works without JavaScript, submitting ?q= to the
// search page, which this script then reads):
//   <form role="search" action="search/" data-khatt-search
//     data-pagefind-bundle="pagefind/" (relative to the page; default
//     ../pagefind/ beside this file) data-label-count="{n} ..." data-label-empty="...">
//     <input type="search" name="q"></form>
//   <div data-khatt-search-results aria-live="polite"></div>
// Pagefind's Arabic stemmer drops diacritics but finds nothing for a word
// with و/ف before the article (والهجوم): each query is also searched
// without that proclitic, and the results merged.

// Harakat, Quranic marks, superscript alef, tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Alef with hamza above/below, madda, wasla -> bare alef.
const ALEFS = /[\u0623\u0625\u0622\u0671]/g;
// و or ف before ال / لل / بال / كال.
const CONJ_ARTICLE = /^[\u0648\u0641](?=(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)\p{L}{2})/u;
// و or ف before a word of at least four more letters.
const CONJ = /^[\u0648\u0641](?=\p{L}{4})/u;

/** A query with marks and tatweel removed and alef forms unified. */
export function normalizeQuery(query) {
  return String(query).normalize('NFC').replace(MARKS, '').replace(ALEFS, '\u0627').replace(/\s+/g, ' ').trim();
}

/** The queries to run: the normalised query, then (if different) its words without a leading conjunction. */
export function queryVariants(query) {
  const base = normalizeQuery(query);
  if (base === '') return [];
  const stripped = base
    .split(' ')
    .map((w) => (CONJ_ARTICLE.test(w) ? w.replace(CONJ_ARTICLE, '') : w.replace(CONJ, '')))
    .join(' ');
  return stripped === base ? [base] : [base, stripped];
}

/** Runs every variant and merges the results, the first variant's first. */
export async function searchAll(pagefind, query) {
  const seen = new Set();
  const merged = [];
  for (const variant of queryVariants(query)) {
    const found = await pagefind.search(variant);
    for (const result of found?.results ?? []) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return merged;
}

// Pagefind excerpts are HTML with <mark>; parsed inertly, only text and marks are kept.
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === 3) out.push(document.createTextNode(node.textContent));
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function enhance(form) {
  const input = form.querySelector('input[name="q"]');
  const output = document.querySelector('[data-khatt-search-results]');
  if (!input || !output) return;
  const bundle = form.dataset.pagefindBundle
    ? new URL(form.dataset.pagefindBundle, document.baseURI)
    : new URL('../pagefind/', import.meta.url);
  let pagefind = null;
  let last = 0;
  const run = async () => {
    const ticket = ++last;
    const query = input.value;
    if (normalizeQuery(query) === '') {
      output.replaceChildren();
      return;
    }
    pagefind ??= await import(new URL('pagefind.js', bundle).href);
    const results = await searchAll(pagefind, query);
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (ticket !== last) return;
    const status = document.createElement('p');
    status.textContent = results.length
      ? (form.dataset.labelCount ?? '{n}').replace('{n}', String(results.length))
      : (form.dataset.labelEmpty ?? '0');
    const list = document.createElement('ol');
    for (const item of data) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta?.title ?? item.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(item.excerpt ?? ''));
      li.append(link, excerpt);
      list.append(li);
    }
    output.replaceChildren(status, list);
  };
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}

if (typeof document !== 'undefined') {
  for (const form of document.querySelectorAll('form[data-khatt-search]')) enhance(form);
}
