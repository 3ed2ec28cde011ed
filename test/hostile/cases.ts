/**
 * `hostile` strings are markup that could only appear unescaped (an element
 * or attribute), never the escaped text a reader may legitimately see.
 *
 * Hostile and broken article files, each built beside a good article.
 * `expect` is the exact message the build must print for the case (null
 * position when the problem has no line), or `builds` when the file must
 * build (with the warnings listed, if any).
 */

export interface RefusedCase {
  group: string;
  name: string;
  file: string;
  content: string | Uint8Array;
  refused: { line: number | null; column: number | null; ruleId: string; reason?: RegExp };
}

export interface BuiltCase {
  group: string;
  name: string;
  file: string;
  content: string | Uint8Array;
  /** Rule ids of the warnings the file must produce (exactly these). */
  warnings: string[];
  /** Text that must never reach the output unescaped. */
  hostile?: string[];
}

export type HostileCase = RefusedCase | BuiltCase;

const fm = (fields: string, body = 'نص عربي قصير عن قاعدة في العراق.\n') => `---\n${fields}\n---\n${body}`;
const ok = 'title: "عنوان"\npublished: "2024-01-23"';

export const GOOD_ARTICLE = {
  file: 'good-article.md',
  content: fm('title: "مقال سليم"\noutlet: "وكالة"\nurl: "https://example.org/a"\npublished: "2024-08-06"', 'أصيب سبعة أميركيين بقصف صاروخي استهدف أمس الاثنين قاعدة عين الأسد في العراق.\n'),
};

const utf8 = (text: string) => new TextEncoder().encode(text);

