/**
 * Nunjucks templates compiled once per build, not once per page.
 *
 * Eleventy 3.1 marks its Nunjucks engine as not cacheable and compiles the
 * template again for every page it renders: a paginated template of 2,000
 * event pages was parsed and compiled 2,000 times, which was most of the
 * render time. This plugin overrides the `njk` extension with Eleventy's
 * documented `addExtension` API: the same Nunjucks environment Eleventy
 * set up (its loaders, our filters, `{% extends %}` and `{% from %}`), and
 * each template's render function made once per run (permalinks too).
 *
 * The run keeps its render functions itself, not in Eleventy's compile
 * cache (`compileOptions.cache` off): that cache lives as long as the
 * process, keyed by each run's config so no later run uses an entry, and
 * through the function Eleventy caches (bound to its engine) it kept the
 * whole run: its config, its global data and its `{% memo %}` fragments
 * (94 MB after seven runs at 1,000 articles).
 *
 * With `kept` (the watch mode, which runs Eleventy once per rebuild, each
 * run with a new Nunjucks environment), the compiled code of the templates,
 * permalinks and the layouts and macros they pull in is kept from one run
 * to the next, in Nunjucks' precompiled form (`{type: 'code'}`): a template
 * whose source is unchanged is not parsed and compiled again. The code
 * depends on the source and on the tags and async filters the environment
 * knows, which are the same in every run of one process.
 */

/** A compiled template in Nunjucks' precompiled form: `root`, and `b_<name>` for each block. */
type TemplateCode = Record<string, unknown>;

/** The part of the Nunjucks module this plugin uses. */
interface NunjucksTemplate {
  render(data: object, callback: (error: Error | null, result: string | null) => void): void;
  rootRenderFunc: unknown;
  blocks: Record<string, unknown>;
}
interface NunjucksModule {
  Template: new (source: string | { type: 'code'; obj: TemplateCode }, env: unknown, path: string | null, eagerCompile: boolean) => NunjucksTemplate;
}

/** What a Nunjucks loader gives for a template name (`FileSystemLoader`: synchronous). */
interface LoaderSource {
  src: unknown;
  path: string;
}
interface NunjucksEnvironment {
  loaders: Array<{ getSource(name: string): LoaderSource | null }>;
}

/** The part of Eleventy's config API this plugin uses. */
export interface CompiledOnceHost {
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: NunjucksModule; environment: NunjucksEnvironment }) => void): unknown;
  addExtension(extension: string, options: object): unknown;
}

type Render = (data: object) => Promise<string>;

/** Compiled code kept between Eleventy runs, by template path (or permalink) and source. */
export type CompiledTemplates = Map<string, TemplateCode>;

/** An empty store, for the first run of a watch session. */
export function compiledTemplates(): CompiledTemplates {
  return new Map();
}

export interface CompiledOnceOptions {
  /** Called for each compilation (the template's path, or null for a permalink): how tests count them. */
  onCompile?: (path: string | null) => void;
  /** Code compiled by earlier runs of the same process (see the module comment). */
  kept?: CompiledTemplates;
}

/**
 * @example eleventyConfig.addPlugin(nunjucksCompiledOnce)
 */
export function nunjucksCompiledOnce(config: CompiledOnceHost, options: CompiledOnceOptions = {}): void {
  let engine: { nunjucks: NunjucksModule; environment: NunjucksEnvironment } | null = null;
  const kept = options.kept ?? compiledTemplates();
  const nunjucks = (): { nunjucks: NunjucksModule; environment: NunjucksEnvironment } => {
    if (engine === null) throw new Error('nunjucksCompiledOnce: Eleventy did not hand over its Nunjucks environment');
    return engine;
  };
  /** A template's code: from `kept` when the same source was compiled before. */
  const codeFor = (source: string, path: string | null): TemplateCode => {
    const key = `${path ?? 'permalink'}\n${source}`;
    let code = kept.get(key);
    if (!code) {
      options.onCompile?.(path);
      const { nunjucks: lib, environment } = nunjucks();
      kept.set(key, (code = codeOf(new lib.Template(source, environment, path, true))));
    }
    return code;
  };
  config.on('eleventy.engine.njk', (created) => {
    engine = created;
    // the layouts and macros a template pulls in ({% extends %}, {% from %}) come through the loaders: handed over compiled
    for (const loader of created.environment.loaders) {
      const getSource = loader.getSource.bind(loader);
      loader.getSource = (name) => {
        const info = getSource(name);
        if (!info || typeof info.src !== 'string') return info;
        return { ...info, src: { type: 'code', obj: codeFor(info.src, info.path) } };
      };
    }
  });
  /** This run's render functions, by template path (or permalink) and source: Eleventy asks for one per page. */
  const renders = new Map<string, Render>();
  const compile = (source: string, path: string | null): Render => {
    const key = `${path ?? 'permalink'}\n${source}`;
    let render = renders.get(key);
    if (!render) {
      const { nunjucks: lib, environment } = nunjucks();
      const compiled = new lib.Template({ type: 'code', obj: codeFor(source, path) }, environment, path, true);
      render = (data) =>
        new Promise((resolve, reject) => {
          compiled.render(data, (error, result) => (error ? reject(error) : resolve(result ?? '')));
        });
      renders.set(key, render);
    }
    return render;
  };
  config.addExtension('njk', {
    compileOptions: {
      cache: false,
      permalink(permalink: unknown): unknown {
        if (typeof permalink !== 'string' || !/\{[{%#]/u.test(permalink)) return permalink;
        return compile(permalink, null);
      },
    },
    compile(source: string, inputPath: string): Render {
      return compile(source, inputPath);
    },
  });
}

/** A compiled template's code in Nunjucks' precompiled form. */
function codeOf(template: NunjucksTemplate): TemplateCode {
  const code: TemplateCode = { root: template.rootRenderFunc };
  for (const [name, block] of Object.entries(template.blocks)) code[`b_${name}`] = block;
  return code;
}
