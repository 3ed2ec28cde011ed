/**
 * npm run check -- [--content DIR] [--corrections FILE] [--json] [--review] [--today YYYY-MM-DD]
 *
 * Validates every article, every lexicon file and the corrections file, and
 * reports what the machine read that needs an editor's eye. One line per
 * problem on stdout, `path:line:col: reason [rule-id]` (warnings marked
 * `warning:`); `--json` prints them as JSON, `--review` the whole review
 * data (every date, figure and event per article). Writes nothing.
 *
 * Exit codes: 0 no errors (warnings allowed); 1 errors, or bad options.
 */
import { checkContent } from '../src/check/index.js';
import { isCalendarDay } from '../src/corrections/index.js';
import { formatMessage } from '../src/report/index.js';
import { checkInputs, parseCommandLine } from './cli.js';

const usage = 'usage: npm run check -- [--content DIR] [--corrections FILE] [--json] [--review] [--today YYYY-MM-DD]';

function main(): number {
  const values = parseCommandLine({
    options: {
        content: { type: 'string', default: 'content/articles' },
        corrections: { type: 'string' },
        json: { type: 'boolean', default: false },
        review: { type: 'boolean', default: false },
        today: { type: 'string' },
    },
  }, usage);
  if (typeof values === 'number') return values;
  if (!checkInputs({ content: values.content, corrections: values.corrections })) return 1;
  if (values.today !== undefined && !isCalendarDay(values.today)) {
    console.error(`khatt: --today ${values.today} is not a day written YYYY-MM-DD`);
    return 1;
  }
  // The one place that reads the clock: check writes nothing, so "is
  // `published` in the future?" cannot make any output differ. Builds never do this.
  const today = values.today ?? new Date(Date.now()).toISOString().slice(0, 10);
  const result = checkContent({ contentDir: values.content, today, ...(values.corrections !== undefined ? { corrections: values.corrections } : {}) });
  const errors = result.messages.filter((m) => m.severity === 'error').length;
  const warnings = result.messages.length - errors;
  if (values.review) {
    console.log(JSON.stringify(result.review, null, 2));
  } else if (values.json) {
    const messages = result.messages.map((m) => ({ file: m.file, line: m.place?.line ?? null, column: m.place?.column ?? null, severity: m.severity, ruleId: m.ruleId, reason: m.reason }));
    console.log(JSON.stringify({ messages, errors, warnings }, null, 2));
  } else {
    for (const message of result.messages) console.log(formatMessage(message));
  }
  const articles = result.review.articles.length;
  console.error(`khatt check: ${articles} article${articles === 1 ? '' : 's'} read, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return result.exitCode;
}

process.exitCode = main();
