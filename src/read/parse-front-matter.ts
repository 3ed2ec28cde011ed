import { isMap, isScalar, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { Article } from '../model/types.js';

/**
 * Parses and validates front matter with the `yaml` package: YAML 1.2 core
 * schema (a date stays a string), no custom tags, no aliases, no duplicate
 * keys. Problems come back with offsets into the YAML text; the caller turns
 * them into `file:line:column`.
 */

export interface FrontMatterProblem {
  offset: number;
  reason: string;
  ruleId: string;
  severity: 'error' | 'warning';
}

export interface FrontMatterFields {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

/** The tags of the YAML 1.2 core schema; anything else is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const KNOWN_KEYS = new Set(['title', 'outlet', 'url', 'published', 'tags', 'author', 'lang', 'note']);

/** `YYYY-MM-DD`, or a date-time with an explicit offset. */
const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Bidi embedding, override and isolate controls: never allowed in metadata. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/** A `key: value` of the front matter, with the offsets messages point at. */
interface FieldPair {
  key: string;
  keyOffset: number;
  /** The value as YAML reads it (a scalar's value, or the node of a list or map). */
  value: unknown;
  /** Where the value starts; the key's offset when the value is empty or null. */
  offset: number;
}

/**
 * One line of the common, simple front matter: a lower-case key at the
 * start of the line (YAML reads it as the same text), then a double-quoted
 * value with no control characters and no escapes but `\"` and `\\`, or
 * `null`.
 */
const SIMPLE_LINE = /^([a-z][a-z0-9_]{0,63}):[ ]+(?:"((?:[\u0020\u0021\u0023-\u005B\u005D-\u007E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|\\["\\])*)"|(null))[ ]*$/;

/**
 * The pairs of front matter made only of simple lines (and empty ones),
 * read without the YAML parser, which reads them the same way; null for
 * anything else (then `yaml` reads it, with its checks and messages).
 */
