/**
 * Bidi isolation for Latin runs inside Arabic text: names ("AC-130",
 * "C-130 Hercules"), addresses and ISO dates ("2023-10-17") are set apart
 * so the Arabic around them never reorders their parts. Number ranges with
 * a dash ("20–21") are left in logical order, as Arabic copy writes them.
 */

/** A run of Latin letters or digits, with inner separators. */
const RUN = /[A-Za-z0-9]+(?:(?:[-./:_?=&%#~+@]+| )[A-Za-z0-9]+)*/gu;
const NEEDS_ISOLATION = /[A-Za-z]|\d[-./:_]\d/u;

export interface BidiPart {
  text: string;
  /** true: an isolated left-to-right run. */
  ltr: boolean;
}

/**
 * False when no run of `text` needs isolation (then `bidiParts` gives one
 * part): a run that needs it has a Latin letter or a digit, separator, digit
 * sequence, and so has the text. A cheap test before `bidiParts`.
 *
 * @example mayIsolate('أصيب 8 أفراد') // false
 * @example mayIsolate('طائرة AC-130') // true
 */
export function mayIsolate(text: string): boolean {
  return NEEDS_ISOLATION.test(text);
}

/**
 * @example bidiParts('طائرة AC-130 في 2023-10-17')
 *   // [{text: 'طائرة ', ltr: false}, {text: 'AC-130', ltr: true}, {text: ' في ', ltr: false}, {text: '2023-10-17', ltr: true}]
 */
export function bidiParts(text: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (!NEEDS_ISOLATION.test(match[0])) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), ltr: false });
    parts.push({ text: match[0], ltr: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), ltr: false });
  return parts;
}

/** What `isolateHtml` ever changes: Latin letters and digits (runs) and the characters HTML escapes. */
const PLAIN_NEEDS_WORK = /[A-Za-z0-9&<>"']/u;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

/**
 * Escaped HTML with the Latin runs in `<bdi dir="ltr">`.
 *
 * @example isolateHtml('طراز AC-130 <ب>') // 'طراز <bdi dir="ltr">AC-130</bdi> &lt;ب&gt;'
 */
export function isolateHtml(text: string): string {
  if (!PLAIN_NEEDS_WORK.test(text)) return text;
  if (!mayIsolate(text)) return escapeHtml(text);
  return bidiParts(text).map((p) => (p.ltr ? `<bdi dir="ltr">${escapeHtml(p.text)}</bdi>` : escapeHtml(p.text))).join('');
}
