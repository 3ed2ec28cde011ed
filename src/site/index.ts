export { prepareSite, renderPages, renderSite, writeSiteFiles } from './render-site.js';
export type { PreparedSite, SiteInput } from './render-site.js';
export { changedPages, pageUnits } from './page-units.js';
export type { PageChanges, PageUnit } from './page-units.js';
