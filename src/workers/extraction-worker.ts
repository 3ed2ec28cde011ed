/**
 * One extraction worker thread (started by `extraction-pool.ts`). It keeps
 * every job it is sent and, each time one arrives, claims and extracts jobs
 * until none it holds is left unclaimed (the build's own thread claims from
 * the same counter). At `finish` it sends the lexicons' messages and closes.
 * An extraction that throws is reported as failed, and the build runs that
 * article again in its own thread, so the error surfaces as it would
 * without workers.
 */
import { parentPort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { extractArticle } from '../extract/extract-article.js';
import { lexiconMessages } from '../lexicon/index.js';
import { extractSentences, parseBody, type ArticleDoc } from '../read/index.js';
import { claimJob, type FromWorker, type ToWorker } from './extraction-protocol.js';

type Job = Extract<ToWorker, { type: 'job' }>;

const port = parentPort;
if (!port) throw new Error('extraction-worker runs as a worker thread: start it through startExtractionPool');

/** The article as extraction sees it, read again from its body as `readArticle` reads it. Extraction reports nothing by position, so positions are refused loudly here. */
function docOf(job: Job): ArticleDoc {
  let tree: Root | undefined;
  return {
    article: job.article,
    anchor: job.anchor,
    file: job.file,
    body: job.body,
    bodyOffset: job.bodyOffset,
    get tree() {
      return (tree ??= parseBody(job.body));
    },
    sentences: extractSentences(job.body),
    positionOf() {
      throw new Error('extraction-worker: file positions are not available in a worker; extraction must not ask for them');
    },
  };
}

const jobs: Job[] = [];
let counter: Int32Array | null = null;

function extractClaimed(): void {
  if (!counter) return;
  for (let next = claimJob(counter, jobs.length); next !== null; next = claimJob(counter, jobs.length)) {
    const job = jobs[next]!;
    let reply: FromWorker;
    try {
      reply = { type: 'extracted', job: next, extraction: extractArticle(docOf(job)) };
    } catch (error) {
      reply = { type: 'failed', job: next, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port!.postMessage(reply);
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'start') counter = new Int32Array(message.counter);
  else if (message.type === 'job') jobs[message.job] = message;
  else {
    extractClaimed();
    const reply: FromWorker = { type: 'done', lexicon: lexiconMessages() };
    port.postMessage(reply);
    port.close();
    return;
  }
  extractClaimed();
});
