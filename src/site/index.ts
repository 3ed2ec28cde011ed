export { prepareSite, renderPages, renderSite, siteMemo, writeSiteFiles } from './render-site.js';
export type { PreparedSite, SiteInput, SiteMemo } from './render-site.js';
export { changedPages, pageUnits } from './page-units.js';
export type { DigestMemo, PageChanges, PageUnit } from './page-units.js';
