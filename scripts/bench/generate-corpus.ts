/**
 * The synthetic corpus of the benchmark: N valid Khatt articles made by
 * recombining the seed articles' sentences, deterministic from a seed value.
 *
 * Each generated article starts from one seed article (its block structure:
 * title line, paragraphs, headings) and
 *   - keeps each sentence or, with probability `mixRate`, swaps in a sentence
 *     from any seed, so articles differ while reading like news;
 *   - replaces every number of 1–3 digits (ASCII or Arabic-Indic): one up to
 *     31 by one in 1–28 (it may be a day of the month), a larger one by one
 *     of the same length; 4-digit numbers (years, mostly) are left alone;
 *   - replaces base and town names by others of the same list (`vary.yml`);
 *   - moves `published` forward by whole weeks (0–52), so a weekday named in
 *     a sentence still falls on the same weekday before publication and a
 *     date the seed names in the past stays in the past;
 *   - draws an outlet from `vary.yml`.
 * The files go to `outDir` (a temp folder, never `content/`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readArticles, type ArticleDoc } from '../../src/read/index.js';
import { mulberry32, pick, randomInt } from './mulberry32.js';

export interface CorpusOptions {
  /** The folder of seed articles (`content/articles`). */
  seedsDir: string;
  /** Where the articles are written (created when missing). */
  outDir: string;
  /** How many articles. */
  articles: number;
  /** The PRNG seed: the same seed gives byte-identical corpora. */
  seed: number;
  /** Share of sentences swapped for a sentence of another seed (default 0.3). */
  mixRate?: number;
}

export interface CorpusStats {
  files: number;
  /** Total bytes of the files (front matter included). */
  bytes: number;
  /** sha256 over the file names and contents, in order: the corpus's fingerprint. */
  sha256: string;
}

interface Vary {
  bases: string[];
  towns: string[];
  outlets: (string | null)[];
}

interface Block {
  kind: 'paragraph' | 'heading';
  sentences: string[];
}

const DAY_MS = 86_400_000;
const ARABIC_INDIC_ZERO = 0x0660;

/** Writes the corpus and returns its size and fingerprint. */
export function generateCorpus(options: CorpusOptions): CorpusStats {
  const { docs } = readArticles(options.seedsDir);
  if (docs.length === 0) throw new Error(`generateCorpus: no articles in ${options.seedsDir}`);
  const vary = parse(readFileSync(join(import.meta.dirname, 'vary.yml'), 'utf8')) as Vary;
  const random = mulberry32(options.seed);
  const mixRate = options.mixRate ?? 0.3;
  const seeds = docs.map((doc) => ({ doc, blocks: blocksOf(doc) }));
  const pool = seeds.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.sentences));
  const varyPlaces = placeVarier([vary.bases, vary.towns]);

  mkdirSync(options.outDir, { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  for (let i = 0; i < options.articles; i++) {
    const { doc, blocks } = pick(random, seeds);
    const lines = blocks.map((block, b) => {
      const sentences = block.sentences.map((s) => (b > 0 && block.kind === 'paragraph' && random() < mixRate ? pick(random, pool) : s));
      const text = sentences.map((s) => varyNumbers(varyPlaces(s, random), random)).join(' ');
      return block.kind === 'heading' ? `## ${text}` : text;
    });
    const title = (lines[0] ?? '').replace(/^#+ /, '');
    const published = shiftDay(doc.anchor, 7 * randomInt(random, 0, 52));
    const outlet = pick(random, vary.outlets);
    const id = `${published}-bench-${String(i).padStart(5, '0')}`;
    const text = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `outlet: ${outlet === null ? 'null' : JSON.stringify(outlet)}`,
      `url: "https://example.org/khatt-bench/${id}"`,
      `published: "${published}"`,
      '---',
      lines.join('\n\n'),
      '',
    ].join('\n');
    const name = `${id}.md`;
    writeFileSync(join(options.outDir, name), text);
    hash.update(name).update('\0').update(text).update('\0');
    bytes += Buffer.byteLength(text);
  }
  return { files: options.articles, bytes, sha256: hash.digest('hex') };
}

/** The seed's blocks (paragraphs and headings) as lists of sentence texts. */
function blocksOf(doc: ArticleDoc): Block[] {
  const blocks = new Map<number, Block>();
  for (const s of doc.sentences) {
    const block = blocks.get(s.block);
    if (block !== undefined) block.sentences.push(s.text);
    else blocks.set(s.block, { kind: s.blockKind, sentences: [s.text] });
  }
  return [...blocks.values()];
}

/** Replaces every 1–3 digit number by another (1–28 for one up to 31, else of the same length), in the same digit system. */
export function varyNumbers(text: string, random: () => number): string {
  return text.replace(/[0-9]+|[\u0660-\u0669]+/gu, (digits) => {
    if (digits.length > 3) return digits;
    const indic = digits.charCodeAt(0) >= ARABIC_INDIC_ZERO;
    const old = Number(indic ? [...digits].map((d) => d.charCodeAt(0) - ARABIC_INDIC_ZERO).join('') : digits);
    const value = String(old <= 31 ? randomInt(random, 1, 28) : randomInt(random, 10 ** (digits.length - 1), 10 ** digits.length - 1));
    return indic ? [...value].map((d) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(d))).join('') : value;
  });
}

/** A function replacing each listed name by another of its own list. */
function placeVarier(lists: string[][]): (text: string, random: () => number) => string {
  const listOf = new Map<string, string[]>();
  for (const list of lists) for (const name of list) listOf.set(name, list);
  const names = [...listOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(names.join('|'), 'gu');
  return (text, random) => text.replace(pattern, (name) => pick(random, listOf.get(name) ?? [name]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `YYYY-MM-DD` moved by `days` calendar days (UTC). */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
