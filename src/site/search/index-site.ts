/**
 * Runs Pagefind over a built site folder and writes its search bundle to
 * `<outDir>/pagefind/`. Pagefind picks each page's language from
 * `<html lang>` (the site's pages say `ar`) and indexes only what is inside
 * `data-pagefind-body` when a page marks it (else the whole `<body>`).
 * Search then runs in the browser from the bundle: nothing is fetched from
 * elsewhere. `search-client.js` normalises queries before they reach it.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  /** Pages indexed. */
  pages: number;
  /** Where the bundle was written. */
  bundle: string;
}

/** The pages with `data-pagefind-body` (templates/article.njk, templates/event.njk). */
export const INDEXED_PAGES = '{articles,events}/**/*.html';

/**
 * Parts of the indexed pages that repeat what an article page already holds,
 * left out of the index: an event page's source quotes, its figure lists and
 * its "when the sources differ" quotes (templates/event.njk), and an
 * article page's notes on what was read from it (templates/article.njk).
 * A quoted sentence is then found once, on its article's page; the event
 * is still found by its summary, place and actors. This halves the index
 * and Pagefind's time on a large site.
 */
export const REPEATED_TEXT = ['.sources', '.compare', '.fig-list', '.notes'] as const;

/** Everything inside an indexed page that Pagefind skips: graphics, their data tables, navigation, and `REPEATED_TEXT`. */
export const EXCLUDED_SELECTORS: readonly string[] = ['svg', '.khatt-graphic-data', 'nav', 'footer', ...REPEATED_TEXT];

/**
 * @example await indexSite('/tmp/khatt/out/site') // {pages: 42, bundle: '/tmp/khatt/out/site/pagefind'}
 */
export async function indexSite(outDir: string): Promise<IndexResult> {
  const bundle = join(outDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, excludeSelectors: [...EXCLUDED_SELECTORS] });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // Only article and event pages carry `data-pagefind-body`, so only they are
    // indexed; reading just their folders spares Pagefind parsing every other page.
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    // The bundle is taken in memory and written here, synchronously and whole:
    // Pagefind's own `writeFiles` was seen to resolve under load before every
    // file was on disk (a 0-byte CSS file in the output).
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`pagefind: ${got.errors.join('; ')}`);
    // Written beside the old bundle, then swapped in: a rebuild (the watch
    // mode) leaves no fragment of the last index behind.
    const fresh = `${bundle}.new`;
    rmSync(fresh, { recursive: true, force: true });
    for (const file of [...got.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const target = join(fresh, file.path);
      if (!target.startsWith(fresh + sep)) throw new Error(`pagefind: file outside its bundle: ${file.path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    rmSync(bundle, { recursive: true, force: true });
    renameSync(fresh, bundle);
    return { pages: added.page_count, bundle };
  } finally {
    await pagefind.close();
  }
}
