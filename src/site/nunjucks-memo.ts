/**
 * A Nunjucks tag that renders a fragment once per build for each key:
 *
 *   {% memo e, level %}<li>…{{ e.summary | bidi }}…</li>{% endmemo %}
 *
 * The first time a key comes up the body is rendered and its HTML kept; the
 * next times the kept HTML is written without rendering the body again. An
 * event card is on the timeline, on its kind's and country's pages, on its
 * place's page and on the page of each of its actors: rendered once, not
 * five or six times.
 *
 * The body must depend on the key alone (and on what is the same for the
 * whole build): the key is the values given to the tag, compared one by one
 * with `Map` semantics (objects by identity); an undefined value is an
 * error (a misspelt name would otherwise give every call one fragment). The
 * memo belongs to one Eleventy run, so nothing outlives the build, unless
 * the run is given a `FragmentMemo` (the watch mode): then the fragments
 * are kept from one build to the next, for as long as their key objects
 * live. That holds because a body depends on its key alone and the watch
 * mode's views are new objects whenever they change (`view-memo.ts`).
 */

/** The part of the Nunjucks module a tag sees. */
interface NunjucksLib {
  runtime: { SafeString: new (html: string) => unknown };
  nodes: { CallExtension: new (extension: object, method: string, args: unknown, bodies: unknown[]) => unknown };
}

/** The part of the Nunjucks parser a tag uses. */
interface NunjucksParser {
  nextToken(): { value: string };
  parseSignature(tolerant: null, noParens: boolean): unknown;
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
}

/** The part of Eleventy's config API this plugin uses. */
export interface MemoHost {
  addNunjucksTag(name: string, tag: (nunjucks: NunjucksLib) => object): unknown;
}

/** Kept HTML by key, one level per key value: objects in a WeakMap (a fragment goes with its key object), other values in a Map. */
interface Trie {
  html?: string;
  objects: WeakMap<object, Trie>;
  values: Map<unknown, Trie>;
}

/** Fragments kept from one Eleventy run to the next (see the module comment). */
export interface FragmentMemo {
  root: Trie;
}

/** An empty fragment memo, for the first build of a watch session. */
export function fragmentMemo(): FragmentMemo {
  return { root: trie() };
}

function trie(): Trie {
  return { objects: new WeakMap(), values: new Map() };
}

/**
 * @example eleventyConfig.addPlugin(nunjucksMemo)
 *   // {% memo e, 3 %}…{% endmemo %}
 */
export function nunjucksMemo(config: MemoHost, kept: FragmentMemo | null = null): void {
  config.addNunjucksTag('memo', (nunjucks) => {
    const root: Trie = kept?.root ?? trie();
    const extension = {
      tags: ['memo'],
      parse(parser: NunjucksParser): unknown {
        const tag = parser.nextToken();
        const key = parser.parseSignature(null, true);
        parser.advanceAfterBlockEnd(tag.value);
        const body = parser.parseUntilBlocks('endmemo');
        parser.advanceAfterBlockEnd();
        return new nunjucks.nodes.CallExtension(extension, 'run', key, [body]);
      },
      // Nunjucks passes the context, then the key values, then the body as a function that renders it.
      run(_context: unknown, ...args: unknown[]): unknown {
        const body = args.pop() as () => string;
        let node = root;
        for (const [i, value] of args.entries()) {
          // A misspelt key would make every call share one fragment.
          if (value === undefined) throw new Error(`{% memo %}: key ${i + 1} is undefined`);
          const level = typeof value === 'object' && value !== null ? node.objects : node.values;
          let next = level.get(value as object);
          if (!next) level.set(value as object, (next = trie()));
          node = next;
        }
        node.html ??= body();
        return new nunjucks.runtime.SafeString(node.html);
      },
    };
    return extension;
  });
}
