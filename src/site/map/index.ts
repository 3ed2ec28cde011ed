/**
 * Maps rendered at build time as inline SVG from world-atlas (Natural
 * Earth) with d3-geo: the region overview and a locator per place.
 */
export { countries, countryName, type CountryInfo } from './countries.js';
export { locatorMap, type LocatorOptions, type LocatorPlace } from './locator-map.js';
export { overviewMap, placesOf, type MapPlace, type OverviewOptions } from './overview-map.js';
export { inView, projectionOf, renderMap, type MapMarker, type MapSpec, type MapView } from './render-map.js';
export { REGION_VIEW, viewAround, viewOfBounds } from './view.js';
