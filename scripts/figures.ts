/**
 * npm run figures -- [--content DIR]
 *
 * Prints, per article, each figure read from it: quote → kind, side, value,
 * min, max, qualifier, country, since, asOf and the rule that made it. One
 * line per figure, stable order, so an Arabic reader can review extraction
 * as a diff.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractTimeline } from '../src/build.js';
import type { Figure } from '../src/model/index.js';

const usage = 'usage: npm run figures -- [--content DIR]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: { content: { type: 'string', default: 'content/articles' }, help: { type: 'boolean', default: false } }, strict: true }));
  } catch (error) {
    console.error(`khatt figures: ${(error as Error).message}\n${usage}`);
    return 1;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!existsSync(values.content) || !statSync(values.content).isDirectory()) {
    console.error(`khatt figures: content folder ${values.content} does not exist: pass --content DIR`);
    return 1;
  }
  const { docs, extractions } = extractTimeline(values.content);
  for (const doc of [...docs].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    const figures = extractions.get(doc.article.id)?.figures ?? [];
    console.log(`\n# ${doc.article.id} (${figures.length})`);
    for (const figure of figures) console.log(formatFigure(figure, doc.positionOf(figure.source.start)));
  }
  return 0;
}

/** One review line: `line:col «quote» → kind side value [min–max] qualifier country since→asOf rule`. */
function formatFigure(f: Figure, at: { line: number; column: number }): string {
  const range = `${f.min ?? '…'}–${f.max ?? '…'}`;
  const quote = f.source.quote.replace(/\s+/g, ' ');
  return `${at.line}:${at.column}\t«${quote}» → ${f.kind} ${f.side} ${f.value ?? '-'} [${range}] ${f.qualifier} ${f.country ?? '-'} ${f.since ?? '-'}→${f.asOf} ${f.rule ?? ''}`;
}

process.exitCode = main();