export const CASES: HostileCase[] = [
  // published: missing, impossible, textual, badly typed
  { group: 'published', name: 'missing published', file: 'p1.md', content: fm('title: "t"'), refused: { line: 2, column: 1, ruleId: 'front-matter:published-required' } },
  { group: 'published', name: 'empty published', file: 'p2.md', content: fm('title: "t"\npublished:'), refused: { line: 3, column: 1, ruleId: 'front-matter:published-required' } },
  { group: 'published', name: 'impossible day', file: 'p3.md', content: fm('title: "t"\npublished: 2023-02-29'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },
  { group: 'published', name: 'impossible month', file: 'p4.md', content: fm('title: "t"\npublished: "2024-13-01"'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },
  { group: 'published', name: 'textual date', file: 'p5.md', content: fm('title: "t"\npublished: "22 نوفمبر 2023"'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },
  { group: 'published', name: 'date-time without offset', file: 'p6.md', content: fm('title: "t"\npublished: "2024-01-23T10:00:00"'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },
  { group: 'published', name: 'a number', file: 'p7.md', content: fm('title: "t"\npublished: 20240123'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },
  { group: 'published', name: 'a list', file: 'p8.md', content: fm('title: "t"\npublished: [2024-01-23]'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },
  { group: 'published', name: 'impossible time', file: 'p9.md', content: fm('title: "t"\npublished: "2024-01-23T25:00:00Z"'), refused: { line: 3, column: 12, ruleId: 'front-matter:published-format' } },

  // YAML problems
  { group: 'yaml', name: 'syntax error', file: 'y1.md', content: fm('title: "t\npublished: 2024-01-23'), refused: { line: 4, column: 1, ruleId: 'front-matter:yaml', reason: /Missing closing "quote/ } },
  { group: 'yaml', name: 'bad indentation', file: 'y2.md', content: fm('title: t\n  published: 2024-01-23'), refused: { line: 2, column: 8, ruleId: 'front-matter:yaml' } },
  { group: 'yaml', name: 'unclosed front matter', file: 'y3.md', content: '---\ntitle: t\npublished: 2024-01-23\nنص بلا سياج.\n', refused: { line: 1, column: 1, ruleId: 'front-matter:unclosed' } },
  { group: 'yaml', name: 'no front matter', file: 'y4.md', content: 'نص بلا ترويسة.\n', refused: { line: 1, column: 1, ruleId: 'front-matter:missing' } },
  { group: 'yaml', name: '---js front matter', file: 'y5.md', content: '---js\n{ title: require("child_process").execSync("touch /tmp/khatt-pwned") }\n---\nنص\n', refused: { line: 1, column: 4, ruleId: 'front-matter:language' } },
  { group: 'yaml', name: '---javascript front matter', file: 'y6.md', content: '---javascript\nmodule.exports = {}\n---\nنص\n', refused: { line: 1, column: 4, ruleId: 'front-matter:language' } },
  { group: 'yaml', name: 'anchor and alias', file: 'y7.md', content: fm('title: &t "عنوان"\noutlet: *t\npublished: 2024-01-23'), refused: { line: 2, column: 8, ruleId: 'front-matter:alias' } },
  { group: 'yaml', name: 'alias bomb', file: 'y8.md', content: fm('a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: t\npublished: 2024-01-23'), refused: { line: 2, column: 4, ruleId: 'front-matter:alias', reason: /anchors/ } },
  { group: 'yaml', name: 'duplicate keys', file: 'y9.md', content: fm('title: t\npublished: 2024-01-23\npublished: 2024-01-24'), refused: { line: 4, column: 1, ruleId: 'front-matter:duplicate-key' } },
  { group: 'yaml', name: 'custom tag', file: 'y10.md', content: fm('title: !!js/function "function(){}"\npublished: 2024-01-23'), refused: { line: 2, column: 8, ruleId: 'front-matter:tag' } },
  { group: 'yaml', name: 'front matter is a list', file: 'y11.md', content: fm('- title\n- published'), refused: { line: 2, column: 1, ruleId: 'front-matter:not-a-map' } },
  { group: 'yaml', name: 'missing title', file: 'y12.md', content: fm('published: 2024-01-23'), refused: { line: 2, column: 1, ruleId: 'front-matter:title-required' } },

  // files that are not text
  { group: 'file', name: 'empty file', file: 'f1.md', content: '', refused: { line: null, column: null, ruleId: 'read:empty' } },
  { group: 'file', name: 'binary file', file: 'f2.md', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), refused: { line: null, column: null, ruleId: 'read:binary' } },
  { group: 'file', name: 'invalid UTF-8', file: 'f3.md', content: new Uint8Array([...utf8('---\ntitle: "'), 0xc3, 0x28, ...utf8('"\npublished: 2024-01-23\n---\nنص\n')]), refused: { line: 2, column: 9, ruleId: 'read:encoding' } },
  { group: 'file', name: 'a 5 MB article', file: 'f4.md', content: fm(ok, 'قصف صاروخي على القاعدة. '.repeat(120_000)), refused: { line: null, column: null, ruleId: 'read:too-large', reason: /\d\.\d MB, over the 2 MB limit/ } },
  { group: 'file', name: 'a second file claiming the same id', file: 'dup.md', content: fm(ok), refused: { line: null, column: null, ruleId: 'read:duplicate-id', reason: /already taken by .*dup\.markdown/ } },

  // URLs
  { group: 'url', name: 'javascript: url', file: 'u1.md', content: fm('title: t\nurl: "javascript:alert(1)"\npublished: 2024-01-23'), refused: { line: 3, column: 6, ruleId: 'front-matter:url' } },
  { group: 'url', name: 'data: url', file: 'u2.md', content: fm('title: t\nurl: "data:text/html,<script>alert(1)</script>"\npublished: 2024-01-23'), refused: { line: 3, column: 6, ruleId: 'front-matter:url' } },
  { group: 'url', name: 'whitespace-obfuscated javascript: url', file: 'u3.md', content: fm('title: t\nurl: " java\\tscript:alert(1)"\npublished: 2024-01-23'), refused: { line: 3, column: 6, ruleId: 'front-matter:url' } },
  { group: 'url', name: 'upper-case JAVASCRIPT: url', file: 'u4.md', content: fm('title: t\nurl: "JaVaScRiPt:alert(1)"\npublished: 2024-01-23'), refused: { line: 3, column: 6, ruleId: 'front-matter:url' } },
  { group: 'url', name: 'relative url', file: 'u5.md', content: fm('title: t\nurl: "/news/1"\npublished: 2024-01-23'), refused: { line: 3, column: 6, ruleId: 'front-matter:url' } },

  // files that must build, safely
  { group: 'builds', name: 'BOM and CRLF line ends', file: 'b1.md', content: '\uFEFF---\r\ntitle: "مقال بنهايات ويندوز"\r\npublished: "2024-01-23"\r\n---\r\nأعلن البنتاغون يوم الثلاثاء إصابة أربعة جنود أمريكيين.\r\n\r\nفقرة ثانية.\r\n', warnings: [] },
  { group: 'builds', name: 'script in title, outlet and body', file: 'b2.md', content: fm('title: "</script><script>alert(1)</script>"\noutlet: "<img src=x onerror=alert(2)>"\npublished: "2024-01-23"', 'نص <script>alert(3)</script> و<img src=x onerror=alert(4)> في العراق.\n\n<div onclick="alert(5)">كتلة HTML خام</div>\n'), warnings: [], hostile: ['<script>alert', '<img src=x', '<div onclick'] },
  { group: 'builds', name: 'javascript: and data: links in the body', file: 'b3.md', content: fm(ok, 'انظر [الرابط](javascript:alert(6)) و[آخر](data:text/html,x) و[ثالث]( java\tscript:alert(7)).\n'), warnings: [], hostile: ['href="javascript', 'href="data:', 'href=" java', 'src="javascript'] },
  { group: 'builds', name: 'bidi controls in the title', file: 'b4.md', content: fm('title: "عنوان \u202Eمقلوب\u202C و\u2067معزول\u2069"\npublished: "2024-01-23"'), warnings: ['front-matter:bidi-control'], hostile: ['\u202E', '\u2067'] },
  { group: 'builds', name: 'zero-width characters inside Arabic words', file: 'b5.md', content: fm('title: "عرض"\npublished: "2024-08-06"', 'أصيب سب\u200Cعة أميرك\u200Bيين في قصف على قاعدة عين\u200D الأسد.\n'), warnings: [] },
  { group: 'builds', name: 'file name with spaces', file: 'with spaces.md', content: fm(ok), warnings: [] },
  { group: 'builds', name: 'file name in Arabic', file: 'مقال-عربي.md', content: fm(ok), warnings: [] },
  { group: 'builds', name: 'English-only article', file: 'b8.md', content: fm('title: "English"\npublished: "2024-01-23"', 'US forces were attacked 12 times on Tuesday near Erbil.\n'), warnings: ['read:no-arabic'] },
  { group: 'builds', name: 'unknown front matter key', file: 'b9.md', content: fm('title: t\npublished: "2024-01-23"\ncategory: news'), warnings: ['front-matter:unknown-key'] },
  { group: 'builds', name: 'quotes and ampersands in metadata', file: 'b10.md', content: fm('title: "\\"قوات\\" & \'فصائل\' <b>"\noutlet: "A & B"\nurl: "https://example.org/?a=1&b=<2>"\npublished: "2024-01-23"'), warnings: [], hostile: ['<b>', '=<2>'] },
  { group: 'builds', name: 'a title that starts a CSV formula', file: 'b11.md', content: fm('title: "=HYPERLINK(\\"http://x\\")"\noutlet: "@SUM(1)"\npublished: "2024-01-23"', 'هجوم على قاعدة عين الأسد يوم الثلاثاء.\n'), warnings: [] },
  { group: 'builds', name: 'the first file of a duplicated id', file: 'dup.markdown', content: fm(ok), warnings: [] },
  { group: 'builds', name: 'Markdown images and autolinks', file: 'b12.md', content: fm(ok, '![صورة](https://tracker.example/p.gif) <https://example.org> نص.\n'), warnings: [], hostile: ['src="https://tracker.example'] },
];
