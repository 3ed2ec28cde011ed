/**
 * The pages a sitemap lists: every HTML page the build wrote, found on
 * disk after Eleventy (so no page is forgotten), less those search engines
 * should not list: the 404 page, the editors' review and redirect pages.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders whose pages are not listed (`review/` is noindex). */
const UNLISTED = /^(?:review\/|pagefind\/|404\.html$)/u;

/**
 * @example sitemapPages('dist', new Set(['events/old/index.html'])) // ['/', '/about/', '/actors/', …]
 */
export function sitemapPages(outDir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const file = relative(outDir, path).split(sep).join('/');
        if (!UNLISTED.test(file) && !skip.has(file)) pages.push(`/${file.replace(/(?:^|\/)index\.html$/u, (m) => (m.startsWith('/') ? '/' : ''))}`);
      }
    }
  };
  walk(outDir);
  return pages;
}
