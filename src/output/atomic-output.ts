import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Builds into a sibling temporary folder and swaps it in only when the whole
 * build succeeded: a failed build leaves the previous output as it was.
 */
export interface AtomicOutput {
  /** Where to write during the build. */
  dir: string;
  /** Replaces the output folder with what was written. */
  commit(): void;
  /** Throws away what was written. */
  abandon(): void;
}

export function openAtomicOutput(outDir: string): AtomicOutput {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
  return {
    dir,
    commit() {
      if (existsSync(target)) {
        const old = `${dir}.old`;
        renameSync(target, old);
        renameSync(dir, target);
        rmSync(old, { recursive: true, force: true });
      } else {
        renameSync(dir, target);
      }
    },
    abandon() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
