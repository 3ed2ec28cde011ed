// Preloaded into measured Node processes when GNU time is missing
// (scripts/bench/run-child.ts): appends this process's peak RSS in KB to
// $KHATT_BENCH_RSS_FILE when it exits.
import { appendFileSync } from 'node:fs';

const file = process.env.KHATT_BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
