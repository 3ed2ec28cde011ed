import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Message } from '../report/index.js';
import { articleIdOf, readArticle, type ArticleDoc, type ReadResult } from './read-article.js';

/** Reads one article file (`readArticle`, or a memo of it that skips files unchanged on disk). */
export type ArticleReader = (path: string, displayPath: string) => ReadResult;

export const ARTICLE_EXTENSIONS = ['.md', '.markdown'];

/**
 * Reads every article in a content folder (not recursive), in file-name
 * order. Bad articles become messages; the rest are read.
 */
export function readArticles(dir: string, cwd = process.cwd(), read: ArticleReader = readArticle): { docs: ArticleDoc[]; messages: Message[] } {
  const docs: ArticleDoc[] = [];
  const messages: Message[] = [];
  const names = readdirSync(dir)
    .filter((name) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
    .filter((name) => !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const shown = relative(cwd, path);
    const display = shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
    const id = articleIdOf(path);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      messages.push({ file: display, place: null, reason: `article id \`${id}\` is already taken by ${earlier}: rename one of the files`, ruleId: 'read:duplicate-id', severity: 'error' });
      continue;
    }
    const result = read(path, display);
    messages.push(...result.messages);
    if (result.ok) {
      seen.set(id, display);
      docs.push(result.doc);
    }
  }
  return { docs, messages };
}
