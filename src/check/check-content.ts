import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { defaultCorrectionsFile, extractTimeline } from '../build.js';
import { LEXICON_DIR } from '../lexicon/index.js';
import { validateTimeline } from '../model/index.js';
import type { ArticleDoc } from '../read/index.js';
import { compareMessages, createLineIndex, formatMessage, type Message } from '../report/index.js';
import { reviewArticles, type Review } from './review-articles.js';

export interface CheckOptions {
  contentDir: string;
  /** The corrections file; undefined for the default (`content/corrections.yaml` when it exists), null for none. */
  corrections?: string | null;
  /**
   * Today (`YYYY-MM-DD`) for the future-`published` warning, or null to skip
   * it. `npm run check` passes the real day: it writes nothing, so reading
   * the clock cannot make a build differ.
   */
  today?: string | null;
  lexiconDir?: string;
}

export interface CheckResult {
  /** 1 when any message is an error. */
  exitCode: 0 | 1;
  /** Every problem, sorted by file, line, column and rule id. */
  messages: Message[];
  review: Review;
}

/**
 * Everything `npm run check` validates: every article (front matter, body),
 * every lexicon file, the corrections file, the timeline against its
 * contract, and the review warnings about what the machine read.
 *
 * @example
 *   checkContent({contentDir: 'content/articles', today: '2024-08-07'}).messages.map(formatMessage)
 *   // ['content/articles/x.md:7:12: warning: figure … has side unknown: … [check:side-unknown]', …]
 */
export function checkContent(options: CheckOptions): CheckResult {
  const correctionsFile = options.corrections === undefined ? defaultCorrectionsFile(options.contentDir) : options.corrections;
  const extracted = extractTimeline(options.contentDir, correctionsFile);
  const review = reviewArticles(extracted);
  const bodies = new Map(extracted.docs.map((d) => [d.article.id, d.body]));
  const messages = [
    ...review.articles.flatMap((a) => a.messages),
    ...review.general,
    ...(options.today ? futurePublished(extracted.docs, options.today) : []),
    ...lexiconYaml(options.lexiconDir ?? LEXICON_DIR),
    ...validateTimeline(extracted.timeline, bodies).map((reason): Message => ({ file: 'timeline.json', place: null, reason, ruleId: 'build:schema', severity: 'error' })),
  ];
  const unique = [...new Map(messages.map((m) => [formatMessage(m), m])).values()].sort(compareMessages);
  return { exitCode: unique.some((m) => m.severity === 'error') ? 1 : 0, messages: unique, review };
}

/** `published` after today: likely a typo in the year or month (check:published-future). */
function futurePublished(docs: readonly ArticleDoc[], today: string): Message[] {
  return docs
    .filter((doc) => doc.anchor > today)
    .map((doc): Message => {
      let place = null;
      try {
        const text = readFileSync(doc.file, 'utf8');
        const match = /^published[ \t]*:[ \t]*/m.exec(text);
        if (match) place = createLineIndex(text).toPosition(match.index + match[0].length);
      } catch {
        // the file moved since it was read: report without a position
      }
      return { file: doc.file, place, reason: `\`published\` is ${doc.anchor}, after today (${today}): check the year and month`, ruleId: 'check:published-future', severity: 'warning' };
    });
}

/**
 * Every lexicon file parses as YAML (the stages that load a lexicon check
 * its entries; this catches a broken file no stage has loaded).
 */
function lexiconYaml(dir: string): Message[] {
  const messages: Message[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yml')).sort()) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, merge: false, prettyErrors: false });
    const lines = createLineIndex(text);
    const shown = relative(process.cwd(), path) || path;
    for (const error of doc.errors) {
      messages.push({ file: shown, place: lines.toPosition(error.pos[0]), reason: `not valid YAML: ${error.message.split('\n')[0]}`, ruleId: 'lexicon:yaml', severity: 'error' });
    }
  }
  return messages;
}
