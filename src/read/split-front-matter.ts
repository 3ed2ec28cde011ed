/**
 * Splits a decoded article file into its front matter block and its body, per
 * the contract: the body is everything after the line break that follows the
 * closing `---` (a leading BOM already removed by the caller).
 */

export interface FrontMatterSplit {
  /** The YAML text between the fences (may be empty). */
  yaml: string;
  /** Offset of `yaml` in the file text. */
  yamlOffset: number;
  /** The body text. */
  body: string;
  /** Offset of the body in the file text. */
  bodyOffset: number;
}

export type SplitResult =
  | { ok: true; value: FrontMatterSplit }
  | { ok: false; reason: string; ruleId: string; offset: number };

const OPEN = /^---[ \t]*(\r?\n)/;
const OPEN_WITH_LANGUAGE = /^---[ \t]*([A-Za-z]\w*)[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * @example
 *   splitFrontMatter('---\ntitle: x\n---\nنص\n')
 *   // {ok: true, value: {yaml: 'title: x\n', yamlOffset: 4, body: 'نص\n', bodyOffset: 17}}
 */
export function splitFrontMatter(text: string): SplitResult {
  const language = OPEN_WITH_LANGUAGE.exec(text);
  if (language) {
    return {
      ok: false,
      reason: `front matter in \`${language[1]}\` is not read (it could run code); write YAML between plain \`---\` lines`,
      ruleId: 'front-matter:language',
      offset: 3,
    };
  }
  const open = OPEN.exec(text);
  if (!open) {
    return {
      ok: false,
      reason: 'no front matter: start the file with a `---` line, then `title:` and `published:`, then a closing `---` line',
      ruleId: 'front-matter:missing',
      offset: 0,
    };
  }
  const yamlOffset = open[0].length;
  CLOSE.lastIndex = yamlOffset;
  // An empty block ("---\n---\n") closes on the very next line.
  const close = CLOSE.exec(text);
  if (!close) {
    return {
      ok: false,
      reason: 'front matter is not closed: add a `---` line after the last field',
      ruleId: 'front-matter:unclosed',
      offset: 0,
    };
  }
  const bodyOffset = close.index + close[0].length;
  return {
    ok: true,
    value: { yaml: text.slice(yamlOffset, close.index), yamlOffset, body: text.slice(bodyOffset), bodyOffset },
  };
}
