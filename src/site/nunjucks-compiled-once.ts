/**
 * Nunjucks templates compiled once per build, not once per page.
 *
 * Eleventy 3.1 marks its Nunjucks engine as not cacheable and compiles the
 * template again for every page it renders: a paginated template of 2,000
 * event pages was parsed and compiled 2,000 times, which was most of the
 * render time. This plugin overrides the `njk` extension with Eleventy's
 * documented `addExtension` API: the same Nunjucks environment Eleventy
 * set up (its loaders, our filters, `{% extends %}` and `{% from %}`), but
 * with `compileOptions.cache` on, so Eleventy keeps each template's
 * compiled function, and permalinks compiled once per template too.
 */

/** The part of the Nunjucks module this plugin uses. */
interface NunjucksTemplate {
  render(data: object, callback: (error: Error | null, result: string | null) => void): void;
}
interface NunjucksModule {
  Template: new (source: string, env: unknown, path: string | null, eagerCompile: boolean) => NunjucksTemplate;
}

/** The part of Eleventy's config API this plugin uses. */
export interface CompiledOnceHost {
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: NunjucksModule; environment: unknown }) => void): unknown;
  addExtension(extension: string, options: object): unknown;
}

type Render = (data: object) => Promise<string>;

export interface CompiledOnceOptions {
  /** Called for each compilation (the template's path, or null for a permalink): how tests count them. */
  onCompile?: (path: string | null) => void;
}

/**
 * @example eleventyConfig.addPlugin(nunjucksCompiledOnce)
 */
export function nunjucksCompiledOnce(config: CompiledOnceHost, options: CompiledOnceOptions = {}): void {
  let engine: { nunjucks: NunjucksModule; environment: unknown } | null = null;
  config.on('eleventy.engine.njk', (created) => {
    engine = created;
  });
  const compile = (source: string, path: string | null): Render => {
    if (engine === null) throw new Error('nunjucksCompiledOnce: Eleventy did not hand over its Nunjucks environment');
    options.onCompile?.(path);
    const template = new engine.nunjucks.Template(source, engine.environment, path, true);
    return (data) =>
      new Promise((resolve, reject) => {
        template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? '')));
      });
  };
  const permalinks = new Map<string, Render>();
  config.addExtension('njk', {
    compileOptions: {
      cache: true,
      permalink(permalink: unknown): unknown {
        if (typeof permalink !== 'string' || !/\{[{%#]/u.test(permalink)) return permalink;
        let render = permalinks.get(permalink);
        if (!render) permalinks.set(permalink, (render = compile(permalink, null)));
        return render;
      },
    },
    compile(source: string, inputPath: string): Render {
      return compile(source, inputPath);
    },
  });
}
