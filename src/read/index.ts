export { readArticle, articleIdOf, MAX_ARTICLE_BYTES } from './read-article.js';
export type { ArticleDoc, ReadResult } from './read-article.js';
export { readArticles, ARTICLE_EXTENSIONS } from './read-articles.js';
export type { ArticleReader } from './read-articles.js';
export { extractSentences, parseBody } from './sentences.js';
export { simpleBlocks } from './simple-blocks.js';
export type { Sentence } from './sentences.js';
export { splitSentences } from './split-sentences.js';
export { checkUrl, checkPublished, publishedDay } from './parse-front-matter.js';
