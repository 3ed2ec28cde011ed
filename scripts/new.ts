/**
 * npm run new -- --title "…" --published YYYY-MM-DD [--outlet "…"] [--url URL] [--slug ascii-slug] [--text FILE] [--content DIR]
 *
 * Writes content/articles/<day>-<slug>.md with valid front matter (and the
 * article text from --text FILE, or `-` for standard input). Prints the new
 * file's path. Never overwrites.
 *
 * Exit codes: 0 written; 1 nothing written (the reason is printed).
 */
import { readFileSync } from 'node:fs';
import { writeNewArticle } from '../src/editor/index.js';
import { checkInputs, parseCommandLine } from './cli.js';

const usage = 'usage: npm run new -- --title "…" --published YYYY-MM-DD [--outlet "…"] [--url URL] [--slug ascii-slug] [--text FILE|-] [--content DIR]';

function main(): number {
  const values = parseCommandLine({
    options: {
        title: { type: 'string' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        slug: { type: 'string' },
        text: { type: 'string' },
        content: { type: 'string', default: 'content/articles' },
    },
  }, usage);
  if (typeof values === 'number') return values;
  if (values.title === undefined || values.published === undefined) {
    console.error(`khatt: --title and --published are required\n${usage}`);
    return 1;
  }
  if (!checkInputs({ content: values.content })) return 1;
  let text = '';
  if (values.text !== undefined) {
    try {
      text = readFileSync(values.text === '-' ? 0 : values.text, 'utf8');
    } catch (error) {
      console.error(`khatt: cannot read --text ${values.text} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return 1;
    }
  }
  const result = writeNewArticle(values.content, {
    title: values.title,
    published: values.published,
    outlet: values.outlet ?? null,
    url: values.url ?? null,
    slug: values.slug ?? null,
    text,
  });
  if (!result.ok) {
    console.error(`khatt: ${result.reason}`);
    return 1;
  }
  console.log(result.path);
  console.error(text === ''
    ? `khatt: wrote ${result.path}; paste the article text below its front matter, then: npm run check`
    : `khatt: wrote ${result.path}; next: npm run check`);
  return 0;
}

process.exitCode = main();
