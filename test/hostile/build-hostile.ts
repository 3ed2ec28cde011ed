import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScript, tempDir, type CliRun } from '../build/helpers.js';
import { CASES, GOOD_ARTICLE } from './cases.js';

export interface HostileBuild {
  content: string;
  out: string;
  run: CliRun;
  /** stderr lines. */
  lines: string[];
}

let built: HostileBuild | null = null;

/** Builds every case beside the good article, once per test process. */
export function buildHostile(): HostileBuild {
  if (built) return built;
  const content = tempDir('khatt-hostile-');
  writeFileSync(join(content, GOOD_ARTICLE.file), GOOD_ARTICLE.content);
  for (const c of CASES) writeFileSync(join(content, c.file), c.content);
  const out = join(tempDir(), 'site');
  const run = runScript('build', ['--content', content, '--out', out]);
  built = { content, out, run, lines: run.stderr.split('\n').filter((l) => l.length > 0) };
  return built;
}
