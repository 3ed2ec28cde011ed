/**
 * npm test [-- PATTERN…]
 *
 * 1. type-checks (`tsc --noEmit`);
 * 2. makes sure Debian's Chromium is there for the browser tests (installs it
 *    with apt-get when running as root, else says how);
 * 3. runs every `*.test.ts` under src/ and test/ with node's test runner
 *    (only those whose path contains a PATTERN, when given).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM = process.env.KHATT_CHROMIUM ?? '/usr/bin/chromium';
const patterns = process.argv.slice(2);

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function findTests(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.error('khatt test: Chromium is missing; installing Debian\'s chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(CHROMIUM)) return true;
  }
  console.error(`khatt test: the browser tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set KHATT_CHROMIUM to a Chromium binary)`);
  return false;
}

if (run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']) !== 0) {
  console.error('khatt test: type check failed');
  process.exit(1);
}
const files = [...findTests('src'), ...findTests('test')].filter((f) => patterns.length === 0 || patterns.some((p) => f.includes(p)));
if (files.some((f) => f.includes('browser')) && !ensureChromium()) process.exit(1);
if (files.length === 0) {
  console.error('khatt test: no test files matched');
  process.exit(1);
}
process.exit(run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files]));