function simplePairs(yamlText: string): FieldPair[] | null {
  const pairs: FieldPair[] = [];
  const keys = new Set<string>();
  let lineStart = 0;
  while (lineStart < yamlText.length) {
    let lineEnd = yamlText.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = yamlText.length;
    const line = yamlText.slice(lineStart, lineEnd);
    if (line !== '') {
      const m = SIMPLE_LINE.exec(line);
      if (!m || keys.has(m[1]!)) return null; // a duplicate key is YAML's error to report
      keys.add(m[1]!);
      const quoted = m[2];
      pairs.push(quoted === undefined
        ? { key: m[1]!, keyOffset: lineStart, value: null, offset: lineStart }
        : { key: m[1]!, keyOffset: lineStart, value: quoted.includes('\\') ? quoted.replace(/\\(["\\])/g, '$1') : quoted, offset: lineStart + line.indexOf('"') });
    }
    lineStart = lineEnd + 1;
  }
  return pairs.length > 0 ? pairs : null;
}

/**
 * Reads and checks front matter. Simple front matter (every line `key:
 * "value"` or `key: null`, the usual case) is read directly, the same way
 * YAML reads it; anything else goes to `parseWithYaml`.
 *
 * @example
 *   parseFrontMatter('title: "قصف"\npublished: "2024-01-23"\n').fields.published // '2024-01-23'
 */
export function parseFrontMatter(yamlText: string): { fields: FrontMatterFields; problems: FrontMatterProblem[] } {
  const simple = simplePairs(yamlText);
  if (!simple) return parseWithYaml(yamlText);
  const problems: FrontMatterProblem[] = [];
  for (const pair of simple) warnUnknown(pair.key, pair.keyOffset, problems);
  return checkFields(simple, problems);
}

/**
 * Reads and checks front matter with the `yaml` package (what
 * `parseFrontMatter` does with anything but simple front matter; a test
 * pins the shortcut to it).
 */
export function parseWithYaml(yamlText: string): { fields: FrontMatterFields; problems: FrontMatterProblem[] } {
  const problems: FrontMatterProblem[] = [];
  const fields: FrontMatterFields = { title: null, outlet: null, url: null, published: null };
  const doc = parseDocument(yamlText, {
    schema: 'core',
    version: '1.2',
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
    strict: true,
    customTags: [],
  });
  // The first YAML error is the one to fix; later ones are often its echoes.
  const error = doc.errors[0];
  if (error) {
    problems.push({
      offset: error.pos[0],
      reason: `front matter is not valid YAML: ${firstLine(error.message)}`,
      ruleId: error.code === 'DUPLICATE_KEY' ? 'front-matter:duplicate-key' : 'front-matter:yaml',
      severity: 'error',
    });
    return { fields, problems };
  }
  // An unknown tag (`!!js/function`, `!custom`) is only a warning to the parser: refuse it.
  const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagWarning) {
    problems.push({ offset: tagWarning.pos[0], reason: 'custom YAML tags are not allowed in front matter: write plain values', ruleId: 'front-matter:tag', severity: 'error' });
    return { fields, problems };
  }

  // Anchors and aliases are refused outright (an alias bomb of a few hundred
  // bytes expands to hundreds of megabytes); the first one is reported.
  let refused: FrontMatterProblem | null = null;
  visit(doc, {
    Alias(_key, node) {
      refused ??= { offset: node.range?.[0] ?? 0, reason: 'YAML aliases (`*name`) are not allowed in front matter: write the value out', ruleId: 'front-matter:alias', severity: 'error' };
      return visit.BREAK;
    },
    Node(_key, node) {
      const anchored = node as YamlNode & { anchor?: string };
      if (anchored.anchor) {
        const at = yamlText.lastIndexOf('&', node.range?.[0] ?? 0);
        refused ??= { offset: Math.max(0, at), reason: 'YAML anchors (`&name`) are not allowed in front matter: write the value out', ruleId: 'front-matter:alias', severity: 'error' };
        return visit.BREAK;
      }
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        const at = yamlText.lastIndexOf('!', node.range?.[0] ?? 0);
        refused ??= { offset: Math.max(0, at), reason: `custom YAML tag \`${node.tag}\` is not allowed in front matter: write plain values`, ruleId: 'front-matter:tag', severity: 'error' };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (refused) return { fields, problems: [...problems, refused] };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    problems.push({ offset: 0, reason: 'front matter is empty: add `title:` and `published:`', ruleId: 'front-matter:published-required', severity: 'error' });
    return { fields, problems };
  }
  if (!isMap(root)) {
    problems.push({ offset: root.range?.[0] ?? 0, reason: 'front matter must be a list of `key: value` lines', ruleId: 'front-matter:not-a-map', severity: 'error' });
    return { fields, problems };
  }

  const pairs: FieldPair[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    const keyOffset = (pair.key as YamlNode | null)?.range?.[0] ?? 0;
    if (key === null) {
      problems.push({ offset: keyOffset, reason: 'front matter keys must be plain words', ruleId: 'front-matter:key', severity: 'error' });
      continue;
    }
    warnUnknown(key, keyOffset, problems);
    const node = pair.value as YamlNode | null;
    const offset = node?.range?.[0] ?? keyOffset;
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) pairs.push({ key, keyOffset, value: null, offset: keyOffset });
    else pairs.push({ key, keyOffset, value: isScalar(node) ? node.value : node, offset });
  }
  return checkFields(pairs, problems);
}

function warnUnknown(key: string, keyOffset: number, problems: FrontMatterProblem[]): void {
  if (!KNOWN_KEYS.has(key)) {
    problems.push({ offset: keyOffset, reason: `unknown front matter key \`${key}\` is ignored (known: title, outlet, url, published)`, ruleId: 'front-matter:unknown-key', severity: 'warning' });
  }
}

/** The fields from the pairs, checked (the problems found are added to `problems`). */
function checkFields(list: readonly FieldPair[], problems: FrontMatterProblem[]): { fields: FrontMatterFields; problems: FrontMatterProblem[] } {
  const fields: FrontMatterFields = { title: null, outlet: null, url: null, published: null };
  const pairs = new Map<string, FieldPair>();
  for (const pair of list) pairs.set(pair.key, pair);
  const valueOf = (key: string): { value: unknown; offset: number } | null => pairs.get(key) ?? null;

  // title (required, text)
  const title = valueOf('title');
  if (!title || title.value === null || title.value === '') {
    problems.push({ offset: title?.offset ?? 0, reason: 'missing `title`: add `title: "…"` to the front matter', ruleId: 'front-matter:title-required', severity: 'error' });
  } else if (typeof title.value !== 'string' && typeof title.value !== 'number') {
    problems.push({ offset: title.offset, reason: '`title` must be text', ruleId: 'front-matter:title-type', severity: 'error' });
  } else {
    fields.title = cleanText(String(title.value), title.offset, 'title', problems);
  }

  // outlet (optional, text)
  const outlet = valueOf('outlet');
  if (outlet && outlet.value !== null && outlet.value !== '') {
    if (typeof outlet.value !== 'string') {
      problems.push({ offset: outlet.offset, reason: '`outlet` must be text', ruleId: 'front-matter:outlet-type', severity: 'error' });
    } else {
      fields.outlet = cleanText(outlet.value, outlet.offset, 'outlet', problems);
    }
  }

  // url (optional, http or https only)
  const url = valueOf('url');
  if (url && url.value !== null && url.value !== '') {
    const checked = typeof url.value === 'string' ? checkUrl(url.value) : 'must be text';
    if (typeof checked === 'string') {
      problems.push({ offset: url.offset, reason: `\`url\` ${checked}`, ruleId: 'front-matter:url', severity: 'error' });
    } else {
      fields.url = checked.href;
    }
  }

  // published (required, a real calendar date)
  const published = valueOf('published');
  if (!published || published.value === null || published.value === '') {
    problems.push({ offset: published?.offset ?? 0, reason: 'missing `published`: add `published: YYYY-MM-DD` (the day the article appeared)', ruleId: 'front-matter:published-required', severity: 'error' });
  } else {
    const reason = checkPublished(published.value);
    if (reason) problems.push({ offset: published.offset, reason, ruleId: 'front-matter:published-format', severity: 'error' });
    else fields.published = String(published.value);
  }
  return { fields, problems };
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).trim();
}

/** Removes bidi controls (reported) and trims. */
function cleanText(text: string, offset: number, key: string, problems: FrontMatterProblem[]): string {
  if (BIDI_CONTROLS.test(text)) {
    BIDI_CONTROLS.lastIndex = 0;
    problems.push({ offset, reason: `bidi control characters removed from \`${key}\` (they can reorder what readers see)`, ruleId: 'front-matter:bidi-control', severity: 'warning' });
  }
  BIDI_CONTROLS.lastIndex = 0;
  return text.replace(BIDI_CONTROLS, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
}

/**
 * Accepts only http and https addresses. Whitespace and control characters
 * anywhere are refused first, because the URL parser strips them
 * (" java\tscript:" would become "javascript:").
 */
export function checkUrl(text: string): { href: string } | string {
  if (/[\u0000-\u0020\u007F-\u00A0\u2000-\u200F\u2028-\u202F\u2066-\u2069\uFEFF]/u.test(text)) {
    return 'must not contain spaces or control characters: give a plain http(s) address';
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return 'is not an address: give a full http(s) address such as https://example.org/news/1';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `must be http or https, not \`${parsed.protocol}\``;
  }
  return { href: parsed.href };
}

/** Null when `value` is a valid publication date, else the reason. */
export function checkPublished(value: unknown): string | null {
  if (typeof value !== 'string') {
    return '`published` must be a date written YYYY-MM-DD (in quotes or not), or a date-time with an offset';
  }
  const m = PUBLISHED.exec(value.trim());
  if (!m || value.trim() !== value) {
    return `\`published\` is \`${value.slice(0, 40)}\`: write YYYY-MM-DD, or a date-time with an offset such as 2024-01-23T10:00:00+03:00`;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return `\`published\` is \`${value}\`, which is not a day of the calendar`;
  }
  if (m[4] !== undefined) {
    const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hh > 23 || mm > 59 || ss > 59) return `\`published\` is \`${value}\`, which is not a time of day`;
  }
  return null;
}

/** The article's anchor day: the calendar day `published` names, as written. */
export function publishedDay(published: string): string {
  return published.slice(0, 10);
}

export type { Article };
