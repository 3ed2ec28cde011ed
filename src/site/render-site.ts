/**
 * The static site: the timeline, article, event, place, actor and filter
 * pages, rendered by Eleventy 3 run programmatically with `templates/` as
 * its input. Articles are data handed to the templates, never templates.
 * Output is a function of the content alone: no clock, sorted inputs.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { ArticleExtraction } from '../build.js';
import type { DateMention } from '../dates/index.js';
import type { Timeline } from '../model/index.js';
import type { ArticleDoc } from '../read/index.js';
import { siteFilters } from './filters.js';
import { buildSiteModel } from './site-model.js';

export interface SiteInput {
  timeline: Timeline;
  docs: readonly ArticleDoc[];
  extractions: ReadonlyMap<string, ArticleExtraction>;
  outDir: string;
}

/** Eleventy's input folder. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The font files the stylesheet names (Noto Naskh Arabic: the Arabic subset, regular only). */
export const FONT_FILES = ['noto-naskh-arabic-arabic-400-normal.woff2'] as const;

/**
 * Renders the site into `outDir` (which already holds `data/`).
 *
 * @example await renderSite({timeline, docs, extractions, outDir: 'dist'})
 */
export async function renderSite(input: SiteInput): Promise<void> {
  const dates = new Map<string, readonly DateMention[]>();
  for (const [id, extraction] of input.extractions) dates.set(id, extraction.dates);
  const model = buildSiteModel({ timeline: input.timeline, docs: input.docs, dates });

  const eleventy = new Eleventy(TEMPLATES_DIR, input.outDir, {
    quietMode: true,
    config(config: EleventyUserConfig) {
      config.setTemplateFormats(['njk']);
      config.setUseGitIgnore(false);
      config.addGlobalData('khatt', model);
      config.addPlugin(siteFilters);
    },
  });
  await eleventy.write();

  copyAssets(input.outDir);
}

/** Stylesheet, script, favicon and the font files, copied as they are. */
function copyAssets(outDir: string): void {
  const assets = join(outDir, 'assets');
  cpSync(join(TEMPLATES_DIR, 'assets'), assets, { recursive: true });
  const css = join(assets, 'site.css');
  writeFileSync(css, minifyCss(readFileSync(css, 'utf8')));
  copyFileSync(join(TEMPLATES_DIR, 'favicon.svg'), join(outDir, 'favicon.svg'));
  const fonts = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-naskh-arabic/package.json')), 'files');
  mkdirSync(join(assets, 'fonts'), { recursive: true });
  for (const file of FONT_FILES) copyFileSync(join(fonts, file), join(assets, 'fonts', file));
}

/**
 * Drops comments and the whitespace CSS never needs (around braces,
 * semicolons, commas and after colons); spaces inside values and
 * selectors stay.
 *
 * @example minifyCss('a { color: red; }\n/* x *\/') // 'a{color:red}'
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s*([{};,])\s*/gu, '$1')
    .replace(/:\s+/gu, ':')
    .replace(/;\}/gu, "}")
    .trim();
}

/** What this module asks of Eleventy's config object. */
interface EleventyUserConfig {
  setTemplateFormats(formats: string[]): void;
  setUseGitIgnore(use: boolean): void;
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: (config: never) => void): void;
}
