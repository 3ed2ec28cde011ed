import type { ArticleExtraction } from '../build.js';
import type { Timeline } from '../model/index.js';
import type { ArticleDoc } from '../read/index.js';

export interface SiteInput {
  timeline: Timeline;
  docs: readonly ArticleDoc[];
  extractions: ReadonlyMap<string, ArticleExtraction>;
  outDir: string;
}

export async function renderSite(input: SiteInput): Promise<void> {
  void input;
}
