export { renderSite } from './render-site.js';
export type { SiteInput } from './render-site.js';
