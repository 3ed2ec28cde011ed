import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = join(ROOT, 'content', 'articles');

export function tempDir(prefix = 'khatt-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temp content folder holding copies of the named seed articles (all when none named). */
export function seedCopy(names?: string[]): string {
  const dir = tempDir('khatt-content-');
  for (const name of names ?? readdirSync(SEEDS)) cpSync(join(SEEDS, name), join(dir, name));
  return dir;
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command-line script (`scripts/<name>.ts`) as a user would. */
export function runScript(name: string, args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', `${name}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative path → bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}
