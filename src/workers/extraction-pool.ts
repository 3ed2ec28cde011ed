/**
 * Extraction on several threads, for large content folders: the build's
 * own thread and `workers` worker threads take articles from one shared
 * counter (`claimJob`), so a thread that is free takes the next article and
 * none waits on another's share. Each article is sent to the workers as
 * soon as it is read; the build's thread joins in once it has read them
 * all. Output does not depend on the threads: extraction is a pure
 * function of the article, and the caller puts the results back in file
 * order.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleExtraction } from '../extract/extract-article.js';
import type { ArticleDoc } from '../read/index.js';
import type { Message } from '../report/index.js';
import { claimJob, type FromWorker, type ToWorker } from './extraction-protocol.js';

/** Below this many articles to extract, starting a worker costs more than it saves (a worker takes about a second to load the rules). */
export const PARALLEL_MIN_ARTICLES = 48;

/**
 * Threads a build extracts on unless told otherwise: one, the build's own.
 * Measured on a 2-core machine (N = 1000 and 4000, idle), a worker made the
 * build slower: extraction is now a small part of it, a worker takes about
 * a second of CPU to load the rules, and V8's garbage collector already
 * keeps the second core busy (a one-thread build uses ~1.3 s of CPU per
 * second of wall time). `--threads N` is there for machines with more cores.
 */
export const DEFAULT_THREADS = 1;

export interface PoolResult {
  /** By article id: those the workers extracted and those this thread did. */
  extractions: Map<string, ArticleExtraction>;
  /** Articles no thread extracted (a worker's extraction threw, or the worker stopped): the caller extracts them. */
  failed: ArticleDoc[];
  /** The lexicons' problems as the workers loaded them, once each. */
  lexicon: Message[];
}

export interface ExtractionPool {
  /** Offers one article to every thread. */
  submit(doc: ArticleDoc): void;
  /**
   * Extracts in this thread every article no worker has claimed yet (with
   * `extract`; null leaves them all to the workers), then waits for the
   * workers and stops them.
   */
  finish(extract: ((doc: ArticleDoc) => ArticleExtraction) | null): Promise<PoolResult>;
}

const HERE = import.meta.url;
/** The worker module beside this one, with this module's own extension (`.ts` under tsx, `.js` when compiled). */
const WORKER_ENTRY = new URL(`./extraction-worker${extname(fileURLToPath(HERE))}`, HERE);

function startWorker(): Worker {
  if (WORKER_ENTRY.pathname.endsWith('.ts')) return new Worker(new URL('./ts-worker-boot.mjs', HERE), { workerData: { entry: WORKER_ENTRY.href } });
  return new Worker(WORKER_ENTRY);
}

/**
 * Starts `workers` extraction worker threads.
 *
 * @example
 *   const pool = startExtractionPool(1);
 *   for (const doc of docs) pool.submit(doc);
 *   const { extractions, failed, lexicon } = await pool.finish(extractArticle);
 */
export function startExtractionPool(workers: number): ExtractionPool {
  const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const docs: ArticleDoc[] = [];
  const extractions = new Map<string, ArticleExtraction>();
  const lexicon = new Map<string, Message>();

  const threads = Array.from({ length: Math.max(1, workers) }, () => {
    const worker = startWorker();
    const ended = new Promise<void>((resolve) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'done') {
          for (const m of message.lexicon) lexicon.set(JSON.stringify(m), m);
          resolve();
        } else if (message.type === 'extracted') {
          extractions.set(docs[message.job]!.article.id, message.extraction);
        } // 'failed': left out of `extractions`, so the caller extracts it
      });
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    const send = (message: ToWorker): void => worker.postMessage(message);
    send({ type: 'start', counter: counter.buffer as SharedArrayBuffer });
    return { worker, ended, send };
  });

  return {
    submit(doc) {
      const job = docs.push(doc) - 1;
      for (const t of threads) t.send({ type: 'job', job, article: doc.article, anchor: doc.anchor, file: doc.file, body: doc.body, bodyOffset: doc.bodyOffset });
    },
    async finish(extract) {
      if (extract) {
        for (let next = claimJob(counter, docs.length); next !== null; next = claimJob(counter, docs.length)) {
          const doc = docs[next]!;
          extractions.set(doc.article.id, extract(doc));
        }
      }
      for (const t of threads) t.send({ type: 'finish' });
      await Promise.all(threads.map((t) => t.ended));
      await Promise.all(threads.map((t) => t.worker.terminate()));
      const messages = [...lexicon.keys()].sort().map((key) => lexicon.get(key)!);
      return { extractions, failed: docs.filter((d) => !extractions.has(d.article.id)), lexicon: messages };
    },
  };
}
