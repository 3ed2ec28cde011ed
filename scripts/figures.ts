/**
 * npm run figures -- [--content DIR]
 *
 * Prints, per article, each figure read from it: quote → kind, side, value,
 * min, max, qualifier, country, since, asOf and the rule that made it. One
 * line per figure, stable order, so an Arabic reader can review extraction
 * as a diff.
 */
import { extractTimeline } from '../src/build.js';
import type { Figure } from '../src/model/index.js';
import { checkInputs, parseCommandLine } from './cli.js';

const usage = 'usage: npm run figures -- [--content DIR]';

function main(): number {
  const values = parseCommandLine({ options: { content: { type: 'string', default: 'content/articles' } } }, usage, 'khatt figures');
  if (typeof values === 'number') return values;
  if (!checkInputs({ content: values.content }, 'khatt figures')) return 1;
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
