/**
 * Charts rendered at build time as inline SVG, each with a caption and its
 * data as a table. Time flows right to left; value axes sit on the right
 * (see `scale.ts`). Colours come from CSS (`graphics.css`) and
 * `currentColor`, so dark mode and print restyle them.
 */
export { attackTallyChart, isTallyFigure, reportText, type TallyOptions } from './attack-tally-chart.js';
export { casualtiesChart, casualtyTotals, isCasualtyFigure, type CasualtiesOptions, type CasualtyTotal } from './casualties-chart.js';
export { chartWords, sourcesText } from './chart-words.js';
export { graphicHtml, tableHtml, type Cell, type DataTable, type Graphic } from './graphic.js';
export { QUALIFIER_MARKS, markValue } from './marks.js';
export { monthTicks, niceTicks } from './scale.js';
export { isTroopFigure, troopLevels, troopsChart, type TroopLevel, type TroopsOptions } from './troops-chart.js';
