/**
 * Text and attribute values for XML, HTML and SVG output. Every string that
 * comes from an article (titles, outlets, quotes) is untrusted and goes
 * through here before it is written into markup.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** C0 controls other than tab, LF and CR are not allowed in XML 1.0: they are dropped. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/**
 * Escapes `& < > " '` and drops characters XML forbids; safe in text and in
 * quoted attribute values.
 *
 * @example escapeXml('<script>"هجوم" & \'ضربة\'') // '&lt;script&gt;&quot;هجوم&quot; &amp; &apos;ضربة&apos;'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}
