import { createHash } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPublished, checkUrl, publishedDay, readArticle } from '../read/index.js';
import { formatMessage } from '../report/index.js';

export interface NewArticle {
  title: string;
  /** `YYYY-MM-DD`, or a date-time with an offset. */
  published: string;
  outlet?: string | null;
  url?: string | null;
  /** ASCII file-name slug; default `article-` + a short hash of the title (never a transliteration). */
  slug?: string | null;
  /** The article text (Markdown); empty leaves a body to paste in. */
  text?: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Control characters and bidi controls never belong in metadata. */
const CONTROLS = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * The file name of a new article, `<day>-<slug>.md`, or the reason it cannot
 * be made. Arabic titles are not transliterated: without `slug`, the name
 * ends in `article-` and six hex digits of the title's SHA-256.
 *
 * @example
 *   articleFileName({title: 'ضربات أميركية على ثلاث منشآت', published: '2024-01-23'})
 *   // '2024-01-23-article-5d1c0e.md' (the digits depend on the title)
 *   articleFileName({title: '…', published: '2024-01-23', slug: 'kataib-hezbollah-strikes'})
 *   // '2024-01-23-kataib-hezbollah-strikes.md'
 */
export function articleFileName(article: NewArticle): string | { reason: string } {
  const reason = checkPublished(article.published);
  if (reason) return { reason };
  const title = cleanTitle(article.title);
  if (title === '') return { reason: '`--title` is empty: give the article\'s headline' };
  if (article.slug !== undefined && article.slug !== null && !SLUG.test(article.slug)) {
    return { reason: `\`--slug ${article.slug}\` must be ASCII: lower case letters, digits and hyphens (kataib-hezbollah-strikes)` };
  }
  const slug = article.slug ?? `article-${createHash('sha256').update(title).digest('hex').slice(0, 6)}`;
  return `${publishedDay(article.published)}-${slug}.md`;
}

/**
 * The text of a new article file: front matter the reader accepts (JSON
 * strings are YAML 1.2 double-quoted scalars, so any title is safe), then
 * the body.
 */
export function newArticleText(article: NewArticle): string | { reason: string } {
  const reason = checkPublished(article.published);
  if (reason) return { reason };
  let url: string | null = null;
  if (article.url) {
    const checked = checkUrl(article.url);
    if (typeof checked === 'string') return { reason: `\`--url\` ${checked}` };
    url = checked.href;
  }
  const outlet = article.outlet ? cleanTitle(article.outlet) || null : null;
  const quoted = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));
  const body = (article.text ?? '').replace(/^\uFEFF/, '');
  return [
    '---',
    `title: ${quoted(cleanTitle(article.title))}`,
    `outlet: ${quoted(outlet)}`,
    `url: ${quoted(url)}`,
    `published: ${quoted(article.published)}`,
    '---',
    body === '' ? '' : body.endsWith('\n') ? body : `${body}\n`,
  ].join('\n');
}

/**
 * Writes `<contentDir>/<day>-<slug>.md`. Refuses to overwrite; reads the new
 * file back with the article reader and removes it if the reader refuses it.
 */
export function writeNewArticle(contentDir: string, article: NewArticle): { ok: true; path: string } | { ok: false; reason: string } {
  const name = articleFileName(article);
  if (typeof name !== 'string') return { ok: false, reason: name.reason };
  const text = newArticleText(article);
  if (typeof text !== 'string') return { ok: false, reason: text.reason };
  const path = join(contentDir, name);
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, reason: `${path} already exists: choose another --slug, or edit that file` };
    return { ok: false, reason: `cannot write ${path} (${code ?? 'error'})` };
  }
  const read = readArticle(path);
  const errors = read.messages.filter((m) => m.severity === 'error');
  if (!read.ok || errors.length > 0) {
    unlinkSync(path);
    return { ok: false, reason: `the new file would not read: ${errors.map(formatMessage).join('; ')}` };
  }
  return { ok: true, path };
}

function cleanTitle(text: string): string {
  return text.replace(CONTROLS, ' ').replace(/\s+/gu, ' ').trim();
}
