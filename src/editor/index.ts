export { articleFileName, newArticleText, writeNewArticle } from './new-article.js';
export type { NewArticle } from './new-article.js';
export { startDevServer, injectReloadScript, RELOAD_SCRIPT, RELOAD_SCRIPT_PATH, EVENTS_PATH } from './dev-server.js';
export type { DevServer, DevServerOptions } from './dev-server.js';
