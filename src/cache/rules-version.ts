import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(dirname(fileURLToPath(import.meta.url)));

/** The folders whose code and data decide what an article yields. */
const EXTRACTION_FOLDERS = ['read', 'normalize', 'numbers', 'dates', 'lexicon', 'gazetteer', 'extract', 'model'];

let memo: string | null = null;

/**
 * A digest of every source and lexicon file that extraction depends on:
 * change a rule or a lexicon entry and every cached extraction is stale.
 *
 * @example
 *   rulesVersion() // '3f1c…' (64 hex digits; the same for the same code)
 */
export function rulesVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.test.ts') && /\.(ts|yml|json)$/.test(name)) files.push(path);
    }
  };
  for (const folder of EXTRACTION_FOLDERS) walk(join(SRC, folder));
  for (const file of files) {
    hash.update(relative(SRC, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  memo = hash.digest('hex');
  return memo;
}
