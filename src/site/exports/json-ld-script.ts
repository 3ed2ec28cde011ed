/**
 * schema.org JSON-LD as an inline `<script type="application/ld+json">`.
 * The JSON is made safe inside HTML (`<`, `>`, `&`, U+2028/9 written as
 * `\uXXXX`, so `</script>` in a title can never close the element) and
 * hashed, because the site's Content-Security-Policy allows inline scripts
 * only by hash: put `'${sha256}'` (with the single quotes) in `script-src`.
 */
import { createHash } from 'node:crypto';

export interface JsonLdScript {
  /** The whole element, ready to paste into `<head>`. */
  html: string;
  /** The element's text exactly as hashed. */
  json: string;
  /** The CSP hash source without quotes: `sha256-<base64>`. */
  sha256: string;
}

const UNSAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * @example jsonLdScript({'@type': 'NewsArticle', headline: '</script>'}).json // '{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}'
 */
export function jsonLdScript(data: unknown): JsonLdScript {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/gu, (c) => UNSAFE[c] ?? c);
  const sha256 = `sha256-${createHash('sha256').update(json, 'utf8').digest('base64')}`;
  return { html: `<script type="application/ld+json">${json}</script>`, json, sha256 };
}
