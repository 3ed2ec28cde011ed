/**
 * Site search: `indexSite` builds the Pagefind bundle over a built site;
 * `search-client.js` (copied to the site as a static asset) enhances the
 * search form in the browser and normalises Arabic queries.
 */
export { indexSite, type IndexResult } from './index-site.js';
