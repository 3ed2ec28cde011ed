export { checkContent } from './check-content.js';
export type { CheckOptions, CheckResult } from './check-content.js';
export { reviewArticles, reviewMemo } from './review-articles.js';
export type { ArticleReview, Review, ReviewDate, ReviewEvent, ReviewFigure, ReviewMemo } from './review-articles.js';
export { extractionWarnings } from './extraction-warnings.js';
