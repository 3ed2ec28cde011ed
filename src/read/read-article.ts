import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Article } from '../model/types.js';
import { createLineIndex, type LineIndex, type Message } from '../report/index.js';
import { parseFrontMatter, publishedDay } from './parse-front-matter.js';
import { extractSentences, type Sentence } from './sentences.js';
import { splitFrontMatter } from './split-front-matter.js';

/** An article as read: its contract record, body, sentences and positions. */
export interface ArticleDoc {
  article: Article;
  /** The publication day (`YYYY-MM-DD`), the anchor of every relative date. */
  anchor: string;
  /** The file as given on the command line or found in the content folder. */
  file: string;
  body: string;
  /** Offset of the body in the file text (after a BOM), for positions. */
  bodyOffset: number;
  sentences: Sentence[];
  /** Body offset → `line:column` in the file. */
  positionOf(bodyOffset: number): { line: number; column: number };
}

export type ReadResult =
  | { ok: true; doc: ArticleDoc; messages: Message[] }
  | { ok: false; messages: Message[] };

/** Articles larger than this are refused with a message, never half-read. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const ARABIC_LETTER = /[\u0621-\u064A]/u;

/** One strict decoder for every file (a call without `stream` starts afresh, also after a refusal). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The article id: the file name without its extension. */
export function articleIdOf(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads one article file. Never throws for content problems: every problem
 * is a message with `file:line:column` and a rule id.
 *
 * @param displayPath the path shown in messages.
 */
export function readArticle(path: string, displayPath = path): ReadResult {
  const messages: Message[] = [];
  const fail = (reason: string, ruleId: string, place: { line: number; column: number } | null = null): ReadResult => {
    messages.push({ file: displayPath, place, reason, ruleId, severity: 'error' });
    return { ok: false, messages };
  };

  const size = statSync(path).size;
  if (size > MAX_ARTICLE_BYTES) {
    return fail(`article is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit: split it or trim what is not the article`, 'read:too-large');
  }
  if (size === 0) return fail('file is empty: an article needs front matter (title, published) and a body', 'read:empty');
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(`file holds binary data (a NUL byte at byte ${nul}): save the article as UTF-8 text`, 'read:binary');

  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const index = createLineIndex(before);
    return fail(`file is not valid UTF-8 (byte ${at}): save it as UTF-8`, 'read:encoding', index.toPosition(before.length));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = createLineIndex(text);

  const split = splitFrontMatter(text);
  if (!split.ok) return fail(split.reason, split.ruleId, lines.toPosition(split.offset));
  const { yaml, yamlOffset, body, bodyOffset } = split.value;

  const { fields, problems } = parseFrontMatter(yaml);
  for (const problem of problems) {
    messages.push({ file: displayPath, place: lines.toPosition(yamlOffset + problem.offset), reason: problem.reason, ruleId: problem.ruleId, severity: problem.severity });
  }
  if (problems.some((p) => p.severity === 'error') || fields.title === null || fields.published === null) {
    return { ok: false, messages };
  }

  if (!ARABIC_LETTER.test(body)) {
    messages.push({ file: displayPath, place: lines.toPosition(bodyOffset), reason: 'the body has no Arabic text: nothing will be extracted from it', ruleId: 'read:no-arabic', severity: 'warning' });
  }

  const doc: ArticleDoc = {
    article: { id: articleIdOf(path), title: fields.title, outlet: fields.outlet, url: fields.url, published: fields.published },
    anchor: publishedDay(fields.published),
    file: displayPath,
    body,
    bodyOffset,
    sentences: extractSentences(body),
    positionOf: positionIn(lines, bodyOffset),
  };
  return { ok: true, doc, messages };
}

function positionIn(lines: LineIndex, bodyOffset: number): ArticleDoc['positionOf'] {
  return (offset) => lines.toPosition(bodyOffset + offset);
}

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
